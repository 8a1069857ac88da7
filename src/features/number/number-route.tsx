import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { openOrderStep } from '@/checkout/guards';

/**
 * The guard reads the order, the step's only data. The number searches follow what the customer
 * types, so each line runs its own.
 */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { navigation } = await openOrderStep(queryClient, 'number', args);
    return { navigation };
  };
}

export { NumberPage as Component } from './number-page';
