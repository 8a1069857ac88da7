import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { customersQueryOptions } from '@/api/customers';
import { offersQueryOptions } from '@/api/offers';
import { openOrderStep } from '@/checkout/guards';
import { language } from '@/i18n';
import { needsAccount } from './shipping-page';

/** The guard reads the order; the delivery options come with the offers. */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { order, navigation } = await openOrderStep(queryClient, 'shipping', args);
    await Promise.all([
      queryClient.ensureQueryData(offersQueryOptions(language.get())),
      needsAccount(order) ? queryClient.ensureQueryData(customersQueryOptions()) : undefined,
    ]);
    return { navigation };
  };
}

export { ShippingPage as Component } from './shipping-page';
