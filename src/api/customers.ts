/** The signed-in customer's accounts. */
import { queryOptions } from '@tanstack/react-query';
import { callApi } from './client';
import { getLastCustomerId, getSession } from './session';

export const customerKeys = {
  all: ['customers'] as const,
  list: (customerId: string | null) => ['customers', customerId] as const,
};

/** Without a filter the token decides: every account of the person signed in (there may be several). */
export function getCustomers(signal?: AbortSignal) {
  return callApi('getCustomers', { query: {}, signal });
}

/**
 * Keyed by the session's customer, so another customer's sign-in never reads this entry. A
 * session that has just ended keeps its key: the page on screen reads the same entry until it
 * leaves, instead of asking the server again without a session. Disabled before any sign-in.
 */
export function customersQueryOptions(
  customerId: string | null = getSession()?.customerId ?? getLastCustomerId(),
) {
  return queryOptions({
    queryKey: customerKeys.list(customerId),
    queryFn: ({ signal }) => getCustomers(signal),
    enabled: customerId !== null,
  });
}
