/**
 * Sign-in, passkeys and sign-out. The one-time code, the password and the identifier are sent through
 * sensitive mutations, so they do not stay in React Query's mutation cache after the call.
 */
import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { callApi, type RequestBody } from './client';
import { useSensitiveMutation } from './sensitive-mutation';
import { getLastCustomerId, setSession } from './session';

export const authKeys = {
  all: ['auth'] as const,
  methods: () => ['auth', 'methods'] as const,
};

export function getAuthMethods(signal?: AbortSignal) {
  return callApi('getAuthMethods', { signal });
}

export function authMethodsQueryOptions() {
  return queryOptions({
    queryKey: authKeys.methods(),
    queryFn: ({ signal }) => getAuthMethods(signal),
    staleTime: 5 * 60_000,
  });
}

export function generateOtp(body: RequestBody<'generateOtp'>) {
  return callApi('generateOtp', { body });
}

/** Asks for a one-time code; `data` holds `expiresAt` and `resendAvailableAt` for the countdowns. */
export function useGenerateOtp() {
  return useSensitiveMutation({ mutationFn: generateOtp });
}

export function authenticate(body: RequestBody<'authenticate'>) {
  return callApi('authenticate', { body });
}

/**
 * Signs in and stores the session. Resolves with the customer and expiry only: the token lives in
 * session.ts and nowhere else (not in the mutation's `data`). Signing in as a different customer
 * than this page last held drops every cached query first, so nothing of theirs can show.
 */
export function useAuthenticate() {
  const queryClient = useQueryClient();
  return useSensitiveMutation({
    mutationFn: async (body: RequestBody<'authenticate'>) => {
      const session = await authenticate(body);
      const previous = getLastCustomerId();
      if (previous !== null && previous !== session.customerId) queryClient.getQueryCache().clear();
      setSession(session);
      return { customerId: session.customerId, expiresAt: session.expiresAt };
    },
  });
}

/** A single-use challenge for signing in with a passkey. */
export function getPasskeyChallenge() {
  return callApi('getPasskeyChallenge');
}

/** Options to create a passkey for the signed-in customer; lists the passkeys they already have. */
export function getPasskeyRegistrationOptions() {
  return callApi('getPasskeyRegistrationOptions');
}

export function registerPasskey(body: RequestBody<'registerPasskey'>) {
  return callApi('registerPasskey', { body });
}

export function signOut() {
  return callApi('signOut');
}
