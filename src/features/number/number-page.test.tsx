import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { LineInput, Order } from '@/api/contract/schemas';
import { server } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { seedOrderAt } from '@/testing/personas';

const twoLines: LineInput[] = [
  { planId: 'unlimited-premium', deviceId: 'iphone-16-pro-256' },
  { planId: 'unlimited-plus', deviceId: 'pixel-9a-128' },
];

async function openNumbers(lines?: LineInput[]) {
  const { orderId } = await seedOrderAt('number', { lines });
  const view = renderApp(`/orders/${orderId}/number`);
  // The first test also loads the page's code, which can take a moment.
  await screen.findByRole(
    'heading',
    { level: 1, name: /Choose your phone number/ },
    { timeout: 5000 },
  );
  return { ...view, orderId };
}

async function serverOrder(orderId: string): Promise<Order | undefined> {
  const { orders } = (await (await fetch('http://localhost/__mock/orders')).json()) as {
    orders: Order[];
  };
  return orders.find((order) => order.id === orderId);
}

function line(position: number) {
  return within(screen.getByRole('region', { name: new RegExp(`^Line ${position}:`) }));
}

/** The page's one announcer (hidden); result counts have their own visible status. */
function announcer() {
  const region = screen
    .getAllByRole('status')
    .find((element) => element.classList.contains('visually-hidden'));
  if (!region) throw new Error('no announcer');
  return region;
}

// Under a full parallel run, pages and the mock answer slowly; wait longer than the default.

// Each test walks the real app over the mock backend; give a slow machine room.
describe('Number step', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('searches the delivery ZIP at once, reserves a number and moves on to terms', async () => {
    const { user, router, orderId } = await openNumbers();
    // The delivery ZIP (07030, Hoboken) is searched without typing.
    expect(line(1).getByRole('textbox', { name: 'Area code or ZIP code' })).toHaveValue('07030');
    await line(1).findByText('5 numbers available for 07030.');
    const first = line(1).getByRole('radio', { name: '(201) 555-0120' });
    await user.click(first);
    await user.click(line(1).getByRole('button', { name: 'Reserve' }));

    const heldNumber = await line(1).findByText('(201) 555-0120');
    await waitFor(() => expect(heldNumber).toHaveFocus());
    expect(line(1).getByRole('timer')).toHaveTextContent(/^Held for 1[45]:\d\d$/);
    expect(announcer()).toHaveTextContent('Number reserved: (201) 555-0120 for Line 1.');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Terms and agreements' });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/terms`);
  });

  it('lists every line that still needs a number when continuing too early', async () => {
    const { user, router, orderId } = await openNumbers(twoLines);
    await line(1).findByText('5 numbers available for 07030.');
    await user.click(line(1).getByRole('radio', { name: '(201) 555-0120' }));
    await user.click(line(1).getByRole('button', { name: 'Reserve' }));
    await line(1).findByRole('timer');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(
      within(summary).getByRole('link', { name: 'Choose and reserve a number for Line 2' }),
    ).toHaveAttribute('href', '#field-line2');
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/number`);
  });

  it('refuses Continue once a hold has ended, and says which line to renew', async () => {
    // The page's clock is fake from the start, so the step reads it when it checks the holds.
    vi.useFakeTimers({ toFake: ['Date'], now: performance.timeOrigin + performance.now() });
    const { orderId } = await seedOrderAt('terms');
    const { user, router } = renderApp(`/orders/${orderId}/number`);
    await screen.findByRole(
      'heading',
      { level: 1, name: /Choose your phone number/ },
      { timeout: 5000 },
    );
    await line(1).findByRole('timer');
    const hold = (await serverOrder(orderId))?.lines[0]?.hold;
    if (!hold) throw new Error('no hold');
    vi.setSystemTime(Date.parse(hold.expiresAt) + 1_000);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const problem = await screen.findByRole('link', {
      name: 'The hold on the number for Line 1 has ended. Renew it or choose another number',
    });
    expect(problem).toHaveAttribute('href', '#field-line1');
    expect(screen.getByRole('alert')).toContainElement(problem);
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/number`);
  });

  it('checks the search box and says what to enter', async () => {
    const { user } = await openNumbers();
    const box = line(1).getByRole('textbox', { name: 'Area code or ZIP code' });
    await user.clear(box);
    await user.type(box, '20');
    await user.click(line(1).getByRole('button', { name: 'Search' }));
    const message = 'Enter a 3-digit area code or a 5-digit ZIP code for Line 1';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#field-line1Search',
    );
    expect(screen.getAllByText(message)).toHaveLength(2);
    expect(box).toHaveValue('20');
  });

  it('offers nearby area codes when an area has no numbers', async () => {
    const { user } = await openNumbers();
    const box = line(1).getByRole('textbox', { name: 'Area code or ZIP code' });
    await user.clear(box);
    await user.type(box, '999');
    await user.click(line(1).getByRole('button', { name: 'Search' }));
    await line(1).findByText('No numbers are available for 999.');

    await user.click(line(1).getByRole('button', { name: 'Search area code 551' }));
    await line(1).findByText('5 numbers available for 551.');
    expect(box).toHaveValue('551');
    expect(line(1).getByRole('radio', { name: '(551) 555-0120' })).toBeInTheDocument();
  });

  it('says when someone took the number, refreshes the list and keeps the other line’s choice', async () => {
    const { user } = await openNumbers(twoLines);
    await line(1).findByText('5 numbers available for 07030.');
    await line(2).findByText('5 numbers available for 07030.');
    await user.click(line(2).getByRole('radio', { name: '(201) 555-0127' }));

    // Someone else reserves (201) 555-0120 just before this customer does.
    server.use(
      http.patch(
        '*/v1/order/:id/number.reserve',
        () =>
          HttpResponse.json(
            { code: 'NUMBER_TAKEN', message: 'Taken', fieldErrors: [] },
            { status: 409 },
          ),
        { once: true },
      ),
    );
    await user.click(line(1).getByRole('radio', { name: '(201) 555-0120' }));
    await user.click(line(1).getByRole('button', { name: 'Reserve' }));

    expect(
      await line(1).findByText(
        'Someone else just took (201) 555-0120. We refreshed the list: choose another number.',
      ),
    ).toBeInTheDocument();
    expect(line(1).getByRole('radio', { name: '(201) 555-0120' })).not.toBeChecked();
    expect(line(2).getByRole('radio', { name: '(201) 555-0127' })).toBeChecked();
  });

  it('shows a failed search with a retry', async () => {
    // A 429 is not retried automatically, so the failure shows at once.
    server.use(
      http.post(
        '*/v1/order/:id/number.available',
        () =>
          HttpResponse.json(
            { code: 'RATE_LIMITED', message: 'Slow down', fieldErrors: [] },
            { status: 429 },
          ),
        { once: true },
      ),
    );
    const { user } = await openNumbers();
    const alert = await line(1).findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests. Wait a moment and try again.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await line(1).findByText('5 numbers available for 07030.');
  });

  it('counts the hold down silently, warns once under 2 minutes and renews an ended hold', async () => {
    // The page's clock is fake (setTimeout stays real for the test library); the mock server
    // keeps the real one, so the fake clock is set from the hold the server answers with.
    const realNow = () => performance.timeOrigin + performance.now();
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: realNow() });
    const { user, orderId } = await openNumbers();
    await line(1).findByText('5 numbers available for 07030.');
    await user.click(line(1).getByRole('radio', { name: '(201) 555-0120' }));
    await user.click(line(1).getByRole('button', { name: 'Reserve' }));
    const timer = await line(1).findByRole('timer');

    const hold = (await serverOrder(orderId))?.lines[0]?.hold;
    if (!hold) throw new Error('no hold');
    vi.setSystemTime(Date.parse(hold.expiresAt) - 15 * 60_000);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(timer).toHaveTextContent('Held for 14:59');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(timer).toHaveTextContent('Held for 13:59');
    // The ticking is not announced.
    expect(announcer()).toHaveTextContent('Number reserved: (201) 555-0120 for Line 1.');

    act(() => {
      vi.advanceTimersByTime(12 * 60_000);
    });
    expect(timer).toHaveTextContent('Held for 1:59');
    expect(
      line(1).getByText('Less than 2 minutes left. Renew the hold to keep this number.'),
    ).toBeInTheDocument();
    expect(announcer()).toHaveTextContent(
      'The hold on the number for Line 1 ends in less than 2 minutes.',
    );

    act(() => {
      vi.advanceTimersByTime(2 * 60_000);
    });
    expect(line(1).queryByRole('timer')).not.toBeInTheDocument();
    expect(line(1).getByText(/The hold on this number has ended/)).toBeInTheDocument();
    expect(announcer()).toHaveTextContent('The hold on the number for Line 1 has ended.');

    // Back to the server's time, then renew: a fresh 15 minutes.
    vi.setSystemTime(realNow());
    await user.click(line(1).getByRole('button', { name: 'Renew hold' }));
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Hold renewed: (201) 555-0120 for Line 1.'),
    );
    await waitFor(() =>
      expect(line(1).getByRole('timer')).toHaveTextContent(/^Held for 1[45]:\d\d$/),
    );
    expect(announcer()).toHaveTextContent('Hold renewed: (201) 555-0120 for Line 1.');
  });

  it('lets a line with a hold choose a different number', async () => {
    const { user } = await openNumbers();
    await line(1).findByText('5 numbers available for 07030.');
    await user.click(line(1).getByRole('radio', { name: '(201) 555-0120' }));
    await user.click(line(1).getByRole('button', { name: 'Reserve' }));
    await line(1).findByRole('timer');

    await user.click(line(1).getByRole('button', { name: 'Choose a different number' }));
    await waitFor(() =>
      expect(line(1).getByRole('textbox', { name: 'Area code or ZIP code' })).toHaveFocus(),
    );
    expect(
      line(1).getByText('You still hold (201) 555-0120 for this line until you reserve another.'),
    ).toBeInTheDocument();
    await line(1).findByText('5 numbers available for 07030.');
    await user.click(line(1).getByRole('radio', { name: '(201) 555-0127' }));
    await user.click(line(1).getByRole('button', { name: 'Reserve' }));
    const heldNumber = await line(1).findByText('(201) 555-0127');
    await waitFor(() => expect(heldNumber).toHaveFocus());
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Number reserved: (201) 555-0127 for Line 1.'),
    );
  });

  it('returns to review after a change made from there', async () => {
    const { orderId } = await seedOrderAt('review');
    const { user, router } = renderApp(`/orders/${orderId}/number?from=review`);
    await screen.findByRole(
      'heading',
      { level: 1, name: /Choose your phone number/ },
      { timeout: 5000 },
    );
    await user.click(line(1).getByRole('button', { name: 'Choose a different number' }));
    await line(1).findByText(/numbers available for 07030/);
    await user.click(line(1).getAllByRole('radio')[0] as HTMLElement);
    await user.click(line(1).getByRole('button', { name: 'Reserve' }));
    await line(1).findByRole('timer');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Review your order' });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/review`);
  });
});
