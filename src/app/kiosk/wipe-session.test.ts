import { delay, http, HttpResponse } from 'msw';
import type { FunnelEvent } from '@/analytics/events';
import { connectSender, setStepOnScreen } from '@/analytics/track';
import { orderKeys, orderQueryOptions } from '@/api/orders';
import { createQueryClient } from '@/api/query-client';
import { clearSession, getSession, setSession } from '@/api/session';
import { sessionFixture } from '@/api/testing/fixtures';
import { checkoutDraft, chooseAccount } from '@/checkout/draft';
import { rememberResumePoint, resumePoint } from '@/checkout/resume';
import { KIOSK_STORAGE_KEY, rememberKioskSettings } from '@/config/kiosk-mode';
import { server } from '@/testing/mock-backend';
import { replacePage } from '@/lib/replace-page';
import { seedOrderAt } from '@/testing/personas';
import { wipeInProgress, wipeKioskSession } from './wipe-session';

vi.mock('@/lib/replace-page', () => ({ replacePage: vi.fn() }));

beforeEach(() => {
  vi.mocked(replacePage).mockClear();
});

afterEach(() => {
  wipeInProgress.set(false);
  clearSession();
  sessionStorage.clear();
  localStorage.clear();
});

/** The /v1 calls the wipe makes (method, path and body), each answered by `answer`. */
function recordCalls(answer: () => Response | Promise<Response> = () => HttpResponse.error()) {
  const calls: string[] = [];
  server.use(
    http.all('*/v1/*', async ({ request }) => {
      const body = await request.text();
      calls.push(`${request.method} ${new URL(request.url).pathname}${body ? ` ${body}` : ''}`);
      return answer();
    }),
  );
  return calls;
}

/** Seeds an order at `step` and puts it in the cache, as a page showing it would have. */
async function cachedOrder(
  queryClient: ReturnType<typeof createQueryClient>,
  step: 'number' | 'terms',
) {
  const { orderId } = await seedOrderAt(step);
  return queryClient.fetchQuery(orderQueryOptions(orderId));
}

describe('wipeKioskSession', () => {
  it('wipes the tab even when releasing the held number and signing out both fail', async () => {
    // At terms the order's line holds a number.
    const { orderId } = await seedOrderAt('terms');
    const queryClient = createQueryClient();
    const order = await queryClient.fetchQuery(orderQueryOptions(orderId));
    rememberKioskSettings({ idleSeconds: 30 });
    chooseAccount('C1000101');
    rememberResumePoint(`/orders/${orderId}/terms`, 'C1000101');
    // Whatever else the tab holds, the app's or not, goes too: nothing is kept by name.
    localStorage.setItem('left-by-a-library', 'x');
    sessionStorage.setItem('left-by-a-library', 'x');
    const lineId = order.lines[0]?.id;
    const attempted = recordCalls();

    await wipeKioskSession(queryClient, 'start-over');

    expect(attempted).toEqual([
      `POST /v1/order/${orderId}/number.release {"lineId":"${lineId}"}`,
      'POST /v1/auth/signout',
    ]);
    expect(getSession()).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(Object.keys(sessionStorage)).toEqual([KIOSK_STORAGE_KEY]);
    expect(localStorage).toHaveLength(0);
    expect(checkoutDraft.get()).toEqual({ customerId: null, lines: [] });
    expect(resumePoint.get()).toBeNull();
    expect(replacePage).toHaveBeenCalledWith('/sign-in?erased=1');
  });

  it('releases the numbers of open orders only, and none of an order handed off meanwhile', async () => {
    const queryClient = createQueryClient();
    // No number held yet; held; held, with a hand-off open; held, its hand-off over; placed.
    await cachedOrder(queryClient, 'number');
    const held = await cachedOrder(queryClient, 'terms');
    const handedOff = await cachedOrder(queryClient, 'terms');
    const handoffOver = await cachedOrder(queryClient, 'terms');
    const placed = await cachedOrder(queryClient, 'terms');
    const inAMinute = new Date(Date.now() + 60_000).toISOString();
    const aMinuteAgo = new Date(Date.now() - 60_000).toISOString();
    queryClient.setQueryData(orderKeys.handoff(handedOff.id), {
      state: 'open',
      expiresAt: inAMinute,
    });
    queryClient.setQueryData(orderKeys.handoff(handoffOver.id), {
      state: 'open',
      expiresAt: aMinuteAgo,
    });
    queryClient.setQueryData(orderKeys.detail(placed.id), { ...placed, status: 'submitted' });
    const calls = recordCalls(() => new HttpResponse(null, { status: 204 }));

    await wipeKioskSession(queryClient, 'idle');

    const release = (order: typeof held) =>
      `POST /v1/order/${order.id}/number.release {"lineId":"${order.lines[0]?.id}"}`;
    expect(calls).toEqual([release(held), release(handoffOver), 'POST /v1/auth/signout']);
  });

  it('calls nobody without a session, and stores no kiosk flag outside kiosk mode', async () => {
    const calls = recordCalls();

    await wipeKioskSession(createQueryClient(), 'idle');

    expect(calls).toEqual([]);
    expect(sessionStorage).toHaveLength(0);
    expect(replacePage).toHaveBeenCalledWith('/sign-in?erased=1');
  });

  it('tells the start screen when the order went on to the phone', async () => {
    await wipeKioskSession(createQueryClient(), 'handed-off');
    expect(replacePage).toHaveBeenCalledWith('/sign-in?erased=1&handed-off=1');
  });

  it('wipes once when asked twice at once', async () => {
    setSession(sessionFixture());
    const calls = recordCalls(() => new HttpResponse(null, { status: 204 }));
    const queryClient = createQueryClient();

    await Promise.all([
      wipeKioskSession(queryClient, 'idle'),
      wipeKioskSession(queryClient, 'start-over'),
    ]);

    expect(calls).toEqual(['POST /v1/auth/signout']);
    expect(replacePage).toHaveBeenCalledTimes(1);
  });

  it('goes on without the server once it has waited 3 seconds', async () => {
    vi.useFakeTimers();
    try {
      setSession(sessionFixture());
      recordCalls(() => delay('infinite').then(() => HttpResponse.error()));

      const wiping = wipeKioskSession(createQueryClient(), 'idle');
      await vi.advanceTimersByTimeAsync(2_999);
      expect(replacePage).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await wiping;

      expect(replacePage).toHaveBeenCalledWith('/sign-in?erased=1');
      expect(getSession()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('erases web storage once more as the page goes, after any late write', async () => {
    await wipeKioskSession(createQueryClient(), 'idle');
    sessionStorage.setItem('written-late', 'x');
    localStorage.setItem('written-late', 'x');

    window.dispatchEvent(new Event('pagehide'));

    expect(sessionStorage).toHaveLength(0);
    expect(localStorage).toHaveLength(0);
  });

  it.each(['idle', 'start-over', 'finished', 'handed-off'] as const)(
    'counts a wipe for %s in the funnel, with the step on screen',
    async (reason) => {
      const events: FunnelEvent[] = [];
      connectSender((event) => events.push(event));
      events.length = 0;
      setStepOnScreen('credit');

      await wipeKioskSession(createQueryClient(), reason);

      await vi.waitFor(() =>
        expect(events).toEqual([
          expect.objectContaining({ name: 'kiosk_wiped', reason, step: 'credit' }),
        ]),
      );
    },
  );
});
