/** The signed-in customer's accounts. */
import { queryOptions } from '@tanstack/react-query';
import { callApi } from './client';
import { getSession } from './session';

export const customerKeys = {
  all: ['customers'] as const,
  list: (customerId: string | null) => ['customers', customerId] as const,
};

export function getCustomers(customerId: string | null, signal?: AbortSignal) {
  return callApi('getCustomers', { query: customerId ? { customerId } : {}, signal });
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
    queryFn: ({ signal }) => getCustomers(customerId, signal),
    enabled: customerId !== null,
  });
}
