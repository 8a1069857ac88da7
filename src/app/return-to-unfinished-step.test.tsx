import { screen, within } from '@testing-library/react';
import { mockRuntime } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';
import { seedOrderAt } from '@/testing/personas';

/** Sells out the plan of the order's first line, as if another shop took the last one. */
function sellOutFirstPlan(orderId: string) {
  const order = mockRuntime.backend.listOrders().find((candidate) => candidate.id === orderId);
  mockRuntime.backend.markSoldOut([order?.lines[0]?.planId ?? '']);
}

async function expectBackOnCart(router: ReturnType<typeof renderApp>['router'], orderId: string) {
  expect(await screen.findByRole('heading', { level: 1, name: 'Your cart' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(`/orders/${orderId}/cart`);
  expect(await screen.findByText('Something in your cart is no longer available')).toBeVisible();
}

// Each test walks the real app over the mock backend; give a slow machine room.
describe('a step that comes undone under a later one', { timeout: 20_000 }, () => {
  it('sends the customer from delivery to the cart, which says what happened', async () => {
    const { orderId } = await seedOrderAt('shipping');
    const { user, router } = renderApp(`/orders/${orderId}/shipping`);
    await screen.findByRole('group', { name: 'Delivery address' }, { timeout: 5000 });
    sellOutFirstPlan(orderId);

    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await expectBackOnCart(router, orderId);
  });

  it('sends the customer from the number step to the cart, which says what happened', async () => {
    const { orderId } = await seedOrderAt('number');
    const { user, router } = renderApp(`/orders/${orderId}/number`);
    const line = within(await screen.findByRole('region', { name: /^Line 1:/ }, { timeout: 5000 }));
    await user.click(await line.findByRole('radio', { name: '(201) 555-0120' }));
    sellOutFirstPlan(orderId);

    await user.click(line.getByRole('button', { name: 'Reserve' }));

    await expectBackOnCart(router, orderId);
  });
});
