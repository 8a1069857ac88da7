import { useEffect, useRef, type ReactNode } from 'react';

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

interface ReplacingNoticeProps {
  title: string;
  children: ReactNode;
  role?: 'alert';
}

/**
 * A warning in place of a form that cannot work for now (too many wrong tries): the form the
 * customer was in is gone, so focus goes to the heading of what replaced it.
 */
export function ReplacingNotice({ title, children, role }: ReplacingNoticeProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="notice notice--warning stack" role={role}>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </div>
  );
}
