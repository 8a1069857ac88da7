import type { LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { orderQueryOptions } from '@/api/orders';
import { CannotFinishOnline } from '@/checkout/cannot-finish-online';
import { openOrderHelp } from '@/checkout/guards';

/** `/orders/:orderId/help`: the loader lets only an order this app cannot finish through. */
export function createLoader(queryClient: QueryClient) {
  return async (args: LoaderFunctionArgs) => {
    await openOrderHelp(queryClient, args);
    return null;
  };
}

export function Component() {
  const { orderId = '' } = useParams();
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));
  return <CannotFinishOnline orderId={orderId} creditReference={order.credit?.referenceId} />;
}
