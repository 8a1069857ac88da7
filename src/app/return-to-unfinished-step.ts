import type { QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router-dom';
import { isApiError } from '@/api/api-error';
import { offerKeys } from '@/api/offers';
import { orderQueryOptions } from '@/api/orders';

type Router = ReturnType<typeof createBrowserRouter>;

/**
 * An earlier step can come undone while the customer is on a later one (say, a plan sells out),
 * and the server then refuses the later step's writes with STEP_OUT_OF_ORDER. Whichever step
 * meets it, the order is read again and the loaders send the customer to the first unfinished
 * step, which says what happened, instead of leaving a retry that can only fail again. The
 * catalogue is read again too (later steps cache it for delivery prices), so that the cart
 * judges the lines against what is on sale now. Returns the unsubscribe function.
 */
export function returnToUnfinishedStep(queryClient: QueryClient, router: Router): () => void {
  return queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const { error } = event.action as { error: unknown };
    if (!isApiError(error) || error.code !== 'STEP_OUT_OF_ORDER') return;
    const orderId = router.state.matches.at(-1)?.params.orderId;
    if (!orderId) return;
    void Promise.all([
      queryClient.fetchQuery({ ...orderQueryOptions(orderId), staleTime: 0 }),
      queryClient.refetchQueries({ queryKey: offerKeys.all }),
    ])
      .then(() => router.revalidate())
      .catch(() => undefined);
  });
}
