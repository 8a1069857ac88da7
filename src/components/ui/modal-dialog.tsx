import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  /** The sentence a screen reader reads with the title when the dialog opens. */
  description: ReactNode;
  /** Escape: the dialog's safe choice (continue, keep going). */
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal `<dialog>` that is open while it is rendered: the rest of the page is inert, focus goes
 * to the first control inside (put the safe choice first) and back where it was on close.
 */
export function ModalDialog({ title, description, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  // Layout effect: the cleanup runs before React removes the element, so focus can return.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    dialog.showModal();
    return () => {
      dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        // The parent decides: it unmounts the dialog, which closes it.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={descriptionId}>{description}</div>
      {children}
    </dialog>
  );
}
