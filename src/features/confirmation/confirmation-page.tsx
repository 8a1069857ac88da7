import { memo } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { orderQueryOptions } from '@/api/orders';
import { useEndSession } from '@/checkout/end-session';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { useStore } from '@/i18n';
import { confirmationMessages } from './confirmation-messages';
import { NextSteps, OrderNumber, OrderRecord } from './confirmation-sections';
import styles from './confirmation-page.module.css';

export function ConfirmationPage() {
  const { orderId = '' } = useParams();
  const t = useStore(confirmationMessages);
  return (
    <section className={`stack ${styles.page}`}>
      <PageHeading>{t.title}</PageHeading>
      <PlacedOrder orderId={orderId} />
    </section>
  );
}

/**
 * The page's one read of the order. Done signs out and empties the cache before sign-in opens;
 * rendered again after that, this component would find no order, suspend the page and read the
 * order again without a session. So it renders only when its props change (memo), and the order
 * id does not: its sections, which re-render as they need, take the order as it was read.
 */
const PlacedOrder = memo(function PlacedOrder({ orderId }: { orderId: string }) {
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));
  return (
    <>
      <OrderNumber order={order} />
      <NextSteps order={order} />
      <OrderRecord order={order} />
      <Actions />
    </>
  );
});

function Actions() {
  const t = useStore(confirmationMessages);
  const signOut = useEndSession('signed-out');

  return (
    <>
      <div className="actions">
        <Button variant="secondary" onClick={() => window.print()}>
          {t.print}
        </Button>
        <Button
          onClick={() => signOut.mutate()}
          pending={signOut.isPending}
          aria-describedby="done-hint"
        >
          {t.done}
        </Button>
      </div>
      <p id="done-hint" className={`muted small ${styles.screenOnly}`}>
        {t.doneHint}
      </p>
    </>
  );
}
