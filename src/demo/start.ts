/**
 * The demo tools, loaded only when the mock backend is on (see main.tsx): the scenario from
 * `?scenario=`, the API timeline, and the panel in a React root of its own.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoPanel } from './demo-panel';
import { applyScenarioFromUrl, scenarioStatus } from './scenario-control';
import { recordFetches, recordWorkerEvents, type WorkerEvents } from './timeline';

/** `workerEvents`: the browser mock's; null when `npm run mock:server` answers instead. */
export async function startDemo(workerEvents: WorkerEvents | null): Promise<void> {
  if (workerEvents) recordWorkerEvents(workerEvents);
  else recordFetches(window);
  await applyScenarioFromUrl();

  const container = document.createElement('div');
  container.id = 'demo-root';
  document.body.append(container);
  // A name that matches no scenario is explained at once, in the panel.
  const initiallyOpen = scenarioStatus.get().unknown.length > 0;
  createRoot(container).render(createElement(DemoPanel, { initiallyOpen }));
}
