import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { customerKeys } from '@/api/customers';
import { clearSession } from '@/api/session';
import { checkoutDraft, clearDraft } from '@/checkout/draft';
import { server } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/personas';

async function openAccount(phone: string) {
  await signInAs(phone);
  const view = renderApp('/account');
  await screen.findByRole('heading', { level: 1, name: 'Your account' }, { timeout: 5000 });
  return view;
}

beforeEach(() => {
  clearSession();
  clearDraft();
});

describe('Account step', { timeout: 20_000 }, () => {
  it('shows the one account masked, without asking again, and continues to the offers', async () => {
    const { user, router } = await openAccount('(201) 555-0101');
    expect(await screen.findByText('Maya Patel')).toBeInTheDocument();
    expect(screen.getByText('•••• 4821')).toBeInTheDocument();
    expect(screen.getByText('(•••) •••-0101')).toBeInTheDocument();
    expect(screen.getByText('m•••@example.com')).toBeInTheDocument();
    expect(screen.getByText('Hoboken, NJ')).toBeInTheDocument();
    // Nothing to type: sign-in already said who this is.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose a plan and phone' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/offers');
    expect(checkoutDraft.get().customerId).toBe('C1000101');
  });

  it('lets a customer with several accounts choose one, and asks when none is chosen', async () => {
    const { user, router } = await openAccount('2015550106');
    const group = await screen.findByRole('group', { name: 'Which account is this order for?' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(radios.some((radio) => (radio as HTMLInputElement).checked)).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Choose the account this order is for' }),
    ).toHaveAttribute('href', '#field-customerId');
    expect(group).toHaveAccessibleDescription(
      expect.stringContaining('Choose the account this order is for'),
    );

    await user.click(within(group).getByRole('radio', { name: /•••• 9023/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Choose a plan and phone' });
    expect(router.state.location.pathname).toBe('/offers');
    expect(checkoutDraft.get().customerId).toBe('C1000116');
  });

  it('explains plainly when the account cannot order online, and offers no way on', async () => {
    await openAccount('2015550107');
    expect(await screen.findByText('This account cannot order online')).toBeInTheDocument();
    expect(
      screen.getByText(/visit one of our stores, or call Customer Care on 611/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('offers a retry when the accounts cannot be loaded', async () => {
    let failures = 0;
    server.use(
      http.get('*/v1/customers', () => {
        failures += 1;
        return failures <= 3
          ? HttpResponse.json(
              { code: 'INTERNAL', message: 'boom', fieldErrors: [] },
              { status: 500 },
            )
          : undefined;
      }),
    );
    await signInAs('2015550101');
    const { user, queryClient } = renderApp('/account');
    // No automatic retries here, so the failure shows at once.
    queryClient.setQueryDefaults(customerKeys.all, { retry: false });
    // The loader reads the accounts: its failure is the route's error screen, with a retry.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Something went wrong' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();

    failures = 10;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Maya Patel')).toBeInTheDocument();
  });
});
