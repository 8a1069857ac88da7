/**
 * The demo tools, loaded only when the mock backend is on (see main.tsx): the scenario from
 * `?scenario=` and the API timeline before the app starts, then the panel in a React root of
 * its own, loaded without holding up the app's first render.
 */
import { setDemoScenarios } from '@/analytics/track';
import { env } from '@/config/env';
import { loadWhenOnline } from '@/lib/load-when-online';
import { applyScenarioFromUrl, scenarioStatus } from './scenario-control';
import { recordFetches, recordWorkerEvents, type WorkerEvents } from './timeline';

async function mountPanel(): Promise<void> {
  const [{ createElement }, { createRoot }, { DemoPanel }] = await Promise.all([
    import('react'),
    import('react-dom/client'),
    import('./demo-panel'),
  ]);
  const container = document.createElement('div');
  container.id = 'demo-root';
  document.body.append(container);
  // A name that matches no scenario is explained at once, in the panel.
  const initiallyOpen = scenarioStatus.get().unknown.length > 0;
  createRoot(container).render(createElement(DemoPanel, { initiallyOpen }));
}

/** `workerEvents`: the browser mock's; null when `npm run mock:server` answers instead. */
export async function startDemo(workerEvents: WorkerEvents | null): Promise<void> {
  if (workerEvents) recordWorkerEvents(workerEvents);
  else recordFetches(window);
  // Every funnel event names the scenarios on at the time.
  scenarioStatus.subscribe(({ active }) => setDemoScenarios(active));
  await applyScenarioFromUrl();
  // The funnel goes to the mock's collector, where the panel's chart reads it, event by event:
  // the chart is never behind, and the in-browser mock answers as the page does.
  loadWhenOnline(
    () => import('@/analytics/start'),
    ({ startFunnelAnalytics }) =>
      startFunnelAnalytics(`${env.VITE_API_BASE_URL}/__mock/analytics`, {
        beacon: workerEvents === null,
        batchSize: 1,
      }),
  );
  void mountPanel();
}
