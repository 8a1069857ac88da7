import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { useStore } from '@/i18n';
import { announcedSeconds, secondsUntil } from './idle-timer';
import { sessionTimeoutMessages } from './messages';

/** Seconds left until `deadline`, re-rendering once a second. */
function useSecondsLeft(deadline: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(ticker);
  }, []);
  return secondsUntil(deadline, now);
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

interface TimeoutWarningProps {
  deadline: number;
  kiosk: boolean;
  onContinue: () => void;
}

/** The "are you still there?" dialog with its countdown; Escape continues too. */
export function TimeoutWarning({ deadline, kiosk, onContinue }: TimeoutWarningProps) {
  const t = useStore(sessionTimeoutMessages);
  const secondsLeft = useSecondsLeft(deadline);
  const spoken = announcedSeconds(secondsLeft);
  return (
    <ModalDialog
      title={t.title}
      description={<p>{kiosk ? t.kioskBody : t.signedInBody}</p>}
      onCancel={onContinue}
    >
      {/* The visible clock ticks every second; screen readers get the region below instead. */}
      <p className="dialog__countdown" aria-hidden="true">
        <span className="dialog__countdown-label">{t.timeLeftLabel}</span>
        <span className="dialog__countdown-value">{clock(secondsLeft)}</span>
      </p>
      <p role="status" className="visually-hidden">
        {spoken % 60 === 0 && spoken > 0 ? t.minutesLeft(spoken / 60) : t.secondsLeft(spoken)}
      </p>
      <div className="actions">
        <Button onClick={onContinue}>{kiosk ? t.stillHere : t.staySignedIn}</Button>
      </div>
    </ModalDialog>
  );
}
