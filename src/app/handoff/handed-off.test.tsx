import { act, screen, waitFor } from '@testing-library/react';
import type { FunnelEvent } from '@/analytics/events';
import { connectSender } from '@/analytics/track';
import { getSession } from '@/api/session';
import { resumePoint } from '@/checkout/resume';
import { DEMO_PASSWORD, seedOrderAt } from '@/testing/personas';
import { renderApp } from '@/testing/render-app';

/** The customer's phone, signed in as the same customer, claims the order's open hand-off. */
async function claimOnPhone(orderId: string, screenToken: string) {
  const opened = await fetch(`http://localhost/v1/order/${orderId}/handoff`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${screenToken}` },
  });
  const { token } = (await opened.json()) as { token: string };
  const phone = (await (
    await fetch('http://localhost/v1/auth', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        method: 'password',
        identifier: '(201) 555-0101',
        password: DEMO_PASSWORD,
      }),
    })
  ).json()) as { token: string };
  const claimed = await fetch('http://localhost/v1/handoff/claim', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${phone.token}` },
    body: JSON.stringify({ token }),
  });
  expect(claimed.status).toBe(200);
}

describe('a hand-off claimed on the phone, outside kiosk mode', () => {
  it('signs this screen out and says the order continues on the phone', async () => {
    const { orderId, session } = await seedOrderAt('credit');
    const { queryClient, router } = renderApp(`/orders/${orderId}/credit`);
    await screen.findByRole('heading', { level: 1, name: 'Credit check' });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));

    const funnel: FunnelEvent[] = [];
    connectSender((event) => funnel.push(event));
    funnel.length = 0;
    await claimOnPhone(orderId, session.token);
    // The screen's next call meets the ended session.
    await act(() => queryClient.refetchQueries({ queryKey: ['order', orderId], exact: true }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toHaveFocus();
    expect(router.state.location.search).toBe('?handed-off=1');
    expect(screen.getByText('Your order continues on your phone')).toBeInTheDocument();
    expect(screen.queryByText(/Your session has ended/)).not.toBeInTheDocument();
    expect(getSession()).toBeNull();
    expect(resumePoint.get()).toBeNull();
    await waitFor(() => expect(queryClient.getQueryData(['order', orderId])).toBeUndefined());
    await waitFor(() =>
      expect(funnel).toContainEqual(expect.objectContaining({ name: 'handoff_made' })),
    );
  });
});
