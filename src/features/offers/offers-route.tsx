import { useLoaderData, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { offersQueryOptions } from '@/api/offers';
import { orderQueryOptions } from '@/api/orders';
import { openDraftStep } from '@/checkout/guards';
import { stepNavigation } from '@/checkout/navigation';
import { ORDER_PARAM, changePath, stepPath } from '@/checkout/paths';
import { language } from '@/i18n';
import { OffersPage } from './offers-page';
import type { ExistingOrder } from './order-offers';

/** `?order=<id>` adds lines to that order; back in its cart, Continue still returns to review. */
function existingOrderOf(request: Request): ExistingOrder | null {
  const orderId = new URL(request.url).searchParams.get(ORDER_PARAM);
  if (!orderId) return null;
  const { backToReview } = stepNavigation('cart', orderId, request);
  return {
    orderId,
    cartPath: backToReview ? changePath('cart', orderId) : stepPath('cart', orderId),
  };
}

/** `/offers`: the catalogue in the current language, and the order that lines are added to. */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    const { navigation } = openDraftStep('offers', args);
    const existingOrder = existingOrderOf(args.request);
    await Promise.all([
      queryClient.ensureQueryData(offersQueryOptions(language.get())),
      existingOrder && queryClient.ensureQueryData(orderQueryOptions(existingOrder.orderId)),
    ]);
    return { navigation, existingOrder };
  };
}

export function Component() {
  const { existingOrder } = useLoaderData<ReturnType<typeof createLoader>>();
  return <OffersPage existingOrder={existingOrder} />;
}
