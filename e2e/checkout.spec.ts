import { acceptTermsAndReview, continueTo, reserveFirstNumber } from './support/checkout-walk';
import { expect, isSubsequence, openApp, startAtStep, test } from './support/fixtures';

const SSN = '123-45-6789';
const SSN_DIGITS = '123456789';
const BIRTH_YEAR = '1985';

/**
 * The carrier's call sequence, in its order. Step 8 lists POST and PATCH on the fulfillment;
 * by then step 6 has created it (a second POST would create it twice), so terms are recorded
 * with PATCH only and that POST is not required.
 */
const SEED_SEQUENCE = [
  'GET /v1/auth-methods',
  'POST /v1/auth/generateotp',
  'POST /v1/auth',
  'GET /v1/customers',
  'GET /v1/offers',
  'POST /v1/order/create',
  'POST /v1/order/{id}/credit.submit',
  'GET /v1/order/{id}/credit.policy',
  'POST /v1/order/{id}/fulfillment',
  'PATCH /v1/order/{id}/fulfillment',
  'POST /v1/order/{id}/number.available',
  'PATCH /v1/order/{id}/number.reserve',
  'PATCH /v1/order/{id}/fulfillment',
  'GET /v1/order/{id}/validate',
  'POST /v1/order/submit',
];

test('the approved persona places an order, with the seed calls in the seed order', async ({
  page,
  apiCalls,
}) => {
  await test.step('1. Sign in with a one-time code', async () => {
    await openApp(page, '/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
    await page.getByLabel('Mobile number or email').fill('(201) 555-0101');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect(page.getByText(/If this number has an account, we sent a code/)).toBeVisible();
    await page.getByLabel('Enter the 6-digit code').fill('123456');
    await continueTo(page, '/account', 'Your account');
  });

  await test.step('2. Confirm the account', async () => {
    await expect(page.getByText(/Maya Patel/).first()).toBeVisible();
    await continueTo(page, '/offers', 'Choose a plan and phone');
  });

  await test.step('3. Choose a plan', async () => {
    await expect(page.getByText('Prices shown without autopay')).toBeVisible();
    await page
      .getByRole('radio', { name: /Unlimited Plus/ })
      .first()
      .check();
    await continueTo(page, '/cart', 'Your cart');
  });

  await test.step('4. Create the order from the cart', async () => {
    await continueTo(page, '/credit', 'Credit check');
  });

  await test.step('5. Authorize and pass the credit check', async () => {
    const authorize = page.getByLabel(/I authorize a credit check/);
    await expect(authorize).not.toBeChecked();
    await authorize.check();
    await page.getByLabel('Social Security number', { exact: true }).fill(SSN);
    await page.getByLabel('Month').fill('04');
    await page.getByLabel('Day').fill('12');
    await page.getByLabel('Year').fill(BIRTH_YEAR);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /approved/ })).toBeFocused();
    await continueTo(page, '/shipping', 'Delivery');
  });

  await test.step('6. Give delivery details, then change one (a later edit is a PATCH)', async () => {
    await expect(page.getByLabel('Address line 1').first()).not.toHaveValue('');
    await continueTo(page, '/number', 'Choose your phone number');
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();
    await page.getByRole('radio', { name: /Express delivery/ }).check();
    await continueTo(page, '/number', 'Choose your phone number');
  });

  await test.step('7. Reserve a number', async () => {
    await reserveFirstNumber(page, 1);
    await continueTo(page, '/terms', 'Terms and agreements');
  });

  await test.step('8. Accept each agreement', async () => {
    for (const box of await page.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
    await acceptTermsAndReview(page);
  });

  await test.step('9. Review and place the order', async () => {
    await expect(page.getByText(/Autopay is not part of this order/)).toBeVisible();
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page).toHaveURL(/\/confirmation$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();
    await expect(page.getByText(/W\d{9}/).first()).toBeVisible();
  });

  await test.step('the calls followed the seed order, and no personal data stayed behind', async () => {
    const calls = apiCalls.map((call) => `${call.method} ${call.path}`);
    expect(isSubsequence(SEED_SEQUENCE, calls), calls.join('\n')).toBe(true);
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...sessionStorage, ...localStorage }),
    );
    for (const secret of [SSN, SSN_DIGITS, `${BIRTH_YEAR}-04-12`]) {
      expect(stored).not.toContain(secret);
      expect(page.url()).not.toContain(secret);
    }
  });
});

test('reload, back and forward keep the customer where they were', async ({ page }) => {
  const orderId = await startAtStep(page, 'number');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose your phone number' }),
  ).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/number$`));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose your phone number' }),
  ).toBeFocused();

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/shipping$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/number$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/shipping$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();
});

test('a deep link past an unfinished step lands on the first unfinished one', async ({ page }) => {
  const orderId = await startAtStep(page, 'shipping');
  await page.goto(`/orders/${orderId}/review`);
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/shipping$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();
});

test('a two-line order gets a number for each line and is placed once', async ({ page }) => {
  await startAtStep(page, 'number', {
    lines: [{ planId: 'unlimited-plus' }, { planId: 'unlimited-starter' }],
  });
  await reserveFirstNumber(page, 1);
  await reserveFirstNumber(page, 2);
  await continueTo(page, '/terms', 'Terms and agreements');
  await acceptTermsAndReview(page);
  await expect(page.getByText('Line 2').first()).toBeVisible();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();

  const orders = await page.evaluate(async () => {
    const response = await fetch('/__mock/orders');
    return ((await response.json()) as { orders: { status: string; lines: unknown[] }[] }).orders;
  });
  expect(orders.filter((order) => order.status === 'submitted')).toHaveLength(1);
  expect(orders[0]?.lines).toHaveLength(2);
});
