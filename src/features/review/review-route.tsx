import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { openOrderStep } from '@/checkout/guards';

export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { navigation } = await openOrderStep(queryClient, 'review', args);
    return { navigation };
  };
}

export { ReviewPage as Component } from './review-page';
