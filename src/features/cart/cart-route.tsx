import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { openDraftStep, openOrderStep } from '@/checkout/guards';

/** `/cart` edits the lines of the order-to-be; `/orders/:orderId/cart` those of the order. */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { navigation } = args.params.orderId
      ? await openOrderStep(queryClient, 'cart', args)
      : openDraftStep('cart', args);
    return { navigation };
  };
}

export { CartPage as Component } from './cart-page';
