import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { customersQueryOptions } from '@/api/customers';
import { openDraftStep } from '@/checkout/guards';

/** `/account`: for a signed-in customer; the page shows their accounts, loaded here. */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { navigation } = openDraftStep('account', args);
    await queryClient.ensureQueryData(customersQueryOptions());
    return { navigation };
  };
}

export { AccountPage as Component } from './account-page';
