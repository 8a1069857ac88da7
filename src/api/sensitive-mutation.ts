/**
 * Mutations whose variables are secrets (SSN and date of birth, one-time code, password).
 *
 * React Query keeps a mutation's `variables` in its state, in the MutationCache and in every
 * `useMutation` result until the mutation is garbage-collected. Here the secret never becomes the
 * variables: `mutate(body)` wraps it in a one-shot envelope, the mutation function opens it once
 * (which empties it) and sends it, so what the cache retains afterwards is an empty envelope.
 * `gcTime: 0` then drops the mutation itself as soon as no component observes it, and there is
 * no `mutationKey`, so `useMutationState` cannot find it by key. The result has no `variables`.
 */
import { useCallback } from 'react';
import { useMutation, type MutateOptions, type UseMutationResult } from '@tanstack/react-query';
import type { ApiError } from './api-error';

/** A value that can be read exactly once; afterwards nothing holds it. */
export interface Sealed<T> {
  open(): T;
}

export function seal<T>(value: T): Sealed<T> {
  let box: { value: T } | null = { value };
  return {
    open() {
      if (!box) throw new TypeError('A sealed value can be opened only once.');
      const opened = box.value;
      box = null;
      return opened;
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type SensitiveMutationResult<TData, TVariables> = DistributiveOmit<
  UseMutationResult<TData, ApiError, Sealed<TVariables>>,
  'mutate' | 'mutateAsync' | 'variables'
> & {
  mutate: (
    variables: TVariables,
    options?: MutateOptions<TData, ApiError, Sealed<TVariables>>,
  ) => void;
  mutateAsync: (
    variables: TVariables,
    options?: MutateOptions<TData, ApiError, Sealed<TVariables>>,
  ) => Promise<TData>;
};

export interface SensitiveMutationOptions<TData, TVariables> {
  mutationFn: (variables: TVariables) => Promise<TData>;
  onSuccess?: (data: TData) => unknown;
  onError?: (error: ApiError) => unknown;
}

export function useSensitiveMutation<TData, TVariables>(
  options: SensitiveMutationOptions<TData, TVariables>,
): SensitiveMutationResult<TData, TVariables> {
  const { mutationFn, onSuccess, onError } = options;
  const {
    mutate,
    mutateAsync,
    variables: _sealed,
    ...state
  } = useMutation<TData, ApiError, Sealed<TVariables>>({
    mutationFn: (sealed) => mutationFn(sealed.open()),
    onSuccess: (data) => onSuccess?.(data),
    onError: (error) => onError?.(error),
    gcTime: 0,
    // A retry would find the envelope empty; secrets are sent once per user action.
    retry: false,
  });
  const sealedMutate = useCallback(
    (variables: TVariables, mutateOptions?: MutateOptions<TData, ApiError, Sealed<TVariables>>) =>
      mutate(seal(variables), mutateOptions),
    [mutate],
  );
  const sealedMutateAsync = useCallback(
    (variables: TVariables, mutateOptions?: MutateOptions<TData, ApiError, Sealed<TVariables>>) =>
      mutateAsync(seal(variables), mutateOptions),
    [mutateAsync],
  );
  return { ...state, mutate: sealedMutate, mutateAsync: sealedMutateAsync };
}
