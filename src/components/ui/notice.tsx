import type { ReactNode } from 'react';

interface NoticeProps {
  tone?: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  children: ReactNode;
  /** `status` announces politely, `alert` at once; omit for static content. */
  role?: 'status' | 'alert';
}

export function Notice({ tone = 'info', title, children, role }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={role}>
      {title && <p className="notice__title">{title}</p>}
      <div className="notice__body">{children}</div>
    </div>
  );
}
