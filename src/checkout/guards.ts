/**
 * Which step a customer may see is decided here, in loaders, before anything renders: from the
 * session and, once it exists, from the order on the server (its `nextStep`), never from flags.
 * Each step's route module calls one of these first, then ensures the data its page reads.
 */
import { redirect, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import type { Order } from '@/api/contract/schemas';
import type { Session } from '@/api/contract/boot-schemas';
import { getLastCustomerId, getSession } from '@/api/session';
import { orderQueryOptions } from '@/api/orders';
import { checkoutDraft, type CheckoutDraft } from './draft';
import { stepNavigation, type StepNavigation } from './navigation';
import { furthestStep, orderPath, paths, stepIndex, type OrderStepId } from './paths';
import { rememberResumePoint } from './resume';

/** Sends a signed-out visitor to sign in, remembering the page for the same customer. */
export function requireSession(request: Request): Session {
  const session = getSession();
  if (!session) {
    const url = new URL(request.url);
    rememberResumePoint(url.pathname + url.search, getLastCustomerId());
    throw redirect(paths.signIn);
  }
  return session;
}

/** The offers and the draft cart need the account chosen; the draft cart needs lines too. */
export function openDraftStep(
  step: 'account' | 'offers' | 'cart',
  { request }: LoaderFunctionArgs,
): { draft: CheckoutDraft; navigation: StepNavigation } {
  requireSession(request);
  const draft = checkoutDraft.get();
  if (step !== 'account' && !draft.customerId) throw redirect(paths.account);
  if (step === 'cart' && draft.lines.length === 0) throw redirect(paths.offers);
  return { draft, navigation: stepNavigation(step, undefined, request) };
}

function orderIdOf({ params }: LoaderFunctionArgs): string {
  return params.orderId ?? '';
}

/**
 * An order's step opens once the server's `nextStep` has reached it, and never once the order
 * is placed (the confirmation then). Anything else goes where the order says it belongs.
 */
export async function openOrderStep(
  queryClient: QueryClient,
  step: OrderStepId,
  args: LoaderFunctionArgs,
): Promise<{ order: Order; navigation: StepNavigation }> {
  requireSession(args.request);
  const order = await queryClient.ensureQueryData(orderQueryOptions(orderIdOf(args)));
  if (order.status === 'submitted') throw redirect(paths.confirmation(order.id));
  const furthest = furthestStep(order);
  if (!furthest || stepIndex(step) > stepIndex(furthest)) throw redirect(orderPath(order));
  return { order, navigation: stepNavigation(step, order.id, args.request) };
}

/** The confirmation is for a placed order only. */
export async function openConfirmation(
  queryClient: QueryClient,
  args: LoaderFunctionArgs,
): Promise<Order> {
  requireSession(args.request);
  const order = await queryClient.ensureQueryData(orderQueryOptions(orderIdOf(args)));
  if (order.status !== 'submitted') throw redirect(orderPath(order));
  return order;
}

/** The help screen is for an order this app cannot take further; any other goes to its step. */
export async function openOrderHelp(
  queryClient: QueryClient,
  args: LoaderFunctionArgs,
): Promise<Order> {
  requireSession(args.request);
  const order = await queryClient.ensureQueryData(orderQueryOptions(orderIdOf(args)));
  if (order.status === 'submitted') throw redirect(paths.confirmation(order.id));
  if (furthestStep(order)) throw redirect(orderPath(order));
  return order;
}
