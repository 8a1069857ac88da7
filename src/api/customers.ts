/** The signed-in customer's accounts. */
import { queryOptions } from '@tanstack/react-query';
import { callApi } from './client';
import { getSession } from './session';

export const customerKeys = {
  all: ['customers'] as const,
  list: (customerId: string | null) => ['customers', customerId] as const,
};

/** Without a filter the token decides: every account of the person signed in (there may be several). */
export function getCustomers(signal?: AbortSignal) {
  return callApi('getCustomers', { query: {}, signal });
}

/**
 * Keyed by the session's customer, so another customer's sign-in never reads this entry.
 * Disabled without a session (a loader's `ensureQueryData` should redirect to sign-in first).
 */
export function customersQueryOptions(
  customerId: string | null = getSession()?.customerId ?? null,
) {
  return queryOptions({
    queryKey: customerKeys.list(customerId),
    queryFn: ({ signal }) => getCustomers(signal),
    enabled: customerId !== null,
  });
}
