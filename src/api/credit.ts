/**
 * The credit step. The SSN and date of birth go out once and are never kept: `useSubmitCredit`
 * is a sensitive mutation (see sensitive-mutation.ts), so neither React Query's mutation cache
 * nor the hook's result holds the request body after the call.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type RequestBody } from './client';
import { invalidateOrderDerived, orderKeys, writeOrderToCache } from './orders';
import { useSensitiveMutation } from './sensitive-mutation';

export function getCreditPolicy(orderId: string, signal?: AbortSignal) {
  return callApi('getCreditPolicy', { params: { id: orderId }, signal });
}

export function creditPolicyQueryOptions(orderId: string) {
  return queryOptions({
    queryKey: orderKeys.creditPolicy(orderId),
    queryFn: ({ signal }) => getCreditPolicy(orderId, signal),
  });
}

export function submitCredit(orderId: string, body: RequestBody<'submitCredit'>) {
  return callApi('submitCredit', { params: { id: orderId }, body });
}

/** Runs the credit check. The result has no `variables`; `mutate(body)` as usual. */
export function useSubmitCredit(orderId: string) {
  const queryClient = useQueryClient();
  return useSensitiveMutation({
    mutationFn: (body: RequestBody<'submitCredit'>) => submitCredit(orderId, body),
    // The order now carries a decision and the policy exists: refetch both.
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId), exact: true }),
        invalidateOrderDerived(queryClient, orderId),
      ]);
    },
  });
}

export function applyCreditPolicy(orderId: string, body: RequestBody<'applyCreditPolicy'>) {
  return callApi('applyCreditPolicy', { params: { id: orderId }, body });
}

export function useApplyCreditPolicy(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'applyCreditPolicy'>) => applyCreditPolicy(orderId, body),
    onSuccess: (order) => writeOrderToCache(queryClient, order),
  });
}
