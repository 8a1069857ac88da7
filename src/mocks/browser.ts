import '@/config/zod';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { latencyFromEnv } from './latency';
import { persistToStorage, restoreFromStorage } from './persistence';
import { mockRuntime } from './runtime';
import { allowMockServiceWorker, MOCK_SERVICE_WORKER_URL } from './trusted-types';

/**
 * Starts the service worker; resolves with its events once requests are intercepted. With
 * `VITE_API_BASE_URL` set, `npm run mock:server` at that address is the mock backend instead:
 * no worker starts, and it resolves with null.
 */
export async function startMocking(): Promise<SetupWorker['events'] | null> {
  const env: Record<string, unknown> = import.meta.env;
  const { VITE_API_BASE_URL: apiBaseUrl } = env;
  if (typeof apiBaseUrl === 'string' && apiBaseUrl.trim() !== '') return null;
  restoreFromStorage(mockRuntime, sessionStorage);
  persistToStorage(mockRuntime, sessionStorage);
  const configured = env.VITE_MOCK_LATENCY_MS;
  const latencyMs = latencyFromEnv(typeof configured === 'string' ? configured : undefined);
  const worker = setupWorker(...createHandlers(mockRuntime, { latencyMs }));
  allowMockServiceWorker();
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: MOCK_SERVICE_WORKER_URL },
  });
  return worker.events;
}
