import { useEffect, useRef, useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { trackLater } from '@/analytics/track-later';
import { orderQueryOptions, useSubmitOrder, validationQueryOptions } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { useStore } from '@/i18n';
import { reviewMessages } from './review-messages';
import { MoneySection } from './review-money';
import { ProblemsNotice } from './review-problems';
import {
  AccountSection,
  AgreementsSection,
  DeliverySection,
  LinesSection,
  NumbersSection,
} from './review-sections';

export function ReviewPage() {
  const { orderId = '' } = useParams();
  const t = useStore(reviewMessages);
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));
  const validation = useSuspenseQuery(validationQueryOptions(orderId));
  const submit = useSubmitOrder(orderId);
  const { moveOn, stall } = useMoveOn('review');

  // Presses while a submission is in flight (or after it succeeded, while the confirmation
  // loads) are dropped before React re-renders the button.
  const inFlight = useRef(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  // Once validation has run again after a "not ready" refusal, focus goes to the problems it
  // found: counted, so that each refusal focuses them once, even if they were already on screen.
  const [refusalsShown, setRefusalsShown] = useState(0);
  useEffect(() => {
    if (refusalsShown > 0) problemsRef.current?.focus();
  }, [refusalsShown]);

  const placeOrder = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    submit.mutate(undefined, {
      onSuccess: (placed) => {
        trackLater({ name: 'order_placed', step: 'review', lineCount: placed.lines.length });
        moveOn(placed);
      },
      onError: (error) => {
        inFlight.current = false;
        if (error.code !== 'ORDER_INVALID') return;
        // The server found problems (maybe ones the page did not show yet): fetch them, focus them.
        void validation.refetch().then(() => setRefusalsShown((count) => count + 1));
      },
    });
  };

  // Once placed, validation says "already placed"; that is no problem for the customer.
  const problems = order.status === 'open' && !submit.isSuccess ? validation.data.problems : [];

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <ProblemsNotice ref={problemsRef} order={order} problems={problems} />
      <p>{t.intro}</p>
      <AccountSection order={order} />
      <LinesSection order={order} />
      <DeliverySection order={order} />
      <NumbersSection order={order} />
      <AgreementsSection order={order} />
      <MoneySection order={order} />

      {/* A refused "not ready" order is explained by the problems at the top (focused). */}
      {submit.error && !(submit.error.code === 'ORDER_INVALID' && problems.length > 0) && (
        <ApiErrorNotice error={submit.error} onRetry={placeOrder} retrying={submit.isPending} />
      )}
      {stall && <OrderStalledNotice {...stall} />}
      <div className="actions">
        <Button onClick={placeOrder} pending={submit.isPending || submit.isSuccess}>
          {t.placeOrder}
        </Button>
      </div>
    </section>
  );
}
