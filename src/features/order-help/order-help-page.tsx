import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { orderQueryOptions } from '@/api/orders';
import { CannotFinishOnline } from './cannot-finish-online';

/** `/orders/:orderId/help`: the loader lets only an order this app cannot finish through. */
export function OrderHelpPage() {
  const { orderId = '' } = useParams();
  // In the cache: the loader has just read it.
  const order = useQuery(orderQueryOptions(orderId));
  return <CannotFinishOnline orderId={orderId} creditReference={order.data?.credit?.referenceId} />;
}
