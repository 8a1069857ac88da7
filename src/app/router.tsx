import { createBrowserRouter, redirect, type RouteObject } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import type { KnownStepId } from '@/api/contract/schemas';
import { getSession } from '@/api/session';
import { paths } from '@/checkout/paths';
import { CheckoutLayout } from './layout/checkout-layout';
import { InitialLoading } from './initial-loading';
import { returnToUnfinishedStep } from './return-to-unfinished-step';
import type { RouteHandle } from './route-handle';
import { InitialShell } from './shell/initial-shell';
import { stepRoutes, type RouteModule } from './step-routes';
import { NotFound, RouteError } from './route-error';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  /**
   * A route of the checkout: its module's loader and page load together when it matches (so
   * first-load JS holds no step's code), the step it is, and an error boundary.
   */
  const route = (
    path: string,
    load: () => Promise<RouteModule>,
    step?: KnownStepId,
  ): RouteObject => ({
    path,
    handle: { step } satisfies RouteHandle,
    ErrorBoundary: RouteError,
    lazy: async () => {
      const { createLoader, Component } = await load();
      return { loader: createLoader(queryClient), Component };
    },
  });

  return [
    {
      Component: CheckoutLayout,
      ErrorBoundary: RouteError,
      // Keeps what index.html painted on screen while the first page's code and loader run.
      HydrateFallback: InitialShell,
      children: [
        {
          index: true,
          loader: () => redirect(getSession() ? paths.account : paths.signIn),
          // Never shown: the loader always redirects. It keeps the route a rendering leaf.
          Component: InitialLoading,
        },
        route('sign-in', stepRoutes['sign-in'], 'sign-in'),
        // Not a step: where a hand-off's link opens on another device, before sign-in.
        route('continue', () => import('@/features/continue/continue-route')),
        route('account', stepRoutes.account, 'account'),
        route('offers', stepRoutes.offers, 'offers'),
        route('cart', stepRoutes.cart, 'cart'),
        {
          path: 'orders/:orderId',
          ErrorBoundary: RouteError,
          children: [
            route('cart', stepRoutes.cart, 'cart'),
            route('credit', stepRoutes.credit, 'credit'),
            route('shipping', stepRoutes.shipping, 'shipping'),
            route('number', stepRoutes.number, 'number'),
            route('terms', stepRoutes.terms, 'terms'),
            route('review', stepRoutes.review, 'review'),
            route('confirmation', stepRoutes.confirmation),
            // Not a step: where an order goes that this version of the app cannot finish.
            route('help', () => import('@/features/order-help/order-help-route')),
          ],
        },
        { path: '*', Component: NotFound },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(createRoutes(queryClient));
  returnToUnfinishedStep(queryClient, router);
  return router;
}
