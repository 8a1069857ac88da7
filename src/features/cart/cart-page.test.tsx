import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { LineInput } from '@/api/contract/schemas';
import { clearSession, setSession } from '@/api/session';
import { checkoutDraft, chooseAccount, clearDraft, setDraftLines } from '@/checkout/draft';
import { mockRuntime, server } from '@/testing/mock-backend';
import type { SeedResult } from '@/testing/mock-backend';
import { changeAnswers } from '@/testing/newer-backend';
import { renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/personas';

const plusWithGalaxy: LineInput = {
  planId: 'unlimited-plus',
  deviceId: 'galaxy-s25-128',
  promotionId: 'galaxy-s25-400-off',
};
const essentials: LineInput = { planId: 'essentials-15' };

async function openDraftCart(lines: LineInput[]) {
  const session = await signInAs('2015550101');
  chooseAccount(session.customerId);
  setDraftLines(lines);
  const view = renderApp('/cart');
  await screen.findByRole('heading', { level: 1, name: 'Your cart' }, { timeout: 5000 });
  await screen.findByRole('heading', { level: 3, name: 'Line 1' });
  return view;
}

async function openOrderCart(lines?: LineInput[], { step = 'cart', search = '' } = {}) {
  const response = await fetch('http://localhost/__mock/seed', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone: '2015550101', step, lines }),
  });
  const { session, orderId } = (await response.json()) as SeedResult;
  setSession(session);
  chooseAccount(session.customerId);
  const view = renderApp(`/orders/${orderId}/cart${search}`);
  await screen.findByRole('heading', { level: 1, name: 'Your cart' }, { timeout: 5000 });
  await screen.findByRole('heading', { level: 3, name: 'Line 1' });
  return { ...view, orderId };
}

function soldOut(...ids: string[]) {
  mockRuntime.backend.restore({ ...mockRuntime.backend.serialize(), soldOutOfferIds: ids });
}

const lineCard = (index: number) => screen.getByRole('listitem', { name: `Line ${index}` });

beforeEach(() => {
  clearSession();
  clearDraft();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Cart step before the order exists', { timeout: 20_000 }, () => {
  it('lists each line with its monthly and first-bill amounts, and the totals', async () => {
    await openDraftCart([plusWithGalaxy, essentials]);
    const first = within(lineCard(1));
    expect(first.getByText('Unlimited Plus')).toBeInTheDocument();
    expect(first.getByText('Samsung Galaxy S25, 128 GB, Navy')).toBeInTheDocument();
    expect(first.getByText('Deal: $400 off Galaxy S25')).toBeInTheDocument();
    expect(first.getByText('$91.11/mo')).toBeInTheDocument();
    expect(first.getByText('$35.00')).toBeInTheDocument();
    expect(first.getByText('Down payment $0.00 and activation fee $35.00')).toBeInTheDocument();
    expect(within(lineCard(2)).getByText('No new phone')).toBeInTheDocument();
    expect(within(lineCard(2)).getByText('$45.00/mo')).toBeInTheDocument();

    const totals = within(screen.getByRole('region', { name: 'Totals' }));
    expect(totals.getByText('$136.11/mo')).toBeInTheDocument();
    expect(totals.getByText('$70.00')).toBeInTheDocument();
    expect(totals.getByText('Shown at the next step')).toBeInTheDocument();
    expect(
      totals.getByText('Taxes and fees are estimated until your delivery address is known.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add another line' })).toHaveAttribute(
      'href',
      '/offers',
    );
  });

  it('adds the activation fee the catalogue states to each line’s first bill', async () => {
    changeAnswers('getOffers', (offers) => ({ ...offers, activationFeeCents: 4000 }));
    await openDraftCart([essentials]);
    const first = within(lineCard(1));
    expect(first.getByText('Down payment $0.00 and activation fee $40.00')).toBeInTheDocument();
    expect(first.getByText('$40.00')).toBeInTheDocument();
  });

  it('removes a line and changes a phone, then creates the order and opens the credit step', async () => {
    const { user, router } = await openDraftCart([plusWithGalaxy, essentials]);
    await user.click(screen.getByRole('button', { name: 'Remove line 2' }));
    expect(await screen.findByText('Line 2 removed from your cart.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Line 2' })).not.toBeInTheDocument();
    expect(checkoutDraft.get().lines).toEqual([plusWithGalaxy]);

    await user.click(screen.getByRole('button', { name: 'Change line 1' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Phone for line 1' }), '');
    // Without the phone, the plan's own deal applies: $80 - $10.
    expect(within(lineCard(1)).getByText('$70.00/mo')).toBeInTheDocument();
    expect(
      within(lineCard(1)).getByText('Deal: $10 off Unlimited Plus for a year'),
    ).toBeInTheDocument();
    expect(checkoutDraft.get().lines).toEqual([
      { planId: 'unlimited-plus', promotionId: 'plus-10-off-12-months' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Credit check' }, { timeout: 5000 });
    expect(router.state.location.pathname).toMatch(/^\/orders\/[^/]+\/credit$/);
    const [order] = mockRuntime.backend.listOrders();
    expect(order?.lines.map((line) => [line.planId, line.deviceId, line.promotionId])).toEqual([
      ['unlimited-plus', undefined, 'plus-10-off-12-months'],
    ]);
    // The server holds the lines now; the chosen account stays for the offers guard.
    expect(checkoutDraft.get()).toEqual({ customerId: 'C1000101', lines: [] });
  });

  it('says which item is no longer available, keeps the rest, and goes on once it is replaced', async () => {
    const { user, router } = await openDraftCart([plusWithGalaxy, essentials]);
    soldOut('galaxy-s25-128');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const message =
      'Samsung Galaxy S25, 128 GB, Navy is no longer available. Choose another phone for line 1, or no new phone.';
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#field-lines-0-deviceId',
    );
    const phone = screen.getByRole('combobox', { name: 'Phone for line 1' });
    expect(phone).toHaveAccessibleDescription(message);
    expect(within(phone).getByRole('option', { selected: true })).toHaveTextContent(
      'Samsung Galaxy S25, 128 GB, Navy (no longer available)',
    );
    expect(within(lineCard(2)).getByText('Essentials 15 GB')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cart');

    await user.selectOptions(phone, 'pixel-9a-128');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Credit check' }, { timeout: 5000 });
    expect(router.state.location.pathname).toMatch(/^\/orders\/[^/]+\/credit$/);
  });

  it('keeps the lines when creating the order fails, and retries', async () => {
    server.use(
      http.post(
        '*/v1/order/create',
        () =>
          HttpResponse.json(
            { code: 'INTERNAL', message: 'boom', fieldErrors: [] },
            { status: 500 },
          ),
        { once: true },
      ),
    );
    const { user, router } = await openDraftCart([essentials]);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Something went wrong on our side. Try again.');
    expect(within(lineCard(1)).getByText('Essentials 15 GB')).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'Credit check' }, { timeout: 5000 });
    expect(router.state.location.pathname).toMatch(/^\/orders\/[^/]+\/credit$/);
    expect(mockRuntime.backend.listOrders()).toHaveLength(1);
  });

  it('says an order has at most five lines', async () => {
    await openDraftCart(Array.from({ length: 5 }, () => essentials));
    expect(screen.getByText('An order can have up to 5 lines.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add another line' })).not.toBeInTheDocument();
  });
});

describe('Cart step once the order exists', { timeout: 20_000 }, () => {
  it("shows the server's lines and totals, and continues without a change", async () => {
    const { user, router, orderId } = await openOrderCart();
    const [order] = mockRuntime.backend.listOrders();
    const first = within(lineCard(1));
    expect(first.getByText('Unlimited Premium')).toBeInTheDocument();
    expect(first.getByText('Deal: iPhone 16 Pro on us')).toBeInTheDocument();
    expect(first.getByText('$90.00/mo')).toBeInTheDocument();
    const totals = within(screen.getByRole('region', { name: 'Totals' }));
    expect(
      totals.getByText(`$${((order?.totals.estimatedTaxesCents ?? 0) / 100).toFixed(2)}`),
    ).toBeInTheDocument();
    // One line: it can be changed, not removed.
    expect(screen.queryByRole('button', { name: 'Remove line 1' })).not.toBeInTheDocument();

    const puts: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') puts.push(request.url);
    });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Credit check' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe(
      `/orders/${orderId}/cart`.replace('cart', 'credit'),
    );
    expect(puts).toEqual([]);
  });

  it('changes a plan on the server when the lines changed', async () => {
    const { user, router, orderId } = await openOrderCart();
    await user.click(screen.getByRole('button', { name: 'Change line 1' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Plan for line 1' }),
      'unlimited-plus',
    );
    // The iPhone deal needs Unlimited Premium; the plan's own deal applies: $80 + $30.56 - $10.
    expect(within(lineCard(1)).getByText('$100.56/mo')).toBeInTheDocument();
    expect(
      within(lineCard(1)).getByText('Deal: $10 off Unlimited Plus for a year'),
    ).toBeInTheDocument();
    expect(
      within(lineCard(1)).getByText('Estimate, updated when you continue'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Credit check' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/credit`);
    const [order] = mockRuntime.backend.listOrders();
    expect(order?.lines.map((line) => [line.planId, line.promotionId])).toEqual([
      ['unlimited-plus', 'plus-10-off-12-months'],
    ]);
  });

  it('returns to review when opened from there, also after another phone: the line keeps its number', async () => {
    const { user, router, orderId } = await openOrderCart(undefined, {
      step: 'review',
      search: '?from=review',
    });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /review/i }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`);
    const [held] = mockRuntime.backend.listOrders()[0]?.lines ?? [];

    await act(() => router.navigate(`/orders/${orderId}/cart?from=review`));
    await user.click(await screen.findByRole('button', { name: 'Change line 1' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Phone for line 1' }),
      'iphone-16-128',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /review/i }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`);
    const [line] = mockRuntime.backend.listOrders()[0]?.lines ?? [];
    expect(line).toMatchObject({ id: held?.id, deviceId: 'iphone-16-128', hold: held?.hold });
    expect(line?.hold).not.toBeNull();
  });

  it('explains a refused line count', async () => {
    server.use(
      http.put('*/v1/order/:id/lines', () =>
        HttpResponse.json(
          { code: 'LINE_LIMIT_EXCEEDED', message: 'At most 1 line(s).', fieldErrors: [] },
          { status: 422 },
        ),
      ),
    );
    const { user, router, orderId } = await openOrderCart([essentials, essentials]);
    await user.click(screen.getByRole('button', { name: 'Change line 2' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Plan for line 2' }),
      'unlimited-plus',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your order has more lines than your credit approval allows.',
    );
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/cart`);
  });
});
