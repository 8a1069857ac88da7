/** The places a batch of funnel events can go. */
import type { FunnelEvent } from './events';
import type { Adapter } from './send';

/**
 * Posts each batch to the collector at `url`. sendBeacon outlives the page (a kiosk wipe replaces
 * it); where the browser refuses the beacon, fetch with keepalive does the same. The body is
 * sent as text/plain, so a collector on another origin needs no CORS preflight. `beacon: false`
 * for the demo's in-browser collector, which answers fetches only.
 */
export function httpAdapter(url: string, { beacon = true }: { beacon?: boolean } = {}): Adapter {
  return (events) => {
    const body = JSON.stringify({ events });
    const canBeacon = beacon && typeof navigator.sendBeacon === 'function';
    if (canBeacon && navigator.sendBeacon(url, new Blob([body], { type: 'text/plain' }))) return;
    void fetch(url, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'text/plain' },
      keepalive: true,
      credentials: 'omit',
    }).catch(() => undefined);
  };
}

/** Development: each event in the console, to see what the funnel records while building. */
export function consoleAdapter(log: (...parts: unknown[]) => void): Adapter {
  return (events: FunnelEvent[]) => {
    for (const event of events) log('[funnel]', event.name, event);
  };
}
