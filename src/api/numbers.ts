/** Phone numbers: search (a POST used as a read), reserve or renew a hold. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, type RequestBody } from './client';
import { orderKeys, writeOrderToCache } from './orders';

/** One line's search: by area code or by ZIP code, never both. */
export type NumberSearch =
  | { lineId: string; areaCode: string; zip?: undefined }
  | { lineId: string; zip: string; areaCode?: undefined };

export function searchNumbers(orderId: string, search: NumberSearch, signal?: AbortSignal) {
  return callApi('searchNumbers', { params: { id: orderId }, body: search, signal });
}

export function numberSearchQueryOptions(orderId: string, search: NumberSearch) {
  // Only the fields that mean something, so equal searches share one cache entry.
  const criteria =
    search.areaCode === undefined
      ? { lineId: search.lineId, zip: search.zip }
      : { lineId: search.lineId, areaCode: search.areaCode };
  return queryOptions({
    queryKey: orderKeys.numberSearch(orderId, criteria),
    queryFn: ({ signal }) => searchNumbers(orderId, search, signal),
    // Numbers come and go as other customers reserve them.
    staleTime: 0,
  });
}

export function reserveNumber(orderId: string, body: RequestBody<'reserveNumber'>) {
  return callApi('reserveNumber', { params: { id: orderId }, body });
}

/** Reserves a number for a line; reserving the line's own number again renews its hold. */
export function useReserveNumber(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'reserveNumber'>) => reserveNumber(orderId, body),
    onSuccess: (order) => writeOrderToCache(queryClient, order),
    onError: async (error) => {
      // Taken meanwhile or hold expired: the searches and the order's holds are out of date.
      if (error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId) });
      }
    },
  });
}

/** Gives a line's held number back, e.g. when a kiosk session is wiped. */
export function releaseNumber(orderId: string, body: RequestBody<'releaseNumber'>) {
  return callApi('releaseNumber', { params: { id: orderId }, body });
}
