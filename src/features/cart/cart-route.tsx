import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { creditPolicyQueryOptions } from '@/api/credit';
import { offersQueryOptions } from '@/api/offers';
import { openDraftStep, openOrderStep } from '@/checkout/guards';
import { language } from '@/i18n';

/**
 * `/cart` edits the lines of the order-to-be, priced from the offers; `/orders/:orderId/cart`
 * those of the order, and shows the lines its credit approval allows once a policy applies.
 */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const offers = offersQueryOptions(language.get());
    if (!args.params.orderId) {
      const { navigation } = openDraftStep('cart', args);
      await queryClient.ensureQueryData(offers);
      return { navigation };
    }
    const { order, navigation } = await openOrderStep(queryClient, 'cart', args);
    await Promise.all([
      queryClient.ensureQueryData(offers),
      order.credit?.policyApplied &&
        queryClient.ensureQueryData(creditPolicyQueryOptions(order.id)),
    ]);
    return { navigation };
  };
}

export { CartPage as Component } from './cart-page';
