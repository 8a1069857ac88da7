import { http, HttpResponse } from 'msw';
import type { FunnelEvent } from '@/analytics/events';
import { connectSender, setStepOnScreen } from '@/analytics/track';
import { orderQueryOptions } from '@/api/orders';
import { createQueryClient } from '@/api/query-client';
import { getSession } from '@/api/session';
import { checkoutDraft, chooseAccount } from '@/checkout/draft';
import { rememberResumePoint, resumePoint } from '@/checkout/resume';
import { KIOSK_STORAGE_KEY, rememberKioskSettings } from '@/config/kiosk-mode';
import { server } from '@/testing/mock-backend';
import { replacePage } from '@/lib/replace-page';
import { seedOrderAt } from '@/testing/personas';
import { wipeInProgress, wipeKioskSession } from './wipe-session';

vi.mock('@/lib/replace-page', () => ({ replacePage: vi.fn() }));

afterEach(() => {
  wipeInProgress.set(false);
});

describe('wipeKioskSession', () => {
  it('wipes the tab even when releasing the held number and signing out both fail', async () => {
    // At terms the order's line holds a number.
    const { orderId } = await seedOrderAt('terms');
    const queryClient = createQueryClient();
    await queryClient.fetchQuery(orderQueryOptions(orderId));
    rememberKioskSettings({ idleSeconds: 30 });
    chooseAccount('C1000101');
    rememberResumePoint(`/orders/${orderId}/terms`, 'C1000101');
    // Whatever else the tab holds, the app's or not, goes too: nothing is kept by name.
    localStorage.setItem('left-by-a-library', 'x');
    sessionStorage.setItem('left-by-a-library', 'x');
    const attempted: string[] = [];
    server.use(
      http.all('*/v1/*', ({ request }) => {
        attempted.push(`${request.method} ${new URL(request.url).pathname}`);
        return HttpResponse.error();
      }),
    );

    await wipeKioskSession(queryClient, 'start-over');

    expect(attempted).toEqual([
      `POST /v1/order/${orderId}/number.release`,
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
