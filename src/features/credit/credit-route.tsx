import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { creditPolicyQueryOptions } from '@/api/credit';
import { customersQueryOptions } from '@/api/customers';
import { openOrderStep } from '@/checkout/guards';
import { CreditPage } from './credit-page';

/**
 * Before a decision the page is the form, prefilled from the account; once the order has one,
 * the decision with its policy. The page runs this again after the check to move on to it.
 */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { order, navigation } = await openOrderStep(queryClient, 'credit', args);
    const decided = Boolean(order.credit);
    if (decided) await queryClient.ensureQueryData(creditPolicyQueryOptions(order.id));
    else await queryClient.ensureQueryData(customersQueryOptions());
    return { navigation, decided };
  };
}

export function Component() {
  const { decided } = useLoaderData<ReturnType<typeof createLoader>>();
  return <CreditPage decided={decided} />;
}
