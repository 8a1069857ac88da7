/**
 * Ends a kiosk customer's session so that nothing of theirs is left for the next person: held
 * numbers go back, the server session ends, and then everything this tab holds is dropped and
 * the page is replaced by a fresh start screen.
 */
import type { QueryClient } from '@tanstack/react-query';
import { atom } from 'nanostores';
import { trackLater } from '@/analytics/track-later';
import type { KioskWipeReason } from '@/analytics/vocabulary';
import { signOut } from '@/api/auth';
import type { HandoffStatus } from '@/api/contract/schemas';
import { releaseNumber } from '@/api/numbers';
import { orderKeys } from '@/api/orders';
import { getSession } from '@/api/session';
import { ERASED_PARAM, HANDED_OFF_PARAM, paths } from '@/checkout/paths';
import { endCustomerSession } from '@/checkout/end-session';
import { replacePage } from '@/lib/replace-page';
import { kioskSettings, rememberKioskSettings } from '@/config/kiosk-mode';

/** True from the moment a wipe starts: the layout stops showing the customer's pages. */
export const wipeInProgress = atom(false);

// The customer is waiting in front of a blank screen: server calls get this long, then the
// wipe goes on without them (a hold then lapses on its own, and the token expires).
const SERVER_CALLS_MS = 3_000;

/**
 * While a hand-off of the order is open, its numbers stay held for the phone that claims it
 * (the server refuses to release them anyway).
 */
function handoffOpen(queryClient: QueryClient, orderId: string): boolean {
  const handoff = queryClient.getQueryData<HandoffStatus>(orderKeys.handoff(orderId));
  return (
    handoff?.state === 'open' &&
    handoff.expiresAt !== undefined &&
    Date.parse(handoff.expiresAt) > Date.now()
  );
}

/** The lines of cached open orders that hold a number, but for an order handed off. */
async function heldNumbers(
  queryClient: QueryClient,
): Promise<{ orderId: string; lineId: string }[]> {
  // Loaded here, not with the page: the contract is already in memory after any call.
  const { Order } = await import('@/api/contract/schemas');
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: orderKeys.all })
    .flatMap((query) => {
      // Only order details parse as an order; searches and agreements under the same key do not.
      const parsed = Order.safeParse(query.state.data);
      if (!parsed.success || parsed.data.status !== 'open') return [];
      if (handoffOpen(queryClient, parsed.data.id)) return [];
      const order = parsed.data;
      return order.lines
        .filter((line) => line.hold !== null)
        .map((line) => ({ orderId: order.id, lineId: line.id }));
    });
}

async function endOnServer(queryClient: QueryClient): Promise<void> {
  if (!getSession()) return;
  // Releasing needs the token, so it comes before signing out.
  await Promise.allSettled(
    (await heldNumbers(queryClient)).map(({ orderId, lineId }) =>
      releaseNumber(orderId, { lineId }),
    ),
  );
  await signOut().catch(() => undefined);
}

function within(ms: number, work: Promise<void>): Promise<void> {
  // Best effort: a failure (say, the contract's code cannot load offline) never stops the wipe.
  const settled = work.catch(() => undefined);
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/** Clears sessionStorage and localStorage (the mock backend's state too), keeping the kiosk flag. */
function eraseWebStorage(): void {
  const settings = kioskSettings();
  for (const storage of [sessionStorage, localStorage]) {
    try {
      storage.clear();
    } catch {
      // Storage the browser refuses is storage that holds nothing.
    }
  }
  if (settings) rememberKioskSettings(settings);
}

/**
 * Wipes the customer's session and opens a fresh start screen in place of this page, which says
 * so, and says that the order continues on the customer's phone when a hand-off's claim ended it.
 */
export async function wipeKioskSession(
  queryClient: QueryClient,
  reason: KioskWipeReason,
): Promise<void> {
  if (wipeInProgress.get()) return;
  wipeInProgress.set(true);
  const handedOff = reason === 'handed-off';
  // Sent as the page goes (a beacon outlives it); the server calls below give the tracker time
  // to load.
  trackLater({ name: 'kiosk_wiped', reason });
  await within(SERVER_CALLS_MS, endOnServer(queryClient));
  endCustomerSession(queryClient, 'wiped');
  eraseWebStorage();
  // A request still settling could write storage again (the in-browser mock saves its state
  // after every call); the last clear happens as the page goes away.
  window.addEventListener('pagehide', eraseWebStorage);
  // `replace`: the page the customer was on does not stay in the history for Back.
  replacePage(`${paths.signIn}?${ERASED_PARAM}=1${handedOff ? `&${HANDED_OFF_PARAM}=1` : ''}`);
}
