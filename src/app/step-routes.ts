/**
 * Each step's route module (its loader and page) is its own chunk. The router loads one when its
 * route matches; the layout loads the next one ahead of time (prefetch-next-step.ts), so moving
 * on does not wait for it.
 */
import type { ComponentType } from 'react';
import type { LoaderFunction } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import type { KnownStepId } from '@/api/contract/schemas';

/** What a step's route module exports: its page, and its loader made with the query client. */
export interface RouteModule {
  Component: ComponentType;
  createLoader: (queryClient: QueryClient) => LoaderFunction;
}

export type PageId = KnownStepId | 'confirmation';

export const stepRoutes = {
  'sign-in': () => import('@/features/sign-in/sign-in-route'),
  account: () => import('@/features/account/account-route'),
  offers: () => import('@/features/offers/offers-route'),
  cart: () => import('@/features/cart/cart-route'),
  credit: () => import('@/features/credit/credit-route'),
  shipping: () => import('@/features/shipping/shipping-route'),
  number: () => import('@/features/number/number-route'),
  terms: () => import('@/features/terms/terms-route'),
  review: () => import('@/features/review/review-route'),
  confirmation: () => import('@/features/confirmation/confirmation-route'),
} satisfies Record<PageId, () => Promise<RouteModule>>;

/** Loads a step's code ahead of time; a failure is left for the route's own load to report. */
export function prefetchStepCode(page: PageId) {
  void stepRoutes[page]().catch(() => undefined);
}
