import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { LineInput, Order } from '@/api/contract/schemas';
import { server } from '@/testing/mock-backend';
import type { RequestLogEntry } from '@/testing/mock-backend';
import { changeAnswers } from '@/testing/newer-backend';
import { renderApp } from '@/testing/render-app';
import { seedOrderAt } from '@/testing/personas';

async function openShipping(options: { step?: 'shipping' | 'number'; lines?: LineInput[] } = {}) {
  const { orderId } = await seedOrderAt(options.step ?? 'shipping', { lines: options.lines });
  const view = renderApp(`/orders/${orderId}/shipping`);
  // The first test also loads the page's code, which can take a moment.
  await screen.findByRole('heading', { level: 1, name: 'Delivery' }, { timeout: 5000 });
  await screen.findByRole('group', { name: 'Delivery address' });
  return { ...view, orderId };
}

async function serverOrder(orderId: string): Promise<Order | undefined> {
  const { orders } = (await (await fetch('http://localhost/__mock/orders')).json()) as {
    orders: Order[];
  };
  return orders.find((order) => order.id === orderId);
}

async function requests(): Promise<RequestLogEntry[]> {
  return (
    (await (await fetch('http://localhost/__mock/requests')).json()) as {
      requests: RequestLogEntry[];
    }
  ).requests;
}

/** A text box of the delivery address block (the E911 block has the same labels). */
function deliveryField(name: string | RegExp) {
  return within(screen.getByRole('group', { name: 'Delivery address' })).getByRole('textbox', {
    name,
  });
}

function e911Field(name: string) {
  return within(screen.getByRole('group', { name: 'E911 address' })).getByRole('textbox', { name });
}

// Under a full parallel run, pages and the mock answer slowly; wait longer than the default.

// Each test walks the real app over the mock backend; give a slow machine room.
describe('Shipping step', { timeout: 20_000 }, () => {
  it('prefills the account address, uses it for E911 and moves on to the number step', async () => {
    const { user, router, orderId } = await openShipping();
    expect(deliveryField('Address line 1')).toHaveValue('221 Washington St');
    expect(deliveryField('Address line 1')).toHaveAttribute(
      'autocomplete',
      'shipping address-line1',
    );
    expect(deliveryField('ZIP code')).toHaveValue('07030');
    expect(
      screen.getByRole('checkbox', { name: 'Use the delivery address as the E911 address' }),
    ).toBeChecked();
    expect(screen.queryByRole('group', { name: 'E911 address' })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Standard delivery: free' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Express delivery: $15.00' }));
    await user.click(screen.getByRole('radio', { name: 'eSIM' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('heading', { level: 1, name: 'Choose your phone number' });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/number`);
    const address = {
      line1: '221 Washington St',
      line2: 'Apt 4',
      city: 'Hoboken',
      state: 'NJ',
      zip: '07030',
    };
    expect((await serverOrder(orderId))?.fulfillment).toEqual({
      shippingAddress: address,
      e911Address: address,
      deliveryOption: 'express',
      simType: 'esim',
      agreements: [],
    });
  });

  it('offers each delivery option at the price and in the business days the API gives', async () => {
    changeAnswers('getOffers', (offers) => ({
      ...offers,
      deliveryOptions: [
        { id: 'standard', priceCents: 0, minBusinessDays: 4, maxBusinessDays: 6 },
        { id: 'express', priceCents: 2250, minBusinessDays: 1, maxBusinessDays: 1 },
      ],
    }));
    await openShipping();
    expect(
      screen.getByRole('radio', { name: 'Standard delivery: free' }),
    ).toHaveAccessibleDescription('Arrives in 4 to 6 business days.');
    expect(
      screen.getByRole('radio', { name: 'Express delivery: $22.50' }),
    ).toHaveAccessibleDescription('Arrives in 1 business day. Added to your first bill.');
  });

  it('asks for a separate E911 address when unticked, and says what is missing', async () => {
    const { user } = await openShipping();
    await user.click(
      screen.getByRole('checkbox', { name: 'Use the delivery address as the E911 address' }),
    );
    expect(e911Field('Address line 1')).toHaveValue('');
    expect(e911Field('Address line 1')).toHaveAttribute(
      'autocomplete',
      'section-e911 address-line1',
    );
    await user.type(e911Field('Address line 1'), '10 River St');
    await user.clear(deliveryField('Town or city'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    for (const problem of [
      'Enter the town or city of the delivery address',
      'Enter the town or city of the E911 address',
      'Choose the state of the E911 address',
      'Enter the ZIP code of the E911 address',
    ]) {
      expect(within(summary).getByRole('link', { name: problem })).toBeInTheDocument();
      expect(screen.getAllByText(problem)).toHaveLength(2);
    }
    expect(
      within(summary).getByRole('link', { name: 'Enter the town or city of the E911 address' }),
    ).toHaveAttribute('href', '#field-e911Address-city');
    // What was typed stays.
    expect(e911Field('Address line 1')).toHaveValue('10 River St');
    expect(deliveryField('Address line 1')).toHaveValue('221 Washington St');
  });

  it('puts an undeliverable address on the address field', async () => {
    const { user, router, orderId } = await openShipping();
    const line1 = deliveryField('Address line 1');
    await user.clear(line1);
    await user.type(line1, 'PO Box 12');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const message =
      'We cannot deliver to this address. Check it, or enter a street address instead of a P.O. box';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#field-shippingAddress-line1',
    );
    expect(line1).toHaveAttribute('aria-invalid', 'true');
    expect(line1).toHaveValue('PO Box 12');
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/shipping`);
  });

  it('offers the matches of an ambiguous address and resubmits with the chosen one', async () => {
    const { user, router, orderId } = await openShipping();
    await user.clear(deliveryField('Address line 1'));
    await user.type(deliveryField('Address line 1'), '500 Main St');
    await user.clear(deliveryField(/Address line 2/));
    await user.clear(deliveryField('Town or city'));
    await user.type(deliveryField('Town or city'), 'Teaneck');
    await user.clear(deliveryField('ZIP code'));
    await user.type(deliveryField('ZIP code'), '07666');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const title = await screen.findByRole('heading', { name: 'Did you mean…' });
    await waitFor(() => expect(title).toHaveFocus());
    // Nothing typed is lost while the customer decides.
    expect(deliveryField('Town or city')).toHaveValue('Teaneck');
    await user.click(
      screen.getByRole('radio', { name: '500 Main St, Unit 2, Hackensack, NJ 07601' }),
    );
    await user.click(screen.getByRole('button', { name: 'Use this address' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${orderId}/number`));
    expect((await serverOrder(orderId))?.fulfillment?.shippingAddress).toEqual({
      line1: '500 Main St',
      line2: 'Unit 2',
      city: 'Hackensack',
      state: 'NJ',
      zip: '07601',
    });
  });

  it('keeps the answers when saving fails, and retries', async () => {
    let failures = 1;
    server.use(
      http.post('*/v1/order/:id/fulfillment', () => {
        if (failures-- > 0) {
          return HttpResponse.json(
            { code: 'INTERNAL', message: 'Boom', fieldErrors: [] },
            { status: 500 },
          );
        }
        return undefined;
      }),
    );
    const { user, router, orderId } = await openShipping();
    await user.click(screen.getByRole('radio', { name: 'Express delivery: $15.00' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side. Try again.');
    expect(screen.getByRole('radio', { name: 'Express delivery: $15.00' })).toBeChecked();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${orderId}/number`));
    expect((await serverOrder(orderId))?.fulfillment?.deliveryOption).toBe('express');
  });

  it('offers no eSIM when a line cannot use one, and says which', async () => {
    await openShipping({
      lines: [
        { planId: 'unlimited-plus', deviceId: 'iphone-16-128' },
        { planId: 'essentials-15', deviceId: 'moto-g-play-64' },
      ],
    });
    expect(screen.queryByRole('radio', { name: 'eSIM' })).not.toBeInTheDocument();
    expect(screen.getByText(/An eSIM is not available for this order/)).toBeInTheDocument();
    expect(screen.getByText(/^Line 2: Motorola/)).toBeInTheDocument();
  });

  it('changes saved details with a PATCH', async () => {
    const { user, router, orderId } = await openShipping({ step: 'number' });
    expect(screen.getByRole('radio', { name: 'eSIM' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Physical SIM card' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${orderId}/number`));
    // The seed created the details directly; the app's one write is a PATCH.
    const writes = (await requests()).filter((entry) => entry.path.endsWith('/fulfillment'));
    expect(writes.map((entry) => entry.method)).toEqual(['PATCH']);
    expect((await serverOrder(orderId))?.fulfillment?.simType).toBe('physical');
  });

  it('returns to review after a change made from there', async () => {
    const { orderId } = await seedOrderAt('review');
    const { user, router } = renderApp(`/orders/${orderId}/shipping?from=review`);
    await screen.findByRole('heading', { level: 1, name: 'Delivery' }, { timeout: 5000 });
    await user.click(await screen.findByRole('radio', { name: 'Express delivery: $15.00' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Review your order' });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`);
    expect((await serverOrder(orderId))?.fulfillment?.deliveryOption).toBe('express');
  });
});
