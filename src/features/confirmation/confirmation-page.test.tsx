import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getSession } from '@/api/session';
import { mockRuntime } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { seedOrderAt } from '@/testing/personas';

/** An order placed through the mock backend, as the review step would have placed it. */
async function placedOrder() {
  const { session, orderId } = await seedOrderAt('review');
  const placed = mockRuntime.backend.submitOrder({
    token: session.token,
    body: { orderId },
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(placed.status).toBe(201);
  const order = mockRuntime.backend.listOrders().find((candidate) => candidate.id === orderId);
  if (!order?.orderNumber) throw new Error('The order was not placed');
  return order;
}

// Each test opens lazily loaded pages; on a busy machine the first load can take a while.

describe('Confirmation', { timeout: 20_000 }, () => {
  it('announces the placed order with its number, what happens next and a printable record', async () => {
    const order = await placedOrder();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp(`/orders/${order.id}/confirmation`);

    const heading = await screen.findByRole('heading', { level: 1, name: 'Order placed' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toMatch(/^Order placed/);
    expect(screen.getByText(order.orderNumber ?? '')).toBeInTheDocument();
    // The page's own live region (the layout has others: language, connection).
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .map((region) => region.textContent)
          .filter((text) => text?.includes('Your order is placed')),
      ).toEqual([`Your order is placed. Your order number is ${order.orderNumber}.`]),
    );
    expect(
      screen.getByRole('heading', { level: 2, name: 'What happens next' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^We send your order by standard delivery\./)).toBeInTheDocument();
    expect(
      screen.getByText(/^Nothing was charged today\. Your first bill includes /),
    ).toBeInTheDocument();
    expect(screen.getByText(/^This order does not include autopay\./)).toBeInTheDocument();
    const number = order.lines[0]?.hold?.number ?? '';
    expect(
      screen.getByText(`Number: (${number.slice(0, 3)}) ${number.slice(3, 6)}-${number.slice(6)}`),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Print this page' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('signs out with Done, leaving no session behind', async () => {
    const order = await placedOrder();
    const { user, router } = renderApp(`/orders/${order.id}/confirmation`);

    await user.click(await screen.findByRole('button', { name: 'Done' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    // The sign-in page's code loads lazily; wait for it rather than the page it replaces.
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem('checkout.session')).toBeNull();
    expect(mockRuntime.requests().some((request) => request.operationId === 'signOut')).toBe(true);
  });

  it('keeps the record on screen after Done, without reading the order again', async () => {
    const order = await placedOrder();
    const { user, router } = renderApp(`/orders/${order.id}/confirmation`);
    const done = await screen.findByRole('button', { name: 'Done' });

    // Done empties the cache before sign-in opens. Until it has, the record stays as it was:
    // read again, the order would suspend the page into the loading skeleton (and be refused).
    const lapses = new Set<string>();
    const watch = new MutationObserver(() => {
      if (router.state.location.pathname === '/sign-in') return;
      if (within(screen.getByRole('main')).queryByText('Loading…')) lapses.add('loading');
      if (!screen.queryByRole('heading', { level: 2, name: 'What happens next' })) {
        lapses.add('record gone');
      }
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true });
    await user.click(done);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    watch.disconnect();
    expect([...lapses]).toEqual([]);
    const requests = mockRuntime.requests();
    const afterDone = requests.slice(
      requests.findIndex(({ operationId }) => operationId === 'signOut'),
    );
    // The delivery estimate, read from the catalogue, is not read again either.
    expect(afterDone.filter(({ operationId }) => operationId === 'getOffers')).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
