/**
 * "Continue on your phone": the device with the order opens a hand-off (a link, a QR code and
 * a code to type) and watches whether it was claimed; the phone reads the token's state, or
 * redeems the typed code for the token, and claims it once signed in as the same customer.
 */
import { useMutation } from '@tanstack/react-query';
import { callApi } from './client';

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
