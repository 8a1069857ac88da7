/**
 * "Continue on your phone", on every step of an open order: a card after the page (on a kiosk,
 * a button in the header, and the card before the credit check), the panel it opens, and the
 * watch on the hand-off once one is open. Loaded apart from the layout, only once an order exists.
 */
import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { handoffQueryOptions } from '@/api/handoff';
import type { Order } from '@/api/contract/schemas';
import { orderQueryOptions } from '@/api/orders';
import { furthestStep } from '@/checkout/paths';
import { Button } from '@/components/ui/button';
import { useStore } from '@/i18n';
import { handoffMessages } from './handoff-messages';
import { HandoffPanel } from './handoff-panel';
import styles from './handoff.module.css';

/**
 * Once this screen opened a hand-off, asks the server every few seconds whether the phone
 * claimed it, for as long as it is open. A claim usually shows as this session's refusal
 * (SESSION_HANDED_OFF, which the layout handles); a backend that answers `claimed` ends it too.
 */
function useWatchHandoff(orderId: string, onClaimed: () => void) {
  const { data } = useQuery({
    ...handoffQueryOptions(orderId),
    enabled: (query) => query.state.data !== undefined,
  });
  const claimed = data?.state === 'claimed';
  useEffect(() => {
    if (claimed) onClaimed();
  }, [claimed, onClaimed]);
}

/**
 * Only an order the phone could take further: open (not in review, declined or placed), at a
 * step this app knows, and not stopped at credit by a decision that is no approval.
 */
function canContinueElsewhere(order: Order): boolean {
  const furthest = furthestStep(order);
  if (order.status !== 'open' || furthest === null) return false;
  return order.credit === null || furthest !== 'credit';
}

interface HandoffOfferProps {
  orderId: string;
  placement: 'header' | 'page';
  /** On the credit step: the main reason to move is to type an SSN in private. */
  creditStep: boolean;
  /**
   * Ends this screen's session once the phone claimed the order (the layout's, whose code is
   * first-load code: imported from here, it would split out of the first page's chunk).
   */
  onClaimed: () => void;
}

export default function HandoffOffer({
  orderId,
  placement,
  creditStep,
  onClaimed,
}: HandoffOfferProps) {
  const t = useStore(handoffMessages);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const { data: order } = useQuery(orderQueryOptions(orderId));
  useWatchHandoff(orderId, onClaimed);
  if (!order || !canContinueElsewhere(order)) return null;

  const button = (
    <Button
      variant="secondary"
      className={placement === 'header' ? styles.headerButton : undefined}
      onClick={() => setOpen(true)}
    >
      {t.open}
    </Button>
  );
  return (
    <>
      {placement === 'header' ? (
        button
      ) : (
        <section className={`card stack ${styles.offer}`} aria-labelledby={titleId}>
          <h2 id={titleId}>{t.offerTitle}</h2>
          <p>{creditStep && order.credit === null ? t.offerCredit : t.offerBody}</p>
          <div className="actions">{button}</div>
        </section>
      )}
      {open && <HandoffPanel orderId={orderId} onClose={() => setOpen(false)} />}
    </>
  );
}
