import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { customersQueryOptions } from '@/api/customers';
import { offersQueryOptions } from '@/api/offers';
import { openOrderStep } from '@/checkout/guards';
import { language } from '@/i18n';

/**
 * The guard reads the order; the delivery options come with the offers; the accounts give the
 * service address the form starts from until delivery details exist.
 */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { navigation } = await openOrderStep(queryClient, 'shipping', args);
    await Promise.all([
      queryClient.ensureQueryData(offersQueryOptions(language.get())),
      queryClient.ensureQueryData(customersQueryOptions()),
    ]);
    return { navigation };
  };
}

export { ShippingPage as Component } from './shipping-page';
