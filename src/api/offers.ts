/** The catalogue: plans, devices, bundles and promotions, in the asked language. */
import { queryOptions } from '@tanstack/react-query';
import { callApi } from './client';

export const offerKeys = {
  all: ['offers'] as const,
  list: (language: string) => ['offers', language] as const,
};

export function getOffers(language: string, signal?: AbortSignal) {
  return callApi('getOffers', { headers: { 'Accept-Language': language }, signal });
}

export function offersQueryOptions(language: string) {
  return queryOptions({
    queryKey: offerKeys.list(language),
    queryFn: ({ signal }) => getOffers(language, signal),
    staleTime: 5 * 60_000,
  });
}
