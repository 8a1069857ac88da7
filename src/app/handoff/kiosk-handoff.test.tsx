import { act, screen, waitFor, within } from '@testing-library/react';
import { handoffQueryOptions } from '@/api/handoff';
import { orderKeys, orderQueryOptions } from '@/api/orders';
import { createQueryClient } from '@/api/query-client';
import { getSession } from '@/api/session';
import { rememberKioskSettings } from '@/config/kiosk-mode';
import { replacePage } from '@/lib/replace-page';
import { mockRuntime } from '@/testing/mock-backend';
import { DEMO_PASSWORD, seedOrderAt } from '@/testing/personas';
import { renderApp } from '@/testing/render-app';
import { wipeInProgress, wipeKioskSession } from '../kiosk/wipe-session';

vi.mock('@/lib/replace-page', () => ({ replacePage: vi.fn() }));

// jsdom has no modal dialogs: enough of one for the dialog to open.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

// Before each test rather than after: a page still on screen would react to the reset.
beforeEach(() => {
  wipeInProgress.set(false);
  sessionStorage.clear();
  rememberKioskSettings({ idleSeconds: 120 });
});

const released = () =>
  mockRuntime.requests().filter(({ path }) => path.endsWith('/number.release'));

/** The number the order's first line holds on the server, if any. */
function heldOnServer(orderId: string): string | undefined {
  return mockRuntime.backend.listOrders().find(({ id }) => id === orderId)?.lines[0]?.hold?.number;
}

async function post(path: string, token: string | null, body?: unknown) {
  return fetch(`http://localhost${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('a kiosk with a hand-off open', () => {
  it('keeps the order’s numbers held when it is wiped (idle or Start over)', async () => {
    // At terms the order's line holds a number.
    const { orderId, session } = await seedOrderAt('terms');
    const held = heldOnServer(orderId);
    expect(held).toBeDefined();
    const queryClient = createQueryClient();
    await queryClient.fetchQuery(orderQueryOptions(orderId));
    expect((await post(`/v1/order/${orderId}/handoff`, session.token)).status).toBe(201);
    await queryClient.fetchQuery(handoffQueryOptions(orderId));
    expect(queryClient.getQueryData(orderKeys.handoff(orderId))).toMatchObject({
      state: 'open',
    });

    await wipeKioskSession(queryClient, 'start-over');

    expect(released()).toEqual([]);
    expect(heldOnServer(orderId)).toBe(held);
    expect(getSession()).toBeNull();
    expect(replacePage).toHaveBeenCalledWith('/sign-in?erased=1');
  });

  it('wipes itself when the phone claims the order, keeps the numbers held, and says why', async () => {
    const { orderId } = await seedOrderAt('terms');
    const held = heldOnServer(orderId);
    const { user, queryClient } = renderApp(`/orders/${orderId}/terms`);
    await screen.findByRole('heading', { level: 1 });
    // In kiosk mode the offer sits in the header, on every step.
    await user.click(await screen.findByRole('button', { name: 'Continue on your phone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Continue on your phone' });
    const code = (await within(dialog).findByText(/^[2-9A-Z]{4} [2-9A-Z]{4}$/)).textContent;

    // The phone: the typed code, a sign-in as the same customer, the claim.
    const redeemed = await post('/v1/handoff/redeem', null, { code: code.replace(' ', '') });
    const { token } = (await redeemed.json()) as { token: string };
    const phone = (await (
      await post('/v1/auth', null, {
        method: 'password',
        identifier: '(201) 555-0101',
        password: DEMO_PASSWORD,
      })
    ).json()) as { token: string };
    expect((await post('/v1/handoff/claim', phone.token, { token })).status).toBe(200);

    // The kiosk's next look at the hand-off meets its ended session, and the wipe runs.
    await act(() => queryClient.refetchQueries({ queryKey: orderKeys.handoff(orderId) }));
    await waitFor(() => expect(replacePage).toHaveBeenCalled());

    expect(replacePage).toHaveBeenCalledWith('/sign-in?erased=1&handed-off=1');
    expect(released()).toEqual([]);
    expect(heldOnServer(orderId)).toBe(held);
    expect(getSession()).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(Object.keys(sessionStorage)).toEqual(['checkout.kiosk']);
  });
});
