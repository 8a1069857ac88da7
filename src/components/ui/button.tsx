import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { useStore } from '@/i18n';
import { uiMessages } from './messages';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'link';
  /** While true the button ignores presses but keeps focus, and says it is working. */
  pending?: boolean;
}

export function Button({
  variant = 'primary',
  pending = false,
  className,
  children,
  onClick,
  type = 'button',
  ...rest
}: ButtonProps) {
  const t = useStore(uiMessages);
  const ignoreWhilePending = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      aria-disabled={pending || undefined}
      onClick={ignoreWhilePending}
    >
      {children}
      {pending && <span className="visually-hidden"> {t.working}</span>}
      {pending && <span className="spinner" aria-hidden="true" />}
    </button>
  );
}
