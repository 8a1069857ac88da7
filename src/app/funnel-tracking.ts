/**
 * Reports the checkout's funnel from outside the pages, so none of it is first-load code: the
 * first step shown, each step shown, each step left for a later one or for the placed order's
 * confirmation (with the time spent on it), and each failure on a step (the API's code, or the
 * names of the fields a form refused, never their values).
 */
import type { QueryClient } from '@tanstack/react-query';
import { matchPath, type createBrowserRouter } from 'react-router-dom';
import { setStepOnScreen, track } from '@/analytics/track';
import { failureCode, formField } from '@/analytics/vocabulary';
import { isApiError } from '@/api/api-error';
import type { KnownStepId } from '@/api/contract/schemas';
import { stepIndex } from '@/checkout/paths';
import { refusedSubmits } from '@/components/ui/form';
import type { RouteHandle } from './route-handle';

type Router = ReturnType<typeof createBrowserRouter>;
type RouterState = Router['state'];

function stepOf(state: RouterState): KnownStepId | undefined {
  for (const match of [...state.matches].reverse()) {
    const handle = match.route.handle as RouteHandle | undefined;
    if (handle?.step) return handle.step;
  }
  return undefined;
}

const onConfirmation = (state: RouterState) =>
  matchPath('/orders/:orderId/confirmation', state.location.pathname) !== null;

/** Starts reporting; returns the function that stops it. */
export function trackFunnel(router: Router, queryClient: QueryClient): () => void {
  let shown: { step: KnownStepId; since: number } | null = null;
  let started = false;

  const show = (state: RouterState) => {
    if (state.navigation.state !== 'idle') return;
    const step = stepOf(state);
    if (shown?.step === step) return;
    const left = shown && (step ? stepIndex(step) > stepIndex(shown.step) : onConfirmation(state));
    if (shown && left) {
      track({
        name: 'step_completed',
        step: shown.step,
        durationMs: Math.round(performance.now() - shown.since),
      });
    }
    shown = null;
    setStepOnScreen(step ?? null);
    if (!step) return;
    if (!started) track({ name: 'checkout_started', step });
    started = true;
    track({ name: 'step_viewed', step });
    shown = { step, since: performance.now() };
  };

  const failed = (failure: { kind: 'api'; code: string } | { kind: 'form'; fields: string[] }) => {
    if (!shown) return;
    track({
      name: 'step_failed',
      step: shown.step,
      failure:
        failure.kind === 'api'
          ? { kind: 'api', code: failureCode(failure.code) }
          : { kind: 'form', fields: [...new Set(failure.fields.map(formField))] },
    });
  };

  show(router.state);
  const stopRouter = router.subscribe(show);
  const stopForms = refusedSubmits.listen((fields) => {
    if (fields.length > 0) failed({ kind: 'form', fields: [...fields] });
  });
  const stopCalls = queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const error: unknown = event.action.error;
    if (isApiError(error) && error.code !== 'ABORTED') failed({ kind: 'api', code: error.code });
  });
  return () => {
    stopRouter();
    stopForms();
    stopCalls();
  };
}
