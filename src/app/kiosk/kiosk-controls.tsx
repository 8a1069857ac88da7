/** What a kiosk adds to every page: "Start over", "Finish" after ordering, and the wipe screen. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { useStore } from '@/i18n';
import { kioskMessages } from './kiosk-messages';
import { useOnConfirmation } from './use-on-confirmation';
import { wipeKioskSession } from './wipe-session';

function useWipe(reason: 'start-over' | 'finished') {
  const queryClient = useQueryClient();
  return () => void wipeKioskSession(queryClient, reason);
}

/** "Start over", in the header on every step, asks first: a stray tap must not erase an order. */
export function StartOverButton() {
  const t = useStore(kioskMessages);
  const wipe = useWipe('start-over');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="secondary" className="start-over" onClick={() => setConfirming(true)}>
        {t.startOver}
      </Button>
      {confirming && (
        <ModalDialog
          title={t.confirmTitle}
          description={<p>{t.confirmBody}</p>}
          onCancel={() => setConfirming(false)}
        >
          <div className="actions">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t.keepGoing}
            </Button>
            <Button onClick={wipe}>{t.confirmErase}</Button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}

/** On the confirmation page: the customer ends their own session with one tap. */
export function KioskFinish() {
  const t = useStore(kioskMessages);
  const wipe = useWipe('finished');
  if (!useOnConfirmation()) return null;
  return (
    <section className="card kiosk-finish" aria-labelledby="kiosk-finish-title">
      <h2 id="kiosk-finish-title">{t.finishTitle}</h2>
      <p>{t.finishBody}</p>
      <Button onClick={wipe}>{t.finish}</Button>
    </section>
  );
}

/** Shown in place of the app while a wipe runs, so nothing of the customer's stays on screen. */
export function ErasingScreen() {
  const t = useStore(kioskMessages);
  return (
    <main className="page">
      <p role="status" className="erasing">
        {t.erasing}
      </p>
    </main>
  );
}
