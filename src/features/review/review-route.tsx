import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { customersQueryOptions } from '@/api/customers';
import { agreementsQueryOptions } from '@/api/fulfillment';
import { validationQueryOptions } from '@/api/orders';
import { openOrderStep } from '@/checkout/guards';
import { language } from '@/i18n';

export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { order, navigation } = await openOrderStep(queryClient, 'review', args);
    await Promise.all([
      queryClient.ensureQueryData(customersQueryOptions()),
      queryClient.ensureQueryData(agreementsQueryOptions(order.id, language.get())),
      // Judged again on every visit (its staleTime is 0): a verdict from the cache may be out of
      // date (an answer changed since, a hold run out), and ensureQueryData would take it as is.
      queryClient.fetchQuery(validationQueryOptions(order.id)),
    ]);
    return { navigation };
  };
}

export { ReviewPage as Component } from './review-page';
