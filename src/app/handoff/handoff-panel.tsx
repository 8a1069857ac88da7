import { Suspense, lazy, useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '@/api/api-error';
import type { Handoff } from '@/api/contract/schemas';
import { useCreateHandoff, useSendHandoffLink } from '@/api/handoff';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { paths } from '@/checkout/paths';
import { Button } from '@/components/ui/button';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { useFormat, useStore } from '@/i18n';
import { formatCountdown, useCountdown } from '@/lib/use-countdown';
import { handoffMessages } from './handoff-messages';
import styles from './handoff.module.css';

// The QR code's library loads only when a customer asks for the panel.
const HandoffQr = lazy(() => import('./handoff-qr'));

type Messages = ReturnType<typeof handoffMessages.get>;

/** The panel's own words for a refused text; null for a failure worded generally. */
function textRefusal(error: ApiError, t: Messages, dateTime: (iso: string) => string) {
  switch (error.code) {
    case 'HANDOFF_LINK_RATE_LIMITED':
      return error.retryAt ? t.rateLimited({ time: dateTime(error.retryAt) }) : t.rateLimitedLater;
    case 'HANDOFF_EXPIRED':
      return t.expired;
    case 'HANDOFF_USED':
      return t.used;
    default:
      return null;
  }
}

/** "Text me a link": to the account's number on file, a few times an hour at most. */
function TextMeALink({ orderId }: { orderId: string }) {
  const t = useStore(handoffMessages);
  const { dateTime } = useFormat();
  const hintId = useId();
  const send = useSendHandoffLink(orderId);
  const refusal = send.error ? textRefusal(send.error, t, dateTime) : null;
  return (
    <div className={`stack ${styles.text}`}>
      <Button
        variant="secondary"
        onClick={() => send.mutate()}
        pending={send.isPending}
        aria-describedby={hintId}
      >
        {t.text}
      </Button>
      <p id={hintId} className="hint">
        {t.textHint}
      </p>
      {/* Always in the page, so that filling it is announced. */}
      <div role="status">
        {send.data && (
          <Notice tone="success">
            <p>{t.sent({ phone: send.data.phoneMasked })}</p>
          </Notice>
        )}
        {refusal && (
          <Notice tone="warning">
            <p>{refusal}</p>
          </Notice>
        )}
      </div>
      {send.error && !refusal && <ApiErrorNotice error={send.error} />}
    </div>
  );
}

interface HandoffDetailsProps {
  orderId: string;
  handoff: Handoff;
  /** A renewed hand-off: focus goes to its code, since the button pressed is gone. */
  renewed: boolean;
  onRenew: () => void;
  renewing: boolean;
}

/** The QR code, the short link and the code to type, while they work; a new one after. */
function HandoffDetails({ orderId, handoff, renewed, onRenew, renewing }: HandoffDetailsProps) {
  const t = useStore(handoffMessages);
  const { remaining, fresh } = useCountdown(handoff.expiresAt);
  const expired = fresh && remaining === 0;
  const expiredNotice = useRef<HTMLDivElement>(null);
  const code = useRef<HTMLParagraphElement>(null);

  // What had focus (say, "Text me a link") is gone: focus goes to what replaced it.
  useEffect(() => {
    if (expired) expiredNotice.current?.querySelector('button')?.focus();
    else if (renewed) code.current?.focus();
  }, [expired, renewed]);

  if (expired) {
    return (
      <div ref={expiredNotice} className="stack">
        <Notice tone="warning" role="status">
          <p>{t.expired}</p>
        </Notice>
        <Button onClick={onRenew} pending={renewing}>
          {t.renew}
        </Button>
      </div>
    );
  }

  const { origin, host } = window.location;
  return (
    <div className={styles.details}>
      <div className={styles.qr}>
        <Suspense fallback={<Skeleton lines={1} height="14rem" />}>
          <HandoffQr value={`${origin}${paths.continue}#${handoff.token}`} label={t.qrLabel} />
        </Suspense>
      </div>
      <p className={styles.label}>{t.orGoTo}</p>
      <p className={styles.address}>{`${host}${paths.continue}`}</p>
      <p className={styles.label}>{t.andType}</p>
      <p ref={code} tabIndex={-1} className={styles.code}>
        {`${handoff.code.slice(0, 4)} ${handoff.code.slice(4)}`}
      </p>
      <p>{t.timeLeft({ time: formatCountdown(remaining) })}</p>
      <TextMeALink orderId={orderId} />
    </div>
  );
}

interface HandoffPanelProps {
  orderId: string;
  onClose: () => void;
}

/** The dialog: opens a hand-off of the order as it opens (a new one replaces an open one). */
export function HandoffPanel({ orderId, onClose }: HandoffPanelProps) {
  const t = useStore(handoffMessages);
  const create = useCreateHandoff(orderId);
  const { mutate } = create;
  const opened = useRef(false);
  const [renewals, setRenewals] = useState(0);

  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    mutate();
  }, [mutate]);

  const details = () => {
    if (create.data) {
      return (
        <HandoffDetails
          key={create.data.token}
          orderId={orderId}
          handoff={create.data}
          renewed={renewals > 0}
          onRenew={() => {
            setRenewals((count) => count + 1);
            mutate();
          }}
          renewing={create.isPending}
        />
      );
    }
    if (create.error) {
      return (
        <ApiErrorNotice error={create.error} onRetry={() => mutate()} retrying={create.isPending} />
      );
    }
    return <Skeleton lines={3} height="14rem" />;
  };

  return (
    <ModalDialog title={t.panelTitle} description={<p>{t.panelLead}</p>} onCancel={onClose}>
      {details()}
      <div className="actions">
        <Button variant="secondary" onClick={onClose}>
          {t.close}
        </Button>
      </div>
    </ModalDialog>
  );
}
