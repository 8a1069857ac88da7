import type { ReactNode } from 'react';
import { isKioskMode } from '@/config/kiosk-mode';

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
}

/**
 * A link out of the checkout (a website, a phone number). A kiosk shows it as plain text: on a
 * shared screen, following it would leave the app with the customer's session still open.
 */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  if (isKioskMode()) return <span>{children}</span>;
  return (
    <a href={href} rel="noreferrer">
      {children}
    </a>
  );
}
