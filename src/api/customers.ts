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

/**
 * Every account of the person signed in (no filter: the token decides). One sign-in can own
 * several accounts, and the account step lets the customer choose among them, which the
 * customer-filtered `customersQueryOptions` cannot show. Keyed under the session's customer.
 */
export function accountsQueryOptions(customerId: string | null = getSession()?.customerId ?? null) {
  return queryOptions({
    queryKey: [...customerKeys.list(customerId), 'all'] as const,
    queryFn: ({ signal }) => getCustomers(null, signal),
    enabled: customerId !== null,
  });
}
