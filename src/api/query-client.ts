import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError, type ApiError } from './api-error';

// Everything the API layer throws is an ApiError (see client.ts), so hooks type `error` as one.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

export const MAX_QUERY_RETRIES = 2;

/**
 * Automatic retries for reads: up to twice, only for failures that may pass unchanged
 * (`retryable`) and never for a 4xx: a 429 waits for the user (and `retryAt`), not for a loop.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES || !isApiError(error) || !error.retryable) return false;
  return !(error.status >= 400 && error.status < 500);
}

export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      ...overrides,
      queries: {
        retry: shouldRetryQuery,
        // Order data changes only through this app's own mutations, which write the cache.
        staleTime: 30_000,
        throwOnError: false,
        // Offline (as the browser says), calls wait and go out when the connection returns;
        // the offline banner says so. A call that fails while "online" still gets a retry.
        networkMode: 'online',
        ...overrides.queries,
      },
      mutations: {
        // Writes are never retried automatically; the order submit retries only with its key.
        retry: false,
        throwOnError: false,
        networkMode: 'online',
        ...overrides.mutations,
      },
    },
  });
}
