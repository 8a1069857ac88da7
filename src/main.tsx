import '@/config/zod';
import { StrictMode, startTransition } from 'react';
import { createQueryClient } from '@/api/query-client';
import { App } from '@/app/app';
import { createRouter } from '@/app/router';
import { startKioskMode } from '@/config/kiosk-mode';
import { adoptPaintedShell } from '@/app/shell/initial-shell';
import '@/app/styles.css';
import { setApiLanguage } from '@/api/client';
import { language } from '@/i18n';
import { startLanguage } from '@/i18n/language-choice';
import { nextTask } from '@/lib/next-task';
import { whenIdle } from '@/lib/when-idle';
import { loadWhenOnline } from '@/lib/load-when-online';

async function start() {
  // Spanish texts load while the mock starts.
  const languageReady = startLanguage();
  // A literal comparison, so a production build drops the mock and its import entirely.
  if (import.meta.env.VITE_API_MOCKING === 'true') {
    const { startMocking } = await import('./mocks/browser');
    // Requests made before the worker is ready would escape to the network.
    const workerEvents = await startMocking();
    // The demo panel and `?scenario=`: the scenario applies before the app's first call.
    const { startDemo } = await import('./demo/start');
    await startDemo(workerEvents);
  }
  startKioskMode();
  await languageReady;
  language.subscribe(setApiLanguage);
  // The modules' evaluation, the router's first match and the first render are each a long task
  // on a phone's CPU: each gets a task of its own, so the painted shell stays responsive between.
  await nextTask();
  const queryClient = createQueryClient();
  const router = createRouter(queryClient);
  await nextTask();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // The renderer's code runs its set-up when first imported, a long task of its own: imported
  // here rather than with the other modules, it no longer adds to their evaluation.
  const { createRoot } = await import('react-dom/client');
  await nextTask();
  adoptPaintedShell(root);
  const reactRoot = createRoot(root);
  // A transition renders in slices that yield to the browser.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
  // The funnel is reported and sent once the page is interactive, where it is counted at all: in
  // demos to the mock's collector (which the demo starts), else through the adapters.
  const mocking = import.meta.env.VITE_API_MOCKING === 'true';
  const collectorUrl = import.meta.env.VITE_ANALYTICS_URL as string | undefined;
  if (__FUNNEL_COUNTED__) {
    whenIdle(() => {
      loadWhenOnline(
        () => import('@/app/funnel-tracking'),
        ({ trackFunnel }) => trackFunnel(router, queryClient),
      );
      if (!mocking) {
        loadWhenOnline(
          () => import('@/analytics/start'),
          ({ startFunnelAnalytics }) => startFunnelAnalytics(collectorUrl),
        );
      }
    }, 5_000);
  }
}

void start();
