import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import type { StepId } from '@/api/contract/schemas';
import { getSession } from '@/api/session';
import { paths, type OrderStepId } from '@/config/paths';
import {
  accountLoader,
  draftCartLoader,
  offersLoader,
  orderStepLoader,
  signInLoader,
} from './guards';
import { CheckoutLayout } from './layout/checkout-layout';
import { InitialLoading } from './initial-loading';
import { NotFound, RouteError } from './route-error';

/** What a route tells the layout: which step it is, for the progress and the back link. */
export interface RouteHandle {
  step?: StepId;
}

// Each page is its own chunk, fetched when its route matches (and prefetched by the step before).
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return { Component: async () => pick(await load()) };
}

const pages = {
  signIn: () => import('@/features/sign-in/sign-in-page'),
  account: () => import('@/features/account/account-page'),
  offers: () => import('@/features/offers/offers-page'),
  cart: () => import('@/features/cart/cart-page'),
  credit: () => import('@/features/credit/credit-page'),
  shipping: () => import('@/features/shipping/shipping-page'),
  number: () => import('@/features/number/number-page'),
  terms: () => import('@/features/terms/terms-page'),
  review: () => import('@/features/review/review-page'),
  confirmation: () => import('@/features/confirmation/confirmation-page'),
};

/** Loads a step's code ahead of time, so moving on does not wait for it. */
export function prefetchStepCode(step: keyof typeof pages) {
  void pages[step]().catch(() => undefined);
}

/** A route of the checkout: its guard, its page's code, the step it is, an error boundary. */
function stepRoute(
  path: string,
  loader: RouteObject['loader'],
  lazy: RouteObject['lazy'],
  step?: StepId,
): RouteObject {
  return { path, loader, lazy, handle: { step } satisfies RouteHandle, ErrorBoundary: RouteError };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const orderStep = (step: OrderStepId, lazy: RouteObject['lazy']) =>
    stepRoute(step, orderStepLoader(queryClient, step), lazy, step);
  return [
    {
      Component: CheckoutLayout,
      ErrorBoundary: RouteError,
      // Shown while the first page's code and loader run, instead of a blank screen.
      HydrateFallback: InitialLoading,
      children: [
        {
          index: true,
          loader: () => redirect(getSession() ? paths.account : paths.signIn),
          // Never shown: the loader always redirects. It keeps the route a rendering leaf.
          Component: InitialLoading,
        },
        stepRoute(
          'sign-in',
          signInLoader,
          lazyPage(pages.signIn, (m) => m.SignInPage),
          'sign-in',
        ),
        stepRoute(
          'account',
          accountLoader,
          lazyPage(pages.account, (m) => m.AccountPage),
          'account',
        ),
        stepRoute(
          'offers',
          offersLoader,
          lazyPage(pages.offers, (m) => m.OffersPage),
          'offers',
        ),
        stepRoute(
          'cart',
          draftCartLoader,
          lazyPage(pages.cart, (m) => m.CartPage),
          'cart',
        ),
        {
          path: 'orders/:orderId',
          ErrorBoundary: RouteError,
          children: [
            orderStep(
              'cart',
              lazyPage(pages.cart, (m) => m.CartPage),
            ),
            orderStep(
              'credit',
              lazyPage(pages.credit, (m) => m.CreditPage),
            ),
            orderStep(
              'shipping',
              lazyPage(pages.shipping, (m) => m.ShippingPage),
            ),
            orderStep(
              'number',
              lazyPage(pages.number, (m) => m.NumberPage),
            ),
            orderStep(
              'terms',
              lazyPage(pages.terms, (m) => m.TermsPage),
            ),
            orderStep(
              'review',
              lazyPage(pages.review, (m) => m.ReviewPage),
            ),
            stepRoute(
              'confirmation',
              orderStepLoader(queryClient, 'confirmation'),
              lazyPage(pages.confirmation, (m) => m.ConfirmationPage),
            ),
          ],
        },
        { path: '*', Component: NotFound },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
