import type { CreditDecision, KnownStepId, Order, StepId } from '@/api/contract/schemas';

/**
 * The nine steps, in order: the contract's own list, written again because this module is
 * first-load code and the contract's schemas load later (paths.test.ts keeps the two equal).
 */
export const STEP_IDS = [
  'sign-in',
  'account',
  'offers',
  'cart',
  'credit',
  'shipping',
  'number',
  'terms',
  'review',
] as const satisfies readonly KnownStepId[];

/** Steps whose URL carries the order, because the order exists by then. */
export type OrderStepId = Exclude<KnownStepId, 'sign-in' | 'account' | 'offers'>;

/** False for a step that a newer version of the API added and this app does not know. */
export function isKnownStep(step: StepId): step is KnownStepId {
  return (STEP_IDS as readonly string[]).includes(step);
}

export function stepIndex(step: KnownStepId): number {
  return STEP_IDS.indexOf(step);
}

/** The start screen's query flag, set by a kiosk wipe: `/sign-in?erased=1`. */
export const ERASED_PARAM = 'erased';

/**
 * The start screen's query flag when a hand-off claimed on another device ended this screen's
 * session: `/sign-in?handed-off=1` (with `erased=1` on a kiosk, which was wiped too).
 */
export const HANDED_OFF_PARAM = 'handed-off';

/** Query parameter that sends a step back to review after an edit. */
export const RETURN_TO_REVIEW = 'from';

export const paths = {
  home: '/',
  signIn: '/sign-in',
  account: '/account',
  offers: '/offers',
  cart: '/cart',
  /** Where a hand-off's link opens (the contract's `HANDOFF_PATH`), and where its code is typed. */
  continue: '/continue',
  orderStep: (orderId: string, step: OrderStepId) =>
    `/orders/${encodeURIComponent(orderId)}/${step}`,
  confirmation: (orderId: string) => `/orders/${encodeURIComponent(orderId)}/confirmation`,
  /** The order cannot be finished online: its reference and how to get help. */
  orderHelp: (orderId: string) => `/orders/${encodeURIComponent(orderId)}/help`,
};

/**
 * Query parameter of `/offers` that adds lines to an order that already exists; plain
 * `/offers` builds the lines of the order-to-be.
 */
export const ORDER_PARAM = 'order';

/** Where a step lives; the steps before the order exists have fixed paths. */
export function stepPath(step: KnownStepId, orderId?: string): string {
  switch (step) {
    case 'sign-in':
      return paths.signIn;
    case 'account':
      return paths.account;
    case 'offers':
      return orderId
        ? `${paths.offers}?${new URLSearchParams({ [ORDER_PARAM]: orderId }).toString()}`
        : paths.offers;
    default:
      return orderId ? paths.orderStep(orderId, step) : step === 'cart' ? paths.cart : paths.offers;
  }
}

/** A step's path that returns to review once the step is done. */
export function changePath(step: KnownStepId, orderId: string): string {
  const path = stepPath(step, orderId);
  return `${path}${path.includes('?') ? '&' : '?'}${RETURN_TO_REVIEW}=review`;
}

/** Only these decisions let an order past the credit step; any other, known or not, stops it. */
function isCreditApproval(decision: CreditDecision): boolean {
  return (
    decision === 'approved' ||
    decision === 'approved_with_deposit' ||
    decision === 'approved_with_conditions'
  );
}

/**
 * The furthest step the customer may open in this order: the server's `nextStep`, but never
 * past credit without an approval this app knows (an unknown decision fails closed). Null when
 * `nextStep` is a step this app does not know: it cannot take the order further.
 */
export function furthestStep(order: Pick<Order, 'nextStep' | 'credit'>): KnownStepId | null {
  const next = order.nextStep;
  if (!isKnownStep(next)) return null;
  const stoppedAtCredit =
    order.credit !== null &&
    !isCreditApproval(order.credit.decision) &&
    stepIndex(next) > stepIndex('credit');
  return stoppedAtCredit ? 'credit' : next;
}

/** Where the order's customer belongs now: its furthest step, or the help screen. */
export function orderPath(order: Pick<Order, 'id' | 'nextStep' | 'credit'>): string {
  const step = furthestStep(order);
  return step ? stepPath(step, order.id) : paths.orderHelp(order.id);
}
