/**
 * While the customer fills a step, load the next step's code and, where the order's state
 * already allows it, the next step's data, so that moving on feels instant.
 */
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { KnownStepId, Order } from '@/api/contract/schemas';
import { agreementsQueryOptions } from '@/api/fulfillment';
import { orderQueryOptions } from '@/api/orders';
import { useSession } from '@/api/session';
import { STEP_IDS, isKnownStep, stepIndex } from '@/checkout/paths';
import { language, useStore } from '@/i18n';
import { whenIdle } from '@/lib/when-idle';
import { prefetchStepCode, type PageId } from './step-routes';

export function nextPage(step: KnownStepId): PageId {
  return STEP_IDS[stepIndex(step) + 1] ?? 'confirmation';
}

/**
 * True once the server's `nextStep` has reached `step`: its endpoints then answer for this order.
 * A step this app does not know says nothing about where the order is: no prefetch then.
 */
function orderReadyFor(order: Order | undefined, step: KnownStepId): boolean {
  return (
    order !== undefined &&
    isKnownStep(order.nextStep) &&
    stepIndex(order.nextStep) >= stepIndex(step)
  );
}

export function usePrefetchNextStep(step: KnownStepId | undefined, orderId: string | undefined) {
  const queryClient = useQueryClient();
  const lang = useStore(language);
  // Not once the session has ended: the page may stay a moment longer (a kiosk wipe, Done) while
  // its cached answers are dropped, and reading the order again then could only be refused.
  const signedIn = useSession() !== null;
  const { data: order } = useQuery({
    ...orderQueryOptions(orderId ?? ''),
    enabled: orderId !== undefined && signedIn,
  });
  const next = step && nextPage(step);

  useEffect(() => {
    if (next) return whenIdle(() => prefetchStepCode(next));
  }, [next]);

  useEffect(() => {
    // Not the catalogue on the account step: the carrier's sequence reads the customer first.
    // The agreements depend on the order's lines, which are settled once the number is chosen.
    if (next === 'terms' && orderId && orderReadyFor(order, 'terms')) {
      void queryClient.prefetchQuery(agreementsQueryOptions(orderId, lang));
    }
  }, [next, orderId, order, lang, queryClient]);
}
