import { submitCreditCheck } from './support/checkout-walk';
import { expect, startAtStep, test } from './support/fixtures';
import { answerAsNewerBackend } from './support/newer-backend';

const ORDER = '^/v1/order/[^/]+$';

test('an order whose next step the app does not know gets the help screen, in Spanish too', async ({
  page,
}) => {
  await answerAsNewerBackend(page, {
    method: 'GET',
    path: ORDER,
    set: { nextStep: 'identity-check' },
  });
  const orderId = await startAtStep(page, 'shipping');

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('We can’t finish this order online');
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/help$`));
  await expect(page).toHaveTitle('We can’t finish this order online – Checkout');
  const references = page.getByRole('main').getByRole('definition');
  await expect(references.first()).toHaveText(orderId);
  await expect(references.nth(1)).toHaveText(/^CR-\d+$/);
  await expect(page.getByText(/call Customer Care on 611 from your phone/i)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Checkout progress' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Español' }).click();
  await expect(heading).toHaveText('No podemos terminar este pedido en línea');
  await expect(page.getByText(/Atención al Cliente al 611/)).toBeVisible();
});

test('an answer saved without the order moving on is said so, and the retry moves on', async ({
  page,
  apiCalls,
}) => {
  await answerAsNewerBackend(page, {
    method: 'POST',
    path: '^/v1/order/[^/]+/fulfillment$',
    set: { nextStep: 'shipping' },
    times: 1,
  });
  const orderId = await startAtStep(page, 'shipping');

  const continueButton = page.getByRole('button', { name: 'Continue', exact: true });
  await continueButton.click();
  const stalled = page.getByRole('alert').filter({ hasText: 'Your order did not move on' });
  await expect(stalled).toContainText('We saved your answer');
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/shipping$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeVisible();

  await stalled.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose your phone number' }),
  ).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/number$`));
  // The details went out once; the retry only read the order again.
  const fulfillment = apiCalls.filter((call) => call.path === '/v1/order/{id}/fulfillment');
  expect(fulfillment.map((call) => `${call.method} ${call.status}`)).toEqual(['POST 201']);
});

test('a credit decision the app does not know is no approval: no way on to delivery', async ({
  page,
}) => {
  await answerAsNewerBackend(page, {
    method: 'GET',
    path: '^/v1/order/[^/]+/credit\\.policy$',
    set: { decision: 'approved_pending_identity' },
  });
  const orderId = await startAtStep(page, 'credit');
  await submitCreditCheck(page);

  const heading = page.getByRole('heading', {
    level: 1,
    name: 'We can’t finish this order online',
  });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/credit$`));
  await expect(page.getByRole('main').getByText(/^CR-\d+$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
});
