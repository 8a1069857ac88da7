import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useStore } from '@/i18n';
import { signInMessages } from './sign-in-messages';

/** Whole seconds left until `target`, ticking at most once a second; 0 once it has passed. */
function useSecondsUntil(target: string): number {
  const end = Date.parse(target);
  // The parent keys this component by `target`, so the clock starts fresh for each new time.
  const [now, setNow] = useState(() => Date.now());
  const done = now >= end;

  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [done]);

  return Math.max(0, Math.ceil((end - now) / 1000));
}

interface ResendCodeProps {
  /** When the server allows another code (`resendAvailableAt`, or `retryAt` of a refusal). */
  availableAt: string;
  onResend: () => void;
  pending: boolean;
}

/**
 * "Send a new code" once the cooldown is over. The countdown is plain text: announcing it every
 * second would drown everything else, so only the moment it ends is announced (role=status).
 */
export function ResendCode({ availableAt, onResend, pending }: ResendCodeProps) {
  const t = useStore(signInMessages);
  const seconds = useSecondsUntil(availableAt);
  // Only a countdown that ran out here is announced; one that was over on arrival is not news.
  const [counted] = useState(() => seconds > 0);

  return (
    <div className="stack">
      {seconds > 0 ? (
        <p className="muted">
          {seconds >= 120 ? t.resendInMinutes(Math.ceil(seconds / 60)) : t.resendInSeconds(seconds)}
        </p>
      ) : (
        <>
          <p>{t.resendReady}</p>
          <Button variant="secondary" onClick={onResend} pending={pending}>
            {t.resend}
          </Button>
        </>
      )}
      <p className="visually-hidden" role="status">
        {counted && seconds === 0 ? t.resendAvailable : ''}
      </p>
    </div>
  );
}
