import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { agreementsQueryOptions } from '@/api/fulfillment';
import { openOrderStep } from '@/checkout/guards';
import { language } from '@/i18n';

/** The page reads the order (what was accepted before) and the agreements in today's language. */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { order, navigation } = await openOrderStep(queryClient, 'terms', args);
    await queryClient.ensureQueryData(agreementsQueryOptions(order.id, language.get()));
    return { navigation };
  };
}

export { TermsPage as Component } from './terms-page';
