/**
 * Where a step goes once its call has succeeded, for every step in one place: on to the next
 * step, back to review when the customer came from there, or wherever the order now needs. Only
 * once the order has moved past the step, though: a server that saves an answer but leaves the
 * order's `nextStep` where it was would otherwise send the customer round the same step (the
 * cart back to the cart, saving the lines each time). The page then says so, with a retry.
 */
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { Order } from '@/api/contract/schemas';
import { orderQueryOptions } from '@/api/orders';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import {
  STEP_IDS,
  isKnownStep,
  orderPath,
  paths,
  stepIndex,
  stepPath,
  type OrderStepId,
} from './paths';
import { i18n, useStore } from '@/i18n';
import { useStepNavigation } from './navigation';

const messages = i18n('moveOn', {
  title: 'Your order did not move on',
  body: 'We saved your answer, but your order did not go on to the next step. Try again in a moment. If it still does not move on, call Customer Care on 611 from your phone.',
  retry: 'Try again',
});

/**
 * Marks, in the history entry, the step whose order did not move on. History state rather than
 * component state, so the draft cart can hand it to the order's own cart page once the order
 * exists, and a reload still explains the page.
 */
const STALLED_AT = 'orderDidNotMoveOnFrom';

/** True once the order has gone past `step`; review's call places the order. */
function hasMovedPast(order: Order, step: OrderStepId): boolean {
  if (step === 'review') return order.status === 'submitted';
  // A step this app does not know lies ahead: the loaders send such an order to the help screen.
  return !isKnownStep(order.nextStep) || stepIndex(order.nextStep) > stepIndex(step);
}

function destination(order: Order, step: OrderStepId, backToReview: boolean): string {
  if (step === 'review') return paths.confirmation(order.id);
  if (backToReview) return stepPath('review', order.id);
  // A changed cart can reopen any later step (a new line needs its number): the order says which.
  if (step === 'cart') return orderPath(order);
  return stepPath(STEP_IDS[stepIndex(step) + 1] ?? 'review', order.id);
}

function stalledStep(state: unknown): unknown {
  return typeof state === 'object' && state !== null && STALLED_AT in state
    ? state[STALLED_AT]
    : undefined;
}

/**
 * `moveOn(order)` after the step's call succeeded (with the order it answered), or when the
 * customer continues without a change. `stall` is set while the order has not moved past the
 * step: show it with `OrderStalledNotice`.
 */
export function useMoveOn(step: OrderStepId) {
  const navigate = useNavigate();
  const location = useLocation();
  // Absent on the draft cart, before the order exists.
  const { orderId } = useParams();
  const order = useQuery({ ...orderQueryOptions(orderId ?? ''), enabled: orderId !== undefined });
  const backToReview = useStepNavigation()?.backToReview ?? false;

  const moveOn = (next: Order) => {
    if (hasMovedPast(next, step)) {
      // The draft cart's page means nothing once the order exists: Back must not return to it.
      void navigate(destination(next, step, backToReview), { replace: orderId === undefined });
      return;
    }
    void navigate(
      { pathname: stepPath(step, next.id), search: location.search },
      { replace: true, state: { [STALLED_AT]: step } },
    );
  };

  // Read the order again: once it has moved on (the server may catch up), so does the customer.
  const retry = async () => {
    const { data } = await order.refetch();
    if (data) moveOn(data);
  };

  const stalled =
    stalledStep(location.state) === step &&
    order.data !== undefined &&
    !hasMovedPast(order.data, step);

  return {
    moveOn,
    stall: stalled ? { onRetry: () => void retry(), retrying: order.isFetching } : null,
  };
}

interface OrderStalledNoticeProps {
  onRetry: () => void;
  retrying: boolean;
}

/** Shown next to the step's Continue button, where the customer is looking. */
export function OrderStalledNotice({ onRetry, retrying }: OrderStalledNoticeProps) {
  const t = useStore(messages);
  return (
    <Notice tone="warning" role="alert" title={t.title}>
      <p>{t.body}</p>
      <Button variant="secondary" onClick={onRetry} pending={retrying}>
        {t.retry}
      </Button>
    </Notice>
  );
}
