import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { openConfirmation } from '@/checkout/guards';

/** `/orders/:orderId/confirmation`: the guard lets a placed order only, and has read it. */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    await openConfirmation(queryClient, args);
    return null;
  };
}

export { ConfirmationPage as Component } from './confirmation-page';
