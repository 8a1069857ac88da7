import type { Page } from '@playwright/test';
import { expect, startAtStep, test } from './support/fixtures';
import { injectFault, mockOrders, mockRequests } from './support/mock-control';

function placeOrderButton(page: Page) {
  return page.getByRole('button', { name: 'Place order' });
}

async function expectPlaced(page: Page, orderId: string) {
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/confirmation$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();
}

/** Exactly one order, placed; every submit request carried one and the same Idempotency-Key. */
async function expectOneOrderOneKey(page: Page, orderId: string, attempts: number[]) {
  const orders = await mockOrders(page);
  expect(orders.map(({ id, status }) => ({ id, status }))).toEqual([
    { id: orderId, status: 'submitted' },
  ]);
  const submits = await mockRequests(page, 'submitOrder');
  expect(submits.map((entry) => entry.status)).toEqual(attempts);
  const [first] = submits;
  expect(first?.idempotencyKey).toMatch(/\S/);
  expect(submits.every((entry) => entry.idempotencyKey === first?.idempotencyKey)).toBe(true);
}

test.describe('submit: exactly one order', () => {
  test('a double click on "Place order" makes one order', async ({ page, apiCalls }) => {
    const orderId = await startAtStep(page, 'review');
    await placeOrderButton(page).dblclick();
    await expectPlaced(page, orderId);

    await expectOneOrderOneKey(page, orderId, [201]);
    const submitHeaders = apiCalls
      .filter((call) => call.path === '/v1/order/submit')
      .map((call) => call.headers['idempotency-key']);
    expect(submitHeaders).toHaveLength(1);
  });

  test('a retry after a network error reuses the key and makes one order', async ({ page }) => {
    const orderId = await startAtStep(page, 'review');
    await injectFault(page, 'submitOrder', 'network-error');
    await placeOrderButton(page).click();

    const problem = page.getByRole('alert').filter({ hasText: 'We could not reach our servers' });
    await expect(problem).toBeVisible();
    await expect(page).toHaveURL(/\/review$/);
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expectPlaced(page, orderId);

    await expectOneOrderOneKey(page, orderId, [0, 201]);
  });

  test('a reload while the order is being placed lets the customer place it again safely', async ({
    page,
  }) => {
    const orderId = await startAtStep(page, 'review');
    await injectFault(page, 'submitOrder', 'hang');
    await placeOrderButton(page).click();
    // The request reached the mock (and got no answer) before the customer reloads.
    await expect.poll(async () => (await mockRequests(page, 'submitOrder')).length).toBe(1);
    await page.reload();

    await expect(page.getByRole('heading', { level: 1, name: 'Review your order' })).toBeFocused();
    await placeOrderButton(page).click();
    await expectPlaced(page, orderId);

    await expectOneOrderOneKey(page, orderId, [0, 201]);
  });
});
