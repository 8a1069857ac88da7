import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import type { KnownStepId } from '@/api/contract/schemas';
import { getSession } from '@/api/session';
import { paths, type OrderStepId } from '@/config/paths';
import {
  accountLoader,
  draftCartLoader,
  offersLoader,
  orderHelpLoader,
  orderStepLoader,
  signInLoader,
} from './guards';
import { CheckoutLayout } from './layout/checkout-layout';
import { InitialLoading } from './initial-loading';
import { returnToUnfinishedStep } from './return-to-unfinished-step';
import { InitialShell } from './shell/initial-shell';
import { stepPages } from './step-pages';
import { NotFound, RouteError } from './route-error';

/** What a route tells the layout: which step it is, for the progress and the back link. */
export interface RouteHandle {
  step?: KnownStepId;
}

function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return { Component: async () => pick(await load()) };
}

/** A route of the checkout: its guard, its page's code, the step it is, an error boundary. */
function stepRoute(
  path: string,
  loader: RouteObject['loader'],
  lazy: RouteObject['lazy'],
  step?: KnownStepId,
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
      // Keeps what index.html painted on screen while the first page's code and loader run.
      HydrateFallback: InitialShell,
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
          lazyPage(stepPages['sign-in'], (m) => m.SignInPage),
          'sign-in',
        ),
        stepRoute(
          'account',
          accountLoader,
          lazyPage(stepPages.account, (m) => m.AccountPage),
          'account',
        ),
        stepRoute(
          'offers',
          offersLoader,
          lazyPage(stepPages.offers, (m) => m.OffersPage),
          'offers',
        ),
        stepRoute(
          'cart',
          draftCartLoader,
          lazyPage(stepPages.cart, (m) => m.CartPage),
          'cart',
        ),
        {
          path: 'orders/:orderId',
          ErrorBoundary: RouteError,
          children: [
            orderStep(
              'cart',
              lazyPage(stepPages.cart, (m) => m.CartPage),
            ),
            orderStep(
              'credit',
              lazyPage(stepPages.credit, (m) => m.CreditPage),
            ),
            orderStep(
              'shipping',
              lazyPage(stepPages.shipping, (m) => m.ShippingPage),
            ),
            orderStep(
              'number',
              lazyPage(stepPages.number, (m) => m.NumberPage),
            ),
            orderStep(
              'terms',
              lazyPage(stepPages.terms, (m) => m.TermsPage),
            ),
            orderStep(
              'review',
              lazyPage(stepPages.review, (m) => m.ReviewPage),
            ),
            stepRoute(
              'confirmation',
              orderStepLoader(queryClient, 'confirmation'),
              lazyPage(stepPages.confirmation, (m) => m.ConfirmationPage),
            ),
            // Not a step: where an order goes that this version of the app cannot finish.
            stepRoute(
              'help',
              orderHelpLoader(queryClient),
              lazyPage(
                () => import('@/features/order-help/order-help-page'),
                (m) => m.OrderHelpPage,
              ),
            ),
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
