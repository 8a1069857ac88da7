import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { openOrderStep } from '@/checkout/guards';

export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { navigation } = await openOrderStep(queryClient, 'number', args);
    return { navigation };
  };
}

export { NumberPage as Component } from './number-page';
