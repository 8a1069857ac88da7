import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { useFormat, useStore } from '@/i18n';
import { signInMessages } from './sign-in-messages';

interface LockedNoticeProps {
  /** When the server lets this account try again (`retryAt`). */
  retryAt: string;
  onBack: () => void;
}

/** Too many wrong tries: says so plainly, with the time it ends, instead of a form that cannot work. */
export function LockedNotice({ retryAt, onBack }: LockedNoticeProps) {
  const t = useStore(signInMessages);
  const { dateTime } = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);

  // The form the customer was in is gone: focus goes to what replaced it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="notice notice--warning stack">
      <h2 ref={heading} tabIndex={-1}>
        {t.lockedTitle}
      </h2>
      <p>{t.locked({ time: dateTime(retryAt) })}</p>
      <div className="actions">
        <Button variant="secondary" onClick={onBack}>
          {t.lockedBack}
        </Button>
      </div>
    </div>
  );
}
