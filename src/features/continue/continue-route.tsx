/**
 * `/continue`: where a hand-off's link opens (`/continue#<token>`) and where its code is typed.
 * Public: the token alone shows nothing of the order; signed in as the order's customer, the
 * loader claims it and goes on to the order's next unfinished step.
 */
import { redirect } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { claimHandoff, getHandoffTokenState } from '@/api/handoff';
import { orderKeys } from '@/api/orders';
import { getSession } from '@/api/session';
import { handoffToken } from '@/checkout/resume';
import { isKnownStep, paths, stepPath } from '@/checkout/paths';
import type { ClosedReason, ContinueScreen } from './continue-screen';

/** Moves a link's token out of the address bar (and so out of the history) into memory. */
function takeTokenFromAddress(): void {
  const token = window.location.hash.slice(1);
  if (!token) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
  handoffToken.set(token);
}

/** Why the server refused the token, when it did; null for a failure worth a retry. */
function closedReason(error: unknown): ClosedReason | null {
  if (!isApiError(error)) return null;
  switch (error.code) {
    case 'HANDOFF_EXPIRED':
      return 'expired';
    case 'HANDOFF_USED':
      return 'used';
    case 'FORBIDDEN':
      return 'other-customer';
    case 'NOT_FOUND':
    case 'VALIDATION_FAILED':
    case 'MALFORMED_REQUEST':
      return 'unknown';
    default:
      return null;
  }
}

/** Signed in: takes the order over, and answers where it continues. */
async function claim(queryClient: QueryClient, token: string): Promise<string> {
  const { orderId, nextStep } = await claimHandoff(token);
  handoffToken.set(null);
  // Whatever this tab read of the order before, it was before the claim.
  queryClient.removeQueries({ queryKey: orderKeys.detail(orderId) });
  return isKnownStep(nextStep) ? stepPath(nextStep, orderId) : paths.orderHelp(orderId);
}

async function tokenScreen(token: string): Promise<ContinueScreen> {
  const { state } = await getHandoffTokenState(token);
  if (state === 'valid') return { screen: 'sign-in' };
  handoffToken.set(null);
  // A state this app does not know counts as not valid.
  return { screen: 'closed', reason: state === 'used' ? 'used' : 'expired' };
}

export function createLoader(queryClient: QueryClient) {
  return async (): Promise<ContinueScreen> => {
    takeTokenFromAddress();
    const token = handoffToken.get();
    if (!token) return { screen: 'code' };
    let claimedPath: string | null = null;
    try {
      if (!getSession()) return await tokenScreen(token);
      claimedPath = await claim(queryClient, token);
    } catch (error) {
      const reason = closedReason(error);
      // No answer (offline, a timeout): the token stays in memory for the error page's retry.
      if (!reason) throw error;
      handoffToken.set(null);
      return { screen: 'closed', reason };
    }
    throw redirect(claimedPath);
  };
}

export { ContinuePage as Component } from './continue-page';
