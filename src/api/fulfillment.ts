/** Shipping, E911, SIM type and the accepted agreements (all on the order's fulfillment). */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type RequestBody } from './client';
import { orderKeys, writeOrderToCache } from './orders';

export function createFulfillment(orderId: string, body: RequestBody<'createFulfillment'>) {
  return callApi('createFulfillment', { params: { id: orderId }, body });
}

export function useCreateFulfillment(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'createFulfillment'>) => createFulfillment(orderId, body),
    onSuccess: (order) => writeOrderToCache(queryClient, order),
  });
}

export function updateFulfillment(orderId: string, body: RequestBody<'updateFulfillment'>) {
  return callApi('updateFulfillment', { params: { id: orderId }, body });
}

/** Changes fulfillment details, or records accepted agreements (`{ agreements: [...] }`). */
export function useUpdateFulfillment(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'updateFulfillment'>) => updateFulfillment(orderId, body),
    onSuccess: (order) => writeOrderToCache(queryClient, order),
  });
}

export function getAgreements(orderId: string, language: string, signal?: AbortSignal) {
  return callApi('getAgreements', {
    params: { id: orderId },
    headers: { 'Accept-Language': language },
    signal,
  });
}

/** The agreements in `language`; the key carries the language so each one is cached apart. */
export function agreementsQueryOptions(orderId: string, language: string) {
  return queryOptions({
    queryKey: orderKeys.agreements(orderId, language),
    queryFn: ({ signal }) => getAgreements(orderId, language, signal),
  });
}
