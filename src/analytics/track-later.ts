import { loadWhenOnline } from '@/lib/load-when-online';
import type { FunnelSignal } from './track';

/**
 * `track` for code every build ships (the kiosk wipe, the end of a handed-off session, placing
 * the order): the tracker loads only when there is something to count, and only in a build
 * that counts the funnel.
 */
export function trackLater(signal: FunnelSignal): void {
  if (!__FUNNEL_COUNTED__) return;
  loadWhenOnline(
    () => import('./track'),
    ({ track }) => track(signal),
  );
}
