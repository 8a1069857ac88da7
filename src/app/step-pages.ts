/**
 * Each step's page is its own chunk. The router loads one when its route matches; the layout
 * loads the next one ahead of time (prefetch-next-step.ts), so moving on does not wait for it.
 */
import type { KnownStepId } from '@/api/contract/schemas';

export type PageId = KnownStepId | 'confirmation';

export const stepPages = {
  'sign-in': () => import('@/features/sign-in/sign-in-page'),
  account: () => import('@/features/account/account-page'),
  offers: () => import('@/features/offers/offers-page'),
  cart: () => import('@/features/cart/cart-page'),
  credit: () => import('@/features/credit/credit-page'),
  shipping: () => import('@/features/shipping/shipping-page'),
  number: () => import('@/features/number/number-page'),
  terms: () => import('@/features/terms/terms-page'),
  review: () => import('@/features/review/review-page'),
  confirmation: () => import('@/features/confirmation/confirmation-page'),
} satisfies Record<PageId, () => Promise<unknown>>;

/** Loads a step's code ahead of time; a failure is left for the route's own load to report. */
export function prefetchStepCode(page: PageId) {
  void stepPages[page]().catch(() => undefined);
}
