import { Button } from '@/components/ui/button';
import { ReplacingNotice } from '@/components/ui/notice';
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
  return (
    <ReplacingNotice title={t.lockedTitle}>
      <p>{t.locked({ time: dateTime(retryAt) })}</p>
      <div className="actions">
        <Button variant="secondary" onClick={onBack}>
          {t.lockedBack}
        </Button>
      </div>
    </ReplacingNotice>
  );
}
