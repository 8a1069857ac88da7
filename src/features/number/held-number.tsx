import { useEffect, useRef } from 'react';
import type { NumberHold } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { formatCountdown, useCountdown } from '@/lib/use-countdown';
import { numberLineMessages } from './number-messages';
import styles from './number-page.module.css';

/** Below this, the customer is warned (once) that the hold is about to end. */
const HOLD_WARNING_MS = 2 * 60 * 1000;

interface HeldNumberProps {
  hold: NumberHold;
  position: number;
  announce: (text: string) => void;
  focusOnMount: boolean;
  renewing: boolean;
  onRenew: () => void;
  onChooseAnother: () => void;
}

/** The line's held number, the time left on its hold, and a renewal before or after it ends. */
export function HeldNumber({
  hold,
  position,
  announce,
  focusOnMount,
  renewing,
  onRenew,
  onChooseAnother,
}: HeldNumberProps) {
  const t = useStore(numberLineMessages);
  const numberRef = useRef<HTMLParagraphElement>(null);
  const { remaining, fresh } = useCountdown(hold.expiresAt);
  const phase = remaining <= 0 ? 'expired' : remaining <= HOLD_WARNING_MS ? 'ending' : 'live';

  useEffect(() => {
    if (focusOnMount) numberRef.current?.focus();
  }, [focusOnMount]);

  // The countdown itself is silent; only these two moments are announced, once each per hold.
  // A reading taken before a renewal is not announced: it would warn about the old hold.
  useEffect(() => {
    if (!fresh) return;
    if (phase === 'ending') announce(t.endingSoonAnnounce({ position }));
    if (phase === 'expired') announce(t.expiredAnnounce({ position }));
  }, [phase, fresh, announce, t, position]);

  return (
    <div className="stack">
      <p ref={numberRef} tabIndex={-1} className={styles.heldNumber}>
        {formatPhoneNumber(hold.number)}
      </p>
      {phase === 'expired' ? (
        <Notice tone="warning">
          <p>{t.expired}</p>
        </Notice>
      ) : (
        <>
          <p role="timer" className={styles.countdown}>
            {t.heldFor({ time: formatCountdown(remaining) })}
          </p>
          {phase === 'ending' && (
            <Notice tone="warning">
              <p>{t.endingSoon}</p>
            </Notice>
          )}
        </>
      )}
      <div className="actions">
        <Button variant="secondary" onClick={onRenew} pending={renewing}>
          {t.renew}
        </Button>
        <Button variant="link" onClick={onChooseAnother}>
          {t.chooseAnother}
        </Button>
      </div>
    </div>
  );
}
