import { screen, within, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { LineInput } from '@/api/contract/schemas';
import { offerKeys } from '@/api/offers';
import { clearSession } from '@/api/session';
import { checkoutDraft, chooseAccount, clearDraft, setDraftLines } from '@/checkout/draft';
import { mockRuntime, server } from '@/testing/mock-backend';
import type { SeedResult } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/personas';
import { setSession } from '@/api/session';

async function openOffers(lines: LineInput[] = [], { builder = true } = {}) {
  const session = await signInAs('2015550101');
  chooseAccount(session.customerId);
  setDraftLines(lines);
  const view = renderApp('/offers');
  await screen.findByRole(
    'heading',
    { level: 1, name: 'Choose a plan and phone' },
    { timeout: 5000 },
  );
  if (builder) await screen.findByRole('group', { name: /^Plan/ });
  return view;
}

beforeEach(() => {
  clearSession();
  clearDraft();
});

describe('Offers step', { timeout: 20_000 }, () => {
  it('says plainly that prices are without autopay', async () => {
    await openOffers();
    expect(screen.getByText('Prices shown without autopay')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Plan/ })).toHaveAccessibleDescription(
      'Prices per line, per month, without autopay.',
    );
    // Unlimited Premium costs $90 a month without autopay ($80 advertised with it).
    expect(
      screen.getByRole('radio', { name: /Unlimited Premium.*\$90\.00\/mo/ }),
    ).toBeInTheDocument();
  });

  it('asks for a plan when Continue is pressed with nothing chosen', async () => {
    const { user, router } = await openOffers();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Choose a plan' })).toHaveAttribute(
      'href',
      '#field-planId',
    );
    expect(screen.getByRole('group', { name: /^Plan/ })).toHaveAccessibleDescription(
      expect.stringContaining('Choose a plan'),
    );
    expect(router.state.location.pathname).toBe('/offers');
  });

  it('builds a line with a phone, applies the best deal, adds it and continues to the cart', async () => {
    const { user, router } = await openOffers();
    await user.click(screen.getByRole('radio', { name: /^Unlimited Plus/ }));
    await user.click(screen.getByRole('radio', { name: /^Samsung Galaxy S25/ }));

    // Two deals fit Unlimited Plus with a Galaxy S25; the one worth more is chosen.
    const deals = screen.getByRole('group', { name: /Choose a deal/ });
    expect(within(deals).getByRole('radio', { name: '$400 off Galaxy S25' })).toBeChecked();
    expect(
      within(deals).getByRole('radio', { name: '$10 off Unlimited Plus for a year' }),
    ).not.toBeChecked();

    // $80.00 plan + $22.22 installment - $11.11 credit; $0 down + $35 activation.
    const summary = screen.getByRole('region', { name: 'Line 1' });
    expect(within(summary).getByText('$91.11/mo')).toBeInTheDocument();
    expect(within(summary).getByText('$35.00')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(
      await screen.findByText(/Line 1 added to your cart: Unlimited Plus with Samsung Galaxy S25/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Your cart: 1 of 5 lines' })).toHaveFocus(),
    );
    expect(checkoutDraft.get().lines).toEqual([
      { planId: 'unlimited-plus', deviceId: 'galaxy-s25-128', promotionId: 'galaxy-s25-400-off' },
    ]);
    // The builder starts over for the next line.
    expect(screen.getByRole('heading', { name: 'Build line 2' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Unlimited Plus/ })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Your cart' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/cart');
  });

  it('adds a bundle in one press, and Continue adds a chosen plan without a phone', async () => {
    const { user, router } = await openOffers();
    await user.click(
      screen.getByRole('button', { name: 'Add Pixel 9a + Unlimited Starter to cart' }),
    );
    await screen.findByRole('heading', { name: 'Your cart: 1 of 5 lines' });

    await user.click(screen.getByRole('radio', { name: /^Essentials 15 GB/ }));
    expect(screen.getByRole('radio', { name: 'No new phone' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Your cart' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/cart');
    expect(checkoutDraft.get().lines).toEqual([
      { planId: 'unlimited-starter', deviceId: 'pixel-9a-128', promotionId: 'pixel-9a-on-us' },
      { planId: 'essentials-15' },
    ]);
  });

  it('removes a line, and stops at five lines', async () => {
    const five = Array.from({ length: 5 }, () => ({ planId: 'essentials-15' }));
    const { user } = await openOffers(five, { builder: false });
    await screen.findByText(/Your cart has 5 lines, the most one order can have/);
    expect(screen.queryByRole('button', { name: 'Add to cart' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove line 2' }));
    expect(await screen.findByText('Line 2 removed from your cart.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your cart: 4 of 5 lines' })).toBeInTheDocument();
    expect(checkoutDraft.get().lines).toHaveLength(4);
    expect(screen.getByRole('heading', { name: 'Build line 5' })).toBeInTheDocument();
  });

  it('adds a line to an order that already exists, then returns to its cart', async () => {
    const response = await fetch('http://localhost/__mock/seed', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ phone: '2015550101', step: 'cart' }),
    });
    const { session, orderId } = (await response.json()) as SeedResult;
    setSession(session);
    chooseAccount(session.customerId);
    const { user, router } = renderApp(`/offers?order=${orderId}`);
    expect(
      await screen.findByRole('heading', { name: 'Your cart: 1 of 5 lines' }, { timeout: 5000 }),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Add Pixel 9a + Unlimited Starter to cart' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Your cart' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/cart`);
    const [order] = mockRuntime.backend.listOrders();
    expect(order?.lines.map((line) => line.planId)).toEqual([
      'unlimited-premium',
      'unlimited-starter',
    ]);
    // The draft is not involved once the order exists.
    expect(checkoutDraft.get().lines).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('offers a retry when the offers cannot be loaded', async () => {
    let failing = true;
    server.use(
      http.get('*/v1/offers', () =>
        failing
          ? HttpResponse.json(
              { code: 'INTERNAL', message: 'boom', fieldErrors: [] },
              { status: 500 },
            )
          : undefined,
      ),
    );
    const session = await signInAs('2015550101');
    chooseAccount(session.customerId);
    const { user, queryClient } = renderApp('/offers');
    queryClient.setQueryDefaults(offerKeys.all, { retry: false });
    // The loader reads the offers: its failure is the route's error screen, with a retry.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Something went wrong' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('group', { name: /^Plan/ })).toBeInTheDocument();
    expect(screen.getByText('Prices shown without autopay')).toBeInTheDocument();
  });
});
