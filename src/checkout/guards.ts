/**
 * Which step a customer may see is decided here, in loaders, before anything renders: from the
 * session and, once it exists, from the order on the server (its `nextStep`), never from flags.
 */
import { redirect, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { getLastCustomerId, getSession } from '@/api/session';
import { orderQueryOptions } from '@/api/orders';
import { furthestStep, orderPath, paths, stepIndex, type OrderStepId } from '@/config/paths';
import { checkoutDraft } from '@/lib/checkout-draft';
import { rememberResumePoint } from '@/lib/resume';

/** Sends a signed-out visitor to sign in, remembering the page for the same customer. */
function requireSession(request: Request) {
  const session = getSession();
  if (!session) {
    const url = new URL(request.url);
    rememberResumePoint(url.pathname + url.search, getLastCustomerId());
    throw redirect(paths.signIn);
  }
  return session;
}

export function signInLoader() {
  return getSession() ? redirect(paths.account) : null;
}

export function accountLoader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  return null;
}

export function offersLoader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  return checkoutDraft.get().customerId ? null : redirect(paths.account);
}

export function draftCartLoader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const draft = checkoutDraft.get();
  if (!draft.customerId) return redirect(paths.account);
  return draft.lines.length ? null : redirect(paths.offers);
}

export function orderStepLoader(queryClient: QueryClient, step: OrderStepId | 'confirmation') {
  return async ({ params, request }: LoaderFunctionArgs) => {
    requireSession(request);
    const orderId = params.orderId ?? '';
    const order = await queryClient.ensureQueryData(orderQueryOptions(orderId));
    if (order.status === 'submitted') {
      return step === 'confirmation' ? null : redirect(paths.confirmation(orderId));
    }
    const furthest = furthestStep(order);
    if (step === 'confirmation' || !furthest || stepIndex(step) > stepIndex(furthest)) {
      return redirect(orderPath(order));
    }
    return null;
  };
}

/** The help screen is for an order this app cannot take further; any other goes to its step. */
export function orderHelpLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    requireSession(request);
    const orderId = params.orderId ?? '';
    const order = await queryClient.ensureQueryData(orderQueryOptions(orderId));
    if (order.status === 'submitted') return redirect(paths.confirmation(orderId));
    return furthestStep(order) ? redirect(orderPath(order)) : null;
  };
}
