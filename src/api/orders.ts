/**
 * Orders: the key factory every order-derived query lives under, the order and validation reads,
 * and the cart and submit mutations. Mutations that answer with an Order write it into the cache
 * and invalidate what is derived from it (validation, credit policy, agreements, number searches).
 */
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { callApi, type RequestBody } from './client';
import type { NumberSearchRequest, Order } from './contract/schemas';
import { browserSessionStorage } from '@/lib/storage';

export const orderKeys = {
  all: ['order'] as const,
  detail: (orderId: string) => ['order', orderId] as const,
  validation: (orderId: string) => ['order', orderId, 'validation'] as const,
  /** Without a language: the prefix of every language's agreements. */
  agreements: (orderId: string, language?: string) =>
    language === undefined
      ? (['order', orderId, 'agreements'] as const)
      : (['order', orderId, 'agreements', language] as const),
  creditPolicy: (orderId: string) => ['order', orderId, 'credit-policy'] as const,
  /** The order's latest hand-off, as the device that opened it sees it (handoff.ts). */
  handoff: (orderId: string) => ['order', orderId, 'handoff'] as const,
  /** Without a search: the prefix of every number search of the order. */
  numberSearch: (orderId: string, search?: NumberSearchRequest) =>
    search === undefined
      ? (['order', orderId, 'numbers'] as const)
      : (['order', orderId, 'numbers', search] as const),
};

/** Refetches (when observed) every query derived from the order, but not the order itself. */
export function invalidateOrderDerived(queryClient: QueryClient, orderId: string) {
  return queryClient.invalidateQueries({
    queryKey: orderKeys.detail(orderId),
    predicate: (query) => query.queryKey.length > orderKeys.detail(orderId).length,
  });
}

/** Puts an Order the server just answered with into the cache and marks its derived reads stale. */
export function writeOrderToCache(queryClient: QueryClient, order: Order) {
  queryClient.setQueryData(orderKeys.detail(order.id), order);
  return invalidateOrderDerived(queryClient, order.id);
}

// ---------------------------------------------------------------- reads

export function getOrder(orderId: string, signal?: AbortSignal) {
  return callApi('getOrder', { params: { id: orderId }, signal });
}

export function orderQueryOptions(orderId: string) {
  return queryOptions({
    queryKey: orderKeys.detail(orderId),
    queryFn: ({ signal }) => getOrder(orderId, signal),
  });
}

export function validateOrder(orderId: string, signal?: AbortSignal) {
  return callApi('validateOrder', { params: { id: orderId }, signal });
}

export function validationQueryOptions(orderId: string) {
  return queryOptions({
    queryKey: orderKeys.validation(orderId),
    queryFn: ({ signal }) => validateOrder(orderId, signal),
    // The review page must judge the order as it is now.
    staleTime: 0,
  });
}

// ---------------------------------------------------------------- cart

export function createOrder(body: RequestBody<'createOrder'>) {
  return callApi('createOrder', { body });
}

export function useCreateOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrder,
    onSuccess: (order) => writeOrderToCache(queryClient, order),
  });
}

export function replaceLines(orderId: string, body: RequestBody<'replaceLines'>) {
  return callApi('replaceLines', { params: { id: orderId }, body });
}

export function useReplaceLines(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'replaceLines'>) => replaceLines(orderId, body),
    onSuccess: (order) => writeOrderToCache(queryClient, order),
  });
}

// ---------------------------------------------------------------- submit

export const SUBMIT_KEY_PREFIX = 'checkout.submit-key.';

// Fallback when sessionStorage is unavailable: the key then survives retries but not a reload.
const memoryKeys = new Map<string, string>();

/**
 * The Idempotency-Key of the order's current submission: created on first use, then reused by
 * every retry of it, also after a reload (sessionStorage), until the submission is settled.
 */
export function getSubmitKey(orderId: string): string {
  const storageKey = SUBMIT_KEY_PREFIX + orderId;
  const storage = browserSessionStorage();
  const existing = storage?.getItem(storageKey) ?? memoryKeys.get(storageKey);
  if (existing) return existing;
  const key = crypto.randomUUID();
  try {
    storage?.setItem(storageKey, key);
  } catch {
    // Quota or disabled storage: memory still covers retries within this page.
  }
  memoryKeys.set(storageKey, key);
  return key;
}

export function clearSubmitKey(orderId: string): void {
  const storageKey = SUBMIT_KEY_PREFIX + orderId;
  browserSessionStorage()?.removeItem(storageKey);
  memoryKeys.delete(storageKey);
}

/** Forgets every submission key (sign-out). */
export function clearAllSubmitKeys(): void {
  const storage = browserSessionStorage();
  if (storage) {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
    for (const key of keys) if (key?.startsWith(SUBMIT_KEY_PREFIX)) storage.removeItem(key);
  }
  memoryKeys.clear();
}

/**
 * True when the server gave a definitive "no" that a new submission may follow: 4xx except
 * 409 (possibly the same key still in flight, or already submitted), 408 and 429. Any other
 * failure (no answer, timeout, 5xx, an unreadable 2xx) leaves the outcome unknown, so the next
 * attempt must reuse the key and let the server return the first result.
 */
function isDefinitiveRefusal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 409 && status !== 429;
}

export function submitOrder(orderId: string, idempotencyKey: string) {
  return callApi('submitOrder', { body: { orderId }, idempotencyKey });
}

/**
 * Places the order: `mutate()` takes no arguments. Pressing the button twice, retrying after a
 * failure or reloading the page all send the same Idempotency-Key, so the server makes one order.
 */
export function useSubmitOrder(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitOrder(orderId, getSubmitKey(orderId)),
    onSuccess: (order) => {
      clearSubmitKey(orderId);
      return writeOrderToCache(queryClient, order);
    },
    onError: (error) => {
      if (isDefinitiveRefusal(error.status)) clearSubmitKey(orderId);
    },
  });
}
