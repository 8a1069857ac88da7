/**
 * A backend newer than the app may send a value the app does not know (an error code, a
 * validation problem, a step, a credit decision), or save an answer without moving the order on.
 * Each test drives the real routes over the mock backend, with its answer changed that way, and
 * shows the screen the customer gets.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Order } from '@/api/contract/schemas';
import { clearSession } from '@/api/session';
import { chooseAccount, clearDraft, setDraftLines } from '@/checkout/draft';
import { mockRuntime, server } from '@/testing/mock-backend';
import { changeAnswers } from '@/testing/newer-backend';
import { seedOrderAt, signInAs } from '@/testing/personas';
import { renderApp } from '@/testing/render-app';

const CANNOT_FINISH = 'We can’t finish this order online';

function storedOrder(orderId?: string): Order {
  const orders = mockRuntime.backend.listOrders();
  const order = orderId ? orders.find((candidate) => candidate.id === orderId) : orders[0];
  if (!order) throw new Error(`No order ${orderId ?? ''}`);
  return order;
}

const requestsOf = (operationId: string) =>
  mockRuntime.requests().filter((request) => request.operationId === operationId);

beforeEach(() => {
  clearSession();
  clearDraft();
});

// Each test walks the real app over the mock backend; give a slow machine room.
describe('a backend newer than the app', { timeout: 20_000 }, () => {
  it('an error code the app does not know gets plain general words; the page and its answers stay', async () => {
    const { orderId } = await seedOrderAt('shipping');
    server.use(
      http.post('*/v1/order/:id/fulfillment', () =>
        HttpResponse.json(
          { code: 'DELIVERY_PAUSED', message: 'Deliveries are paused (server wording).' },
          { status: 409 },
        ),
      ),
    );
    const { user } = renderApp(`/orders/${orderId}/shipping`);
    await screen.findByRole('group', { name: 'Delivery address' }, { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Something went wrong' +
        'We could not finish this. Try again, and if it keeps happening, call Customer Care on 611 from your phone.',
    );
    expect(screen.queryByText(/server wording/)).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Delivery' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Address line 1' })).toHaveValue(
      '221 Washington St',
    );
  });

  it('a validation problem the app does not know names its step with a link there, or says plainly that help is needed', async () => {
    const { orderId } = await seedOrderAt('review');
    server.use(
      http.get('*/v1/order/:id/validate', () =>
        HttpResponse.json({
          valid: false,
          problems: [
            { code: 'PROOF_OF_ADDRESS_REQUIRED', step: 'shipping', message: 'Proof needed.' },
            { code: 'IDENTITY_UNVERIFIED', step: 'identity', message: 'Verify identity.' },
          ],
        }),
      ),
    );
    renderApp(`/orders/${orderId}/review`);

    const problems = await screen.findByRole(
      'group',
      { name: 'Before you place your order' },
      { timeout: 5000 },
    );
    const items = within(problems).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(items[0]!).getByRole('link', { name: 'Something in delivery needs your attention.' }),
    ).toHaveAttribute('href', `/orders/${orderId}/shipping?from=review`);
    expect(items[1]).toHaveTextContent(
      'Something in your order needs attention that we cannot show here. Call Customer Care on 611 from your phone for help.',
    );
    expect(within(items[1]!).queryByRole('link')).toBeNull();
    expect(screen.queryByText(/Proof needed|Verify identity/)).toBeNull();
  });

  it('a next step the app does not know opens the help screen: one focused h1, the references, how to get help', async () => {
    const { orderId } = await seedOrderAt('shipping');
    changeAnswers('getOrder', (order) => ({ ...order, nextStep: 'identity-check' }));
    const { router } = renderApp(`/orders/${orderId}/shipping`);

    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: CANNOT_FINISH },
      { timeout: 5000 },
    );
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe(`${CANNOT_FINISH} – Checkout`);
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/help`);
    expect(screen.getByText(orderId)).toBeInTheDocument();
    expect(screen.getByText(storedOrder(orderId).credit?.referenceId ?? '-')).toBeInTheDocument();
    expect(screen.getByText(/call Customer Care on 611 from your phone/i)).toBeInTheDocument();
    // No step to show progress for, and nowhere to go on to.
    expect(screen.queryByRole('navigation', { name: 'Checkout progress' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  });

  it('the help screen of an order the app can take on leads to its step instead', async () => {
    const { orderId } = await seedOrderAt('number');
    const { router } = renderApp(`/orders/${orderId}/help`);

    await screen.findByRole(
      'heading',
      { level: 1, name: 'Choose your phone number' },
      { timeout: 5000 },
    );
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/number`);
  });

  it('a credit decision the app does not know is no approval: the order stops at credit, with its references', async () => {
    const { orderId } = await seedOrderAt('shipping');
    const pending = 'approved_pending_identity';
    changeAnswers('getOrder', (order) => ({
      ...order,
      credit: { ...(order.credit as object), decision: pending },
    }));
    changeAnswers('getCreditPolicy', (policy) => ({ ...policy, decision: pending }));
    const { router } = renderApp(`/orders/${orderId}/shipping`);

    await screen.findByRole('heading', { level: 1, name: CANNOT_FINISH }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/credit`);
    expect(screen.getByText(orderId)).toBeInTheDocument();
    expect(screen.getByText(storedOrder(orderId).credit?.referenceId ?? '-')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(screen.queryByText(/approved/i)).toBeNull();
  });

  it('an order that does not move on after the cart is said so, with a retry, and the lines are not sent again', async () => {
    const session = await signInAs('2015550101');
    chooseAccount(session.customerId);
    setDraftLines([{ planId: 'essentials-15' }]);
    changeAnswers('createOrder', (order) => ({ ...order, nextStep: 'cart' }), { once: true });
    const { user, router } = renderApp('/cart');
    await screen.findByRole('heading', { level: 3, name: 'Line 1' }, { timeout: 5000 });

    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(
      'Your order did not move on' +
        'We saved your answer, but your order did not go on to the next step.',
    );
    const { id } = storedOrder();
    expect(router.state.location.pathname).toBe(`/orders/${id}/cart`);

    // Continue again changes nothing on the server: the lines are saved, the order is stuck.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your order did not move on');
    expect(requestsOf('createOrder')).toHaveLength(1);
    expect(requestsOf('replaceLines')).toHaveLength(0);

    // The retry reads the order again; it has moved on now, and so does the customer.
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'Credit check' });
    expect(router.state.location.pathname).toBe(`/orders/${id}/credit`);
  });
});
