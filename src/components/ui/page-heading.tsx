import { useEffect, useLayoutEffect, useRef } from 'react';
import { atom } from 'nanostores';
import { shownLanguage, useStore } from '@/i18n';
import { uiMessages } from './messages';

/** Set by a form while its error summary is shown, so the title can say "Error:". */
export const pageHasError = atom(false);

interface PageHeadingProps {
  children: string;
}

/**
 * The one h1 of a page. It names the page in `document.title` and takes focus when the page
 * opens, because a router does neither and screen-reader users need both.
 */
export function PageHeading({ children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useStore(uiMessages);
  const hasError = useStore(pageHasError);
  const textLanguage = useStore(shownLanguage);
  const focusedIn = useRef(textLanguage);

  // Before paint, so focus is never seen anywhere else for a frame. A heading renamed by a
  // switch of language is the same page: focus stays on the switch.
  useLayoutEffect(() => {
    if (focusedIn.current !== textLanguage) {
      focusedIn.current = textLanguage;
      return;
    }
    ref.current?.focus();
  }, [children, textLanguage]);

  useEffect(() => {
    document.title = `${hasError ? `${t.errorTitlePrefix} ` : ''}${children} – ${t.appName}`;
  }, [children, hasError, t]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
