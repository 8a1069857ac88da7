import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { LineInput } from '@/api/contract/schemas';
import { orderKeys } from '@/api/orders';
import { server } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { seedOrderAt } from '@/testing/personas';
import { watchWebStorage } from '@/testing/web-storage';

async function openCredit(phone = '(201) 555-0101', lines?: LineInput[]) {
  const { orderId } = await seedOrderAt('credit', { phone, lines });
  const view = renderApp(`/orders/${orderId}/credit`);
  // The first test also loads the page's code, which can take a moment.
  await screen.findByRole('heading', { level: 1, name: 'Credit check' }, { timeout: 5000 });
  // The address comes from the account; wait until it is filled in.
  await screen.findByRole('textbox', { name: 'Address line 1' });
  return { ...view, orderId };
}

async function fillIn(user: ReturnType<typeof renderApp>['user'], ssn = '123-45-6789') {
  await user.type(screen.getByLabelText('Social Security number'), ssn);
  await user.type(screen.getByRole('textbox', { name: 'Month' }), '3');
  await user.type(screen.getByRole('textbox', { name: 'Day' }), '27');
  await user.type(screen.getByRole('textbox', { name: 'Year' }), '1985');
  await user.click(screen.getByRole('checkbox', { name: /I authorize a credit check/ }));
}

// Under a full parallel run, pages and the mock answer slowly; wait longer than the default.

// Each test walks the real app over the mock backend; give a slow machine room.
describe('Credit step', { timeout: 20_000 }, () => {
  it('prefills the account address, never pre-ticks the authorization and masks the SSN', async () => {
    const { user } = await openCredit();
    expect(screen.getByRole('textbox', { name: 'Address line 1' })).toHaveValue(
      '221 Washington St',
    );
    expect(screen.getByRole('textbox', { name: 'Town or city' })).toHaveValue('Hoboken');
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('NJ');
    expect(screen.getByRole('textbox', { name: 'ZIP code' })).toHaveValue('07030');
    expect(screen.getByRole('checkbox', { name: /I authorize a credit check/ })).not.toBeChecked();

    const ssn = screen.getByLabelText('Social Security number');
    expect(ssn).toHaveAttribute('type', 'password');
    expect(ssn).toHaveAttribute('autocomplete', 'off');
    expect(ssn).toHaveAttribute('inputmode', 'numeric');
    await user.click(screen.getByRole('button', { name: 'Show Social Security number' }));
    expect(ssn).toHaveAttribute('type', 'text');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveAttribute(
      'autocomplete',
      'bday-month',
    );
  });

  it('shows the approval, applies the policy and moves on to shipping', async () => {
    const { user, router, orderId } = await openCredit();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'You’re approved' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toContain('You’re approved');
    expect(screen.getByText('Up to 5 lines')).toBeInTheDocument();
    // The form and what was typed are gone.
    expect(screen.queryByLabelText('Social Security number')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /delivery/i });
    expect(router.state.location.pathname).toBe(`/orders/${orderId}/shipping`);
  });

  it('sends the SSN as 9 digits with the authorization, and keeps neither afterwards', async () => {
    const bodies: unknown[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/credit.submit'))
        void request
          .clone()
          .json()
          .then((b) => bodies.push(b));
    });
    const storage = watchWebStorage();
    const { user, queryClient } = await openCredit();
    await fillIn(user, '123 45 6789');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'You’re approved' });

    expect(bodies).toEqual([
      expect.objectContaining({
        ssn: '123456789',
        dateOfBirth: '1985-03-27',
        authorization: expect.objectContaining({
          accepted: true,
          disclosureVersion: '2025.1',
        }) as unknown,
        address: {
          line1: '221 Washington St',
          line2: 'Apt 4',
          city: 'Hoboken',
          state: 'NJ',
          zip: '07030',
        },
      }),
    ]);
    const cached = JSON.stringify([
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state.data),
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state.variables),
    ]);
    expect(cached).not.toContain('123456789');
    expect(cached).not.toContain('1985-03-27');
    // Nor did web storage ever hold them, as typed or as sent.
    for (const secret of ['123 45 6789', '123456789', '1985', '1985-03-27']) {
      expect(storage.seen()).not.toContain(secret);
    }
  });

  it('explains every problem in the summary and inline, and keeps what was typed', async () => {
    const { user } = await openCredit();
    await user.type(screen.getByLabelText('Social Security number'), '666-12-3456');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '2');
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '30');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '1990');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    const problems = [
      'Enter a real Social Security number: it cannot start with 000, 666 or 9',
      'Date of birth must be a real date',
      'Tick the box to authorize the credit check',
    ];
    for (const problem of problems) {
      expect(within(summary).getByRole('link', { name: problem })).toBeInTheDocument();
      expect(screen.getAllByText(problem)).toHaveLength(2);
    }
    expect(document.title).toMatch(/^Error:/);
    expect(screen.getByLabelText('Social Security number')).toHaveValue('666-12-3456');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('30');
  });

  it('refuses an applicant under 18', async () => {
    const { user } = await openCredit();
    const year = String(new Date().getFullYear() - 17);
    await user.type(screen.getByLabelText('Social Security number'), '123456789');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '1');
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '1');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), year);
    await user.click(screen.getByRole('checkbox', { name: /I authorize a credit check/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'You must be 18 or older to apply for credit' }),
    ).toHaveAttribute('href', '#field-dob');
  });

  it('keeps the answers when the check fails, and retries', async () => {
    let failures = 1;
    server.use(
      http.post('*/v1/order/:id/credit.submit', () => {
        if (failures-- > 0) {
          return HttpResponse.json(
            { code: 'SERVICE_UNAVAILABLE', message: 'Bureau down', fieldErrors: [] },
            { status: 503 },
          );
        }
        return undefined;
      }),
    );
    const { user } = await openCredit();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Our service is busy. Try again in a moment.');
    expect(screen.getByLabelText('Social Security number')).toHaveValue('123-45-6789');
    expect(screen.getByRole('checkbox', { name: /I authorize a credit check/ })).toBeChecked();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'You’re approved' });
  });

  it('shows the decision at once when the order already has one (reload)', async () => {
    const first = await openCredit();
    await fillIn(first.user);
    await first.user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'You’re approved' });
    first.unmount();

    // A fresh app (new cache), as after a reload.
    renderApp(`/orders/${first.orderId}/credit`);
    const approvedHeading = await screen.findByRole('heading', {
      level: 1,
      name: 'You’re approved',
    });
    await waitFor(() => expect(approvedHeading).toHaveFocus());
    expect(screen.queryByLabelText('Social Security number')).not.toBeInTheDocument();
  });

  it('shows the deposit with the risk-based pricing notice', async () => {
    const { user } = await openCredit('(201) 555-0102');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'You’re approved with a deposit' });
    expect(screen.getByText('$200.00, added to your first bill')).toBeInTheDocument();
    expect(screen.getByText('Risk-based pricing notice')).toBeInTheDocument();
    expect(
      screen.getByText(/based in whole or in part on information in your consumer report/),
    ).toBeInTheDocument();
  });

  it('lets the customer choose which lines to keep under a line cap', async () => {
    const { user, router, orderId } = await openCredit('(201) 555-0103', [
      { planId: 'unlimited-plus', deviceId: 'iphone-16-128' },
      { planId: 'essentials-15', deviceId: 'moto-g-play-64' },
    ]);
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'You’re approved, with conditions' });
    expect(screen.getByText(/at least 30% of its full price/)).toBeInTheDocument();

    const group = screen.getByRole('group', { name: 'Choose the line to keep' });
    const [first, second] = within(group).getAllByRole('checkbox');
    if (!first || !second) throw new Error('two lines expected');
    expect(first).toBeChecked();
    await user.click(second);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Choose only 1 line to keep' }),
    ).toBeInTheDocument();

    await user.click(first);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${orderId}/shipping`));
    const order = (await (await fetch('http://localhost/__mock/orders')).json()) as {
      orders: { id: string; lines: { planId: string }[] }[];
    };
    expect(order.orders.find((o) => o.id === orderId)?.lines.map((l) => l.planId)).toEqual([
      'essentials-15',
    ]);
  });

  it('explains a manual review and offers no way on', async () => {
    const { user } = await openCredit('(201) 555-0104');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'We need to review your application' });
    expect(screen.getByText('This order cannot be completed online.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1-800-555-0177' })).toHaveAttribute(
      'href',
      'tel:18005550177',
    );
    expect(screen.getByText(/A credit specialist reviews your application/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('gives the full adverse-action notice when declined', async () => {
    const { user } = await openCredit('(201) 555-0105');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'We can’t approve this order' });
    expect(screen.getByText('Northstar Credit Reporting, LLC')).toBeInTheDocument();
    expect(screen.getByText('P.O. Box 740241, Atlanta, GA 30374')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1-800-555-0142' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'www.northstar-credit.example' })).toBeInTheDocument();
    expect(screen.getByText('548')).toBeInTheDocument();
    expect(screen.getByText(/Scores range from 300 to 850/)).toBeInTheDocument();
    expect(screen.getByText('Serious delinquency on one or more accounts')).toBeInTheDocument();
    expect(screen.getByText(/did not make this decision/)).toBeInTheDocument();
    expect(screen.getByText(/within 60 days/)).toBeInTheDocument();
    expect(screen.getByText(/right to dispute/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('keeps the form until the decision can be shown, and offers a retry when it cannot', async () => {
    // Reading the decision waits for `answer`, then fails until it is back.
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    let policyDown = true;
    let policyReads = 0;
    server.use(
      http.get('*/v1/order/:id/credit.policy', async () => {
        policyReads += 1;
        await answered;
        return policyDown
          ? HttpResponse.json(
              { code: 'SERVICE_UNAVAILABLE', message: 'Down', fieldErrors: [] },
              { status: 503 },
            )
          : undefined;
      }),
    );
    const { user, queryClient, orderId } = await openCredit();
    // No automatic retries here, so the failure shows at once.
    queryClient.setQueryDefaults(orderKeys.creditPolicy(orderId), { retry: false });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(policyReads).toBeGreaterThan(0));
    expect(screen.getByRole('heading', { level: 1, name: 'Credit check' })).toBeVisible();
    answer();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Social Security number')).not.toBeInTheDocument();

    policyDown = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'You’re approved' });
  });
});
