import type { FunnelSignal } from './track';

/**
 * `track` for first-load code (the kiosk wipe, the end of a handed-off session): the tracker
 * loads only when there is something to count.
 */
export function trackLater(signal: FunnelSignal): void {
  void import('./track').then(({ track }) => track(signal)).catch(() => undefined);
}
