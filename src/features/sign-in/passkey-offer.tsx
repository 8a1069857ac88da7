import { useEffect, useRef, useState } from 'react';
import { registerPasskey } from '@/api/auth';
import type { PasskeyRegistrationOptions } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { i18n, useStore } from '@/i18n';
import { createPasskey } from './passkey-ceremony';
import { isCancelledByUser } from './passkey-support';

const passkeyOfferMessages = i18n('passkeyOffer', {
  title: 'Sign in faster next time',
  body: 'Create a passkey to sign in with your fingerprint, face or screen lock instead of a code. Your fingerprint or face never leaves your device.',
  create: 'Create a passkey',
  notNow: 'Not now',
  created: 'Your passkey is ready. Next time, choose “Use a passkey” to sign in.',
  cancelled: 'No passkey was created. You can carry on with your order.',
  failed: 'We could not create a passkey this time. You can carry on with your order.',
  continue: 'Continue',
});

type Outcome = 'created' | 'cancelled' | 'failed';

interface PasskeyOfferProps {
  /** Registration options fetched after the code sign-in; their challenge works once. */
  options: PasskeyRegistrationOptions;
  /** Goes on with the checkout, whatever happened here. */
  onDone: () => void;
}

/**
 * Offered once, after a code sign-in: a passkey for next time. Nothing here can stop the
 * checkout: "Not now", a cancelled prompt and a failure all lead on with Continue.
 */
export default function PasskeyOffer({ options, onDone }: PasskeyOfferProps) {
  const t = useStore(passkeyOfferMessages);
  const [creating, setCreating] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLDivElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    // The button pressed is gone; Continue is what comes next.
    if (outcome) next.current?.querySelector('button')?.focus();
  }, [outcome]);

  const create = async () => {
    setCreating(true);
    try {
      await registerPasskey(await createPasskey(options));
      setOutcome('created');
    } catch (error) {
      setOutcome(isCancelledByUser(error) ? 'cancelled' : 'failed');
    } finally {
      setCreating(false);
    }
  };

  return (
    <div className="stack">
      <h2 ref={heading} tabIndex={-1}>
        {t.title}
      </h2>
      <div role="status">
        {outcome && (
          <Notice tone={outcome === 'created' ? 'success' : 'info'}>
            <p>{t[outcome]}</p>
          </Notice>
        )}
      </div>
      {outcome ? (
        <div className="actions" ref={next}>
          <Button onClick={onDone}>{t.continue}</Button>
        </div>
      ) : (
        <>
          <p>{t.body}</p>
          <div className="actions">
            <Button onClick={() => void create()} pending={creating}>
              {t.create}
            </Button>
            <Button variant="secondary" onClick={onDone}>
              {t.notNow}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
