import type { QueryClient } from '@tanstack/react-query';
import type { NavigateFunction } from 'react-router-dom';
import { trackLater } from '@/analytics/track-later';
import { endSessionAtSignIn, isSessionEnding } from '@/checkout/end-session';
import { HANDED_OFF_PARAM, paths } from '@/checkout/paths';
import { isKioskMode } from '@/config/kiosk-mode';
import { wipeKioskSession } from '../kiosk/wipe-session';

/**
 * The customer's phone claimed the order: this screen's session is over (the server already
 * refuses it). A kiosk wipes itself as an idle wipe does; any other screen signs out. Either
 * way the start screen says that the order continues on the phone.
 */
export function endHandedOffSession(queryClient: QueryClient, navigate: NavigateFunction): void {
  trackLater({ name: 'handoff_made' });
  if (isKioskMode()) {
    void wipeKioskSession(queryClient, 'handed-off');
    return;
  }
  if (isSessionEnding()) return;
  // Nothing to resume here: the draft and the resume point go with the session.
  endSessionAtSignIn('signed-out');
  void navigate(`${paths.signIn}?${HANDED_OFF_PARAM}=1`, { replace: true });
}
