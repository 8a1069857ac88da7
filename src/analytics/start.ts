/** Where the funnel's events go: the collector at a URL, and the console in development. */
import { consoleAdapter, httpAdapter } from './adapters';
import { startSending, type Adapter, type SenderOptions } from './send';

export function startFunnelAnalytics(
  collectorUrl: string | undefined,
  { beacon = true, ...batching }: { beacon?: boolean } & SenderOptions = {},
): void {
  const adapters: Adapter[] = [];
  if (collectorUrl) adapters.push(httpAdapter(collectorUrl, { beacon }));
  // eslint-disable-next-line no-console -- development only: what the funnel records, as it happens
  if (import.meta.env.DEV) adapters.push(consoleAdapter(console.info));
  if (adapters.length > 0) {
    startSending((events) => adapters.forEach((send) => send(events)), batching);
  }
}
