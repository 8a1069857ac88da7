import type { StepId } from '@/api/contract/schemas';

/** The nine steps, in order. */
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
] as const satisfies readonly StepId[];

/** Steps whose URL carries the order, because the order exists by then. */
export type OrderStepId = Exclude<StepId, 'sign-in' | 'account' | 'offers'>;

export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

/** Query parameter that sends a step back to review after an edit. */
export const RETURN_TO_REVIEW = 'from';

export const paths = {
  home: '/',
  signIn: '/sign-in',
  account: '/account',
  offers: '/offers',
  cart: '/cart',
  orderStep: (orderId: string, step: OrderStepId) =>
    `/orders/${encodeURIComponent(orderId)}/${step}`,
  confirmation: (orderId: string) => `/orders/${encodeURIComponent(orderId)}/confirmation`,
};

/**
 * Query parameter of `/offers` that adds lines to an order that already exists; plain
 * `/offers` builds the lines of the order-to-be.
 */
export const ORDER_PARAM = 'order';

/** Where a step lives; the steps before the order exists have fixed paths. */
export function stepPath(step: StepId, orderId?: string): string {
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
export function changePath(step: StepId, orderId: string): string {
  const path = stepPath(step, orderId);
  return `${path}${path.includes('?') ? '&' : '?'}${RETURN_TO_REVIEW}=review`;
}
