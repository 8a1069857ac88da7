import { screen, waitFor } from '@testing-library/react';
import { getSession } from '@/api/session';
import { DEMO_PASSWORD, seedOrderAt } from '@/testing/personas';
import { renderApp } from '@/testing/render-app';

/** Ends the session on the server, as an expiry would, while the page still holds the token. */
async function endSessionOnServer() {
  const token = getSession()?.token ?? '';
  await fetch('http://localhost/v1/auth/signout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
}

async function setUpRefusedSession() {
  const { orderId } = await seedOrderAt('shipping');
  const view = renderApp(`/orders/${orderId}/shipping`);
  await screen.findByRole('heading', { level: 1, name: 'Delivery' });
  // A prefetch still in flight would meet the ended session first and leave Delivery early.
  await waitFor(() => expect(view.queryClient.isFetching()).toBe(0));
  await endSessionOnServer();
  await view.user.click(await screen.findByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
  return { ...view, orderId };
}

async function signInWithPassword(user: ReturnType<typeof renderApp>['user'], phone: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Mobile number or email' }), phone);
  await user.click(screen.getByRole('radio', { name: 'Use my password' }));
  await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('a session that ends mid-checkout', () => {
  it('resumes the same step once the same customer signs in again', async () => {
    const { user, router, orderId } = await setUpRefusedSession();

    await signInWithPassword(user, '(201) 555-0101');

    await waitFor(() => expect(router.state.location.pathname).toBe(`/orders/${orderId}/shipping`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Delivery' })).toBeInTheDocument();
  });

  it('starts afresh when someone else signs in', async () => {
    const { user, router } = await setUpRefusedSession();

    await signInWithPassword(user, '(201) 555-0102');

    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
  });
});
