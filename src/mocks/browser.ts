import '@/config/zod';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { latencyFromEnv } from './latency';
import { persistToStorage, restoreFromStorage } from './persistence';
import { mockRuntime } from './runtime';

/** Starts the service worker; resolves once requests are intercepted. */
export async function startMocking(): Promise<void> {
  restoreFromStorage(mockRuntime, sessionStorage);
  persistToStorage(mockRuntime, sessionStorage);
  const env: Record<string, unknown> = import.meta.env;
  const configured = env.VITE_MOCK_LATENCY_MS;
  const latencyMs = latencyFromEnv(typeof configured === 'string' ? configured : undefined);
  const worker = setupWorker(...createHandlers(mockRuntime, { latencyMs }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
