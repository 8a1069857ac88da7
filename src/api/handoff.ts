/**
 * "Continue on your phone": the device with the order opens a hand-off (a link, a QR code and
 * a code to type) and watches whether it was claimed; the phone reads the token's state, or
 * redeems the typed code for the token, and claims it once signed in as the same customer.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from './client';
import type { HandoffStatus } from './contract/schemas';
import { orderKeys } from './orders';

/** While the hand-off is open, the device that opened it asks this often whether it was claimed. */
export const HANDOFF_POLL_MS = 3_000;

export function getHandoff(orderId: string, signal?: AbortSignal) {
  return callApi('getHandoff', { params: { id: orderId }, signal });
}

/** The order's latest hand-off as this device sees it, read again while it is open. */
export function handoffQueryOptions(orderId: string) {
  return queryOptions({
    queryKey: orderKeys.handoff(orderId),
    queryFn: ({ signal }) => getHandoff(orderId, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.state === 'open' ? HANDOFF_POLL_MS : false),
    // A kiosk's customer may stand back while the phone takes over.
    refetchIntervalInBackground: true,
  });
}

/** Opens a new hand-off of the order (it replaces an open one) and starts watching it. */
export function useCreateHandoff(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi('createHandoff', { params: { id: orderId } }),
    onSuccess: ({ expiresAt }) =>
      queryClient.setQueryData<HandoffStatus>(orderKeys.handoff(orderId), {
        state: 'open',
        expiresAt,
      }),
  });
}

/** Texts the open hand-off's link to the account's number on file. */
export function useSendHandoffLink(orderId: string) {
  return useMutation({
    mutationFn: () => callApi('sendHandoffLink', { params: { id: orderId } }),
  });
}

/** Public: whether a token is valid, expired or used, and nothing else. */
export function getHandoffTokenState(token: string) {
  return callApi('getHandoffTokenState', { body: { token } });
}

/** Public: the typed code for its token. */
export function useRedeemHandoffCode() {
  return useMutation({
    mutationFn: (code: string) => callApi('redeemHandoffCode', { body: { code } }),
  });
}

/** Signed in: takes the order over; the session that opened the hand-off ends. */
export function claimHandoff(token: string) {
  return callApi('claimHandoff', { body: { token } });
}
