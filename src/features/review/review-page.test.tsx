import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { FunnelEvent } from '@/analytics/events';
import { connectSender } from '@/analytics/track';
import { language } from '@/i18n';
import { agreementsFor, mockRuntime, server } from '@/testing/mock-backend';
import { changeAnswers } from '@/testing/newer-backend';
import { renderApp } from '@/testing/render-app';
import { seedOrderAt } from '@/testing/personas';

function storedOrder(orderId: string) {
  const order = mockRuntime.backend.listOrders().find((candidate) => candidate.id === orderId);
  if (!order) throw new Error(`No order ${orderId}`);
  return order;
}

const submitRequests = () =>
  mockRuntime.requests().filter((request) => request.operationId === 'submitOrder');

// Each test opens lazily loaded pages; on a busy machine the first load can take a while.

describe('Review step', { timeout: 20_000 }, () => {
  it('shows every answer with a Change link that returns to review, and the money said plainly', async () => {
    const { orderId } = await seedOrderAt('review');
    renderApp(`/orders/${orderId}/review`);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Review your order' });
    // Focus moves in an effect after the heading renders.
    await waitFor(() => expect(heading).toHaveFocus());
    const back = (step: string) => `/orders/${orderId}/${step}?from=review`;
    expect(screen.getByRole('link', { name: 'Change Line 1' })).toHaveAttribute(
      'href',
      back('cart'),
    );
    for (const answer of ['Delivery address', 'E911 address', 'Delivery option', 'SIM type']) {
      expect(screen.getByRole('link', { name: `Change ${answer}` })).toHaveAttribute(
        'href',
        back('shipping'),
      );
    }
    expect(screen.getByRole('link', { name: 'Change Phone numbers, Line 1' })).toHaveAttribute(
      'href',
      back('number'),
    );
    expect(screen.getByRole('link', { name: 'Change Agreements accepted' })).toHaveAttribute(
      'href',
      back('terms'),
    );

    // The account is looked up and masked; the agreements are named with version and time.
    expect(await screen.findByText(/, account •/)).toBeInTheDocument();
    expect(
      await screen.findByText(/^Customer Service Agreement, version 2025\.2, accepted /),
    ).toBeInTheDocument();
    expect(screen.getByText('Approved')).toBeInTheDocument();
    expect(screen.getByText(/^Held for you until /)).toBeInTheDocument();

    const order = storedOrder(orderId);
    const main = screen.getByRole('main');
    const dollars = (cents: number) =>
      `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(within(main).getByText('Monthly total')).toBeInTheDocument();
    expect(
      within(main).getAllByText(`${dollars(order.totals.monthlyCents)}/mo`).length,
    ).toBeGreaterThan(0);
    expect(within(main).getByText('Total due on your first bill')).toBeInTheDocument();
    expect(
      within(main).getAllByText(dollars(order.totals.dueOnFirstBillCents)).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getByText('Autopay is not part of this order: prices shown are without autopay.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nothing is charged today: amounts due are added to your first bill.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Before you place your order')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Place order' })).toBeInTheDocument();
  });

  it('says when the delivery arrives, in the business days the catalogue gives', async () => {
    changeAnswers('getOffers', (offers) => ({
      ...offers,
      deliveryOptions: [
        { id: 'standard', priceCents: 0, minBusinessDays: 2, maxBusinessDays: 4 },
        { id: 'express', priceCents: 1500, minBusinessDays: 1, maxBusinessDays: 1 },
      ],
    }));
    const { orderId } = await seedOrderAt('review');
    renderApp(`/orders/${orderId}/review`);

    expect(await screen.findByText(/Arrives in 2 to 4 business days$/)).toHaveTextContent(
      'Standard delivery (Free)Arrives in 2 to 4 business days',
    );
  });

  it('lists what the order still needs at the top, each linked to its step, each once', async () => {
    const { orderId } = await seedOrderAt('review');
    const lineId = storedOrder(orderId).lines[0]?.id;
    server.use(
      http.get('*/v1/order/:id/validate', () =>
        HttpResponse.json({
          valid: false,
          problems: [
            { code: 'HOLD_EXPIRED', step: 'number', lineId, message: 'Hold expired.' },
            { code: 'AGREEMENT_REQUIRED', step: 'terms', message: 'Terms not accepted.' },
            { code: 'AGREEMENT_REQUIRED', step: 'terms', message: 'Privacy not accepted.' },
          ],
        }),
      ),
    );
    renderApp(`/orders/${orderId}/review`);

    expect(await screen.findByText('Before you place your order')).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'The hold on the number for Line 1 has expired. Choose a number again.',
      }),
    ).toHaveAttribute('href', `/orders/${orderId}/number?from=review`);
    expect(
      screen.getByRole('link', { name: 'An agreement has not been accepted yet.' }),
    ).toHaveAttribute('href', `/orders/${orderId}/terms?from=review`);
    const problems = screen.getByRole('group', { name: 'Before you place your order' });
    expect(within(problems).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('The hold on this number has expired')).toBeInTheDocument();
  });

  it('judges the order again on every visit, not by the verdict of the last one', async () => {
    const { orderId } = await seedOrderAt('review');
    const { router } = renderApp(`/orders/${orderId}/review`);
    await screen.findByRole('button', { name: 'Place order' });
    expect(screen.queryByText('Before you place your order')).not.toBeInTheDocument();

    await act(() => router.navigate('/account'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    // Meanwhile something changed on the server's side (say, a new version of an agreement).
    server.use(
      http.get('*/v1/order/:id/validate', () =>
        HttpResponse.json({
          valid: false,
          problems: [{ code: 'AGREEMENT_REQUIRED', step: 'terms', message: 'Not accepted.' }],
        }),
      ),
    );
    await act(() => router.navigate(`/orders/${orderId}/review`));

    // The page opens with today's verdict, not first with the one cached from the last visit.
    await screen.findByRole('heading', { level: 1, name: 'Review your order' });
    expect(screen.getByRole('group', { name: 'Before you place your order' })).toHaveTextContent(
      'An agreement has not been accepted yet.',
    );
  });

  it('stays on screen when the language changes, then names the agreements in it', async () => {
    const { orderId } = await seedOrderAt('review');
    renderApp(`/orders/${orderId}/review`);
    await screen.findByText(/^Customer Service Agreement, version /);
    const serviceAgreement = agreementsFor(true, 'es')[0]?.title ?? '';

    try {
      act(() => language.set('es'));
      // Not a loading screen while the agreements in Spanish arrive.
      expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
      expect(
        await screen.findByText(`${serviceAgreement}, versión`, { exact: false }),
      ).toBeVisible();
      expect(screen.getByRole('heading', { level: 1, name: 'Revise su pedido' })).toBeVisible();
    } finally {
      act(() => language.set('en'));
    }
  });

  it('places the order and shows the confirmation with its order number', async () => {
    const { orderId } = await seedOrderAt('review');
    const funnel: FunnelEvent[] = [];
    connectSender((event) => funnel.push(event));
    funnel.length = 0;
    const { user, router } = renderApp(`/orders/${orderId}/review`);

    await user.click(await screen.findByRole('button', { name: 'Place order' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order placed' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/confirmation`);
    const order = storedOrder(orderId);
    expect(order.status).toBe('submitted');
    expect(order.orderNumber).toMatch(/^W\d{9}$/);
    expect(screen.getByText(order.orderNumber ?? '')).toBeInTheDocument();
    expect(submitRequests()).toHaveLength(1);
    // The funnel counts the order and its lines, not which order it is.
    await vi.waitFor(() =>
      expect(funnel).toEqual([
        expect.objectContaining({
          name: 'order_placed',
          step: 'review',
          lineCount: order.lines.length,
        }),
      ]),
    );
    expect(JSON.stringify(funnel)).not.toContain(order.orderNumber);
  });

  it('sends one submit request however fast the button is pressed twice', async () => {
    const { orderId } = await seedOrderAt('review');
    const { user } = renderApp(`/orders/${orderId}/review`);

    await user.dblClick(await screen.findByRole('button', { name: 'Place order' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order placed' }),
    ).toBeInTheDocument();
    expect(submitRequests()).toHaveLength(1);
    expect(
      mockRuntime.backend.listOrders().filter((order) => order.status === 'submitted'),
    ).toHaveLength(1);
  });

  it('retries a failed submit with the same Idempotency-Key and makes one order', async () => {
    const { orderId } = await seedOrderAt('review');
    const sentKeys: (string | null)[] = [];
    server.use(
      http.post(
        '*/v1/order/submit',
        ({ request }) => {
          sentKeys.push(request.headers.get('Idempotency-Key'));
          return HttpResponse.json(
            { code: 'INTERNAL', message: 'boom', fieldErrors: [] },
            { status: 500 },
          );
        },
        { once: true },
      ),
    );
    const { user, router } = renderApp(`/orders/${orderId}/review`);

    await user.click(await screen.findByRole('button', { name: 'Place order' }));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Something went wrong on our side. Try again.');
    expect(storedOrder(orderId).status).toBe('open');

    await user.click(within(notice).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order placed' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/confirmation`);
    const retried = submitRequests();
    expect(retried).toHaveLength(1);
    expect(sentKeys).toHaveLength(1);
    expect(sentKeys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(retried[0]?.idempotencyKey).toBe(sentKeys[0]);
    expect(
      mockRuntime.backend.listOrders().filter((order) => order.status === 'submitted'),
    ).toHaveLength(1);
  });

  it('shows what is missing when the server refuses an order that is not ready', async () => {
    const { orderId, session } = await seedOrderAt('review');
    const { user, router, queryClient } = renderApp(`/orders/${orderId}/review`);
    const button = await screen.findByRole('button', { name: 'Place order' });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(screen.queryByText('Before you place your order')).not.toBeInTheDocument();

    // Meanwhile (another tab, an expired hold) line 1 loses its number.
    const lineId = storedOrder(orderId).lines[0]?.id ?? '';
    mockRuntime.backend.releaseNumber({
      token: session.token,
      params: { id: orderId },
      body: { lineId },
    });
    await user.click(button);

    const link = await screen.findByRole('link', { name: 'Line 1 has no phone number yet.' });
    expect(link).toHaveAttribute('href', `/orders/${orderId}/number?from=review`);
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Before you place your order' })).toHaveFocus(),
    );
    // The problems explain the refusal; no second, vaguer error notice.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`);
    expect(storedOrder(orderId).status).toBe('open');
  });

  it('moves focus to the problems when the customer presses Place order with problems on screen', async () => {
    const { orderId } = await seedOrderAt('review');
    const lineId = storedOrder(orderId).lines[0]?.id;
    let refusals = 0;
    server.use(
      http.get('*/v1/order/:id/validate', () =>
        HttpResponse.json({
          valid: false,
          problems: [{ code: 'HOLD_EXPIRED', step: 'number', lineId, message: 'Hold expired.' }],
        }),
      ),
      http.post('*/v1/order/submit', () => {
        refusals += 1;
        return HttpResponse.json(
          { code: 'ORDER_INVALID', message: 'The order is not ready.' },
          { status: 422 },
        );
      }),
    );
    const { user } = renderApp(`/orders/${orderId}/review`);
    const problems = await screen.findByRole('group', { name: 'Before you place your order' });

    await user.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(problems).toHaveFocus());
    expect(refusals).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
