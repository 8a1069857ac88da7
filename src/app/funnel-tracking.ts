/**
 * Reports the checkout's funnel from the layout around every page: the first step shown, each
 * step shown, each step left for a later one (with the time spent on it), and each failure on a
 * step (the API's code, or the names of the fields a form refused).
 */
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { track } from '@/analytics/track';
import { failureCode, formField } from '@/analytics/vocabulary';
import { isApiError } from '@/api/api-error';
import type { KnownStepId } from '@/api/contract/schemas';
import { stepIndex } from '@/checkout/paths';
import { refusedSubmits } from '@/components/ui/form';

let started = false;

/** `step`: the step on screen, if any; `placed`: the confirmation of a placed order is. */
export function useFunnelTracking(step: KnownStepId | undefined, placed: boolean): void {
  const queryClient = useQueryClient();
  const shown = useRef<{ step: KnownStepId; since: number } | null>(null);

  useEffect(() => {
    const previous = shown.current;
    if (!step && !placed) return;
    if (previous && previous.step === step) return;
    if (previous && (placed || (step && stepIndex(step) > stepIndex(previous.step)))) {
      const durationMs = Math.round(performance.now() - previous.since);
      track({ name: 'step_completed', step: previous.step, durationMs });
    }
    shown.current = null;
    if (!step) return;
    if (!started) track({ name: 'checkout_started', step });
    started = true;
    track({ name: 'step_viewed', step });
    shown.current = { step, since: performance.now() };
  }, [step, placed]);

  useEffect(() => {
    const failed = (
      failure: { kind: 'api'; code: string } | { kind: 'form'; fields: string[] },
    ) => {
      const current = shown.current?.step;
      if (!current) return;
      track({
        name: 'step_failed',
        step: current,
        failure:
          failure.kind === 'api'
            ? { kind: 'api', code: failureCode(failure.code) }
            : { kind: 'form', fields: [...new Set(failure.fields.map(formField))] },
      });
    };
    const stopForms = refusedSubmits.listen((fields) => {
      if (fields.length > 0) failed({ kind: 'form', fields: [...fields] });
    });
    const stopCalls = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      const error: unknown = event.action.error;
      if (isApiError(error) && error.code !== 'ABORTED') failed({ kind: 'api', code: error.code });
    });
    return () => {
      stopForms();
      stopCalls();
    };
  }, [queryClient]);
}
