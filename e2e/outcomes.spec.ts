import type { Page } from '@playwright/test';
import {
  acceptTermsAndReview,
  continueTo,
  declinePasskeyOffer,
  signInWithCode,
  submitCreditCheck,
  choosePlanUpToCredit,
} from './support/checkout-walk';
import { expect, openApp, startAtStep, test, type ApiCall } from './support/fixtures';
import { markSoldOut, mockOrders, endSessionOnServer } from './support/mock-control';

/** Signs a persona without a passkey in by code; they decline the passkey offered after. */
async function signInByCode(page: Page, phone: string) {
  await signInWithCode(page, phone);
  await declinePasskeyOffer(page);
}

const callsTo = (apiCalls: ApiCall[], method: string, path: string) =>
  apiCalls.filter((call) => call.method === method && call.path === path);

test.describe('sign-in outcomes', () => {
  test('a wrong code says how many tries are left, and an unknown number gets the same answer', async ({
    page,
  }) => {
    await openApp(page, '/sign-in');
    await page.getByLabel('Mobile number or email').fill('(201) 555-0199');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect(page.getByText(/If this number has an account, we sent a code/)).toBeVisible();
    await page.getByLabel('Enter the 6-digit code').fill('123456');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(
      page.getByText('That code is not right. You have 4 tries left.').first(),
    ).toBeVisible();
    await expect(page.getByLabel('Mobile number or email')).toHaveCount(0);
    await expect(page.getByText('(201) 555-0199')).toBeVisible();
  });
});

test.describe('credit outcomes of the demo personas', () => {
  test('approved with a deposit: the risk-based pricing notice and the deposit', async ({
    page,
  }) => {
    await startAtStep(page, 'credit', { phone: '(201) 555-0102' });
    await submitCreditCheck(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'You’re approved with a deposit' }),
    ).toBeFocused();
    await expect(page.getByText('Risk-based pricing notice')).toBeVisible();
    await expect(page.getByText('$200.00').first()).toBeVisible();
  });

  test('manual review: a reference and next steps, and no way to continue online', async ({
    page,
  }) => {
    await startAtStep(page, 'credit', { phone: '(201) 555-0104' });
    await submitCreditCheck(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'We need to review your application' }),
    ).toBeFocused();
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toHaveCount(0);
  });

  test('declined: the adverse-action notice names the bureau', async ({ page }) => {
    await startAtStep(page, 'credit', { phone: '(201) 555-0105' });
    await submitCreditCheck(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'We can’t approve this order' }),
    ).toBeFocused();
    await expect(page.getByText(/Northstar Credit Reporting/).first()).toBeVisible();
  });
});

test.describe('delivery and number outcomes', () => {
  test('an ambiguous address offers the matches, and choosing one moves on', async ({ page }) => {
    await startAtStep(page, 'shipping');
    await page.getByLabel('Address line 1').first().fill('500 Main St');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Did you mean…' })).toBeVisible();
    await page
      .getByRole('group', { name: 'Matching addresses' })
      .getByRole('radio')
      .first()
      .check();
    await page.getByRole('button', { name: 'Use this address' }).click();
    await expect(page).toHaveURL(/\/number$/);
  });

  test('an undeliverable address is flagged at the field and kept as typed', async ({ page }) => {
    await startAtStep(page, 'shipping');
    const line1 = page.getByLabel('Address line 1').first();
    await line1.fill('PO Box 12');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await expect(page.getByText(/We cannot deliver to this address/).first()).toBeVisible();
    await expect(line1).toHaveValue('PO Box 12');
  });

  test('an area code without numbers suggests nearby ones', async ({ page }) => {
    await startAtStep(page, 'number');
    const line = page.getByRole('region', { name: /^Line 1:/ });
    await line.getByLabel('Area code or ZIP code').fill('999');
    await line.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(line.getByText('No numbers are available for 999.')).toBeVisible();
    await line.getByRole('button', { name: 'Search area code 201' }).click();
    await expect(line.getByRole('radio').first()).toBeVisible();
  });
});

test.describe('account outcomes', () => {
  test('several accounts: nothing is chosen for the customer, and the order is for the one chosen', async ({
    page,
    apiCalls,
  }) => {
    await openApp(page, '/sign-in');
    await signInByCode(page, '(201) 555-0106');
    await expect(page.getByText('You have more than one account.')).toBeVisible();
    const accounts = page.getByRole('group', { name: 'Which account is this order for?' });
    await expect(accounts.getByRole('radio')).toHaveCount(2);
    for (const account of await accounts.getByRole('radio').all()) {
      await expect(account).not.toBeChecked();
    }

    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await expect(page).toHaveURL(/\/account$/);

    await accounts.getByRole('radio', { name: /9023/ }).check();
    await choosePlanUpToCredit(page);

    const orders = await mockOrders(page);
    expect(orders.map((order) => order.customerId)).toEqual(['C1000116']);
    expect(callsTo(apiCalls, 'POST', '/v1/order/create').map((call) => call.status)).toEqual([201]);
  });

  test('an account that cannot order online says where to order instead, with no way on', async ({
    page,
    apiCalls,
  }) => {
    await openApp(page, '/sign-in');
    await signInByCode(page, '(201) 555-0107');
    await expect(page.getByText('This account cannot order online')).toBeVisible();
    await expect(
      page.getByText(/visit one of our stores, or call Customer Care on 611/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toHaveCount(0);

    // Typing the next step's address leads back here.
    await openApp(page, '/offers');
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText('This account cannot order online')).toBeVisible();
    expect(callsTo(apiCalls, 'GET', '/v1/customers').at(-1)?.status).toBe(200);
    expect(callsTo(apiCalls, 'POST', '/v1/order/create')).toEqual([]);
    expect(await mockOrders(page)).toEqual([]);
  });
});

test.describe('an offer that sells out after it was chosen', () => {
  test('before the order exists: the cart says which, the customer picks another plan and keeps the phone', async ({
    page,
    apiCalls,
  }) => {
    await openApp(page, '/sign-in');
    await signInByCode(page, '(201) 555-0102');
    await continueTo(page, '/offers', 'Choose a plan and phone');
    await page
      .getByRole('group', { name: 'Plan' })
      .getByRole('radio', { name: /Unlimited Plus/ })
      .check();
    await page
      .getByRole('group', { name: /^Phone/ })
      .getByRole('radio', { name: /Pixel 9a/ })
      .check();
    await continueTo(page, '/cart', 'Your cart');

    await markSoldOut(page, ['unlimited-plus']);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(
      page
        .getByText('Unlimited Plus is no longer available. Choose another plan for line 1.')
        .first(),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/cart$/);
    await expect(page.getByLabel('Phone for line 1')).toHaveValue('pixel-9a-128');

    await page.getByLabel('Plan for line 1').selectOption('unlimited-starter');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).toHaveURL(/\/credit$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Credit check' })).toBeFocused();

    expect(callsTo(apiCalls, 'POST', '/v1/order/create').map((call) => call.status)).toEqual([
      409, 201,
    ]);
    const [order, ...others] = await mockOrders(page);
    expect(others).toEqual([]);
    expect(order?.customerId).toBe('C1000102');
    expect(order?.lines.map(({ planId, deviceId }) => ({ planId, deviceId }))).toEqual([
      { planId: 'unlimited-starter', deviceId: 'pixel-9a-128' },
    ]);
  });

  test('at the end of the checkout: the cart says which, and after another plan the rest of the order is kept', async ({
    page,
  }) => {
    const orderId = await startAtStep(page, 'terms');
    const [before] = await mockOrders(page);
    await markSoldOut(page, ['unlimited-premium']);
    const boxes = page.getByRole('checkbox');
    await expect(boxes.first()).toBeVisible();
    for (const box of await boxes.all()) await box.check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/cart`));
    await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeFocused();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Something in your cart is no longer available' }),
    ).toBeVisible();
    await expect(
      page
        .getByText('Unlimited Premium is no longer available. Choose another plan for line 1.')
        .first(),
    ).toBeVisible();

    await page.getByLabel('Plan for line 1').selectOption('unlimited-plus');
    // The terms were not recorded while the cart was not right: they are accepted again.
    await continueTo(page, '/terms', 'Terms and agreements');
    await acceptTermsAndReview(page);
    await expect(page.getByRole('group', { name: 'Before you place your order' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Place order' })).toBeEnabled();

    const [after] = await mockOrders(page);
    expect(after?.lines[0]).toMatchObject({
      planId: 'unlimited-plus',
      deviceId: before?.lines[0]?.deviceId,
      hold: before?.lines[0]?.hold,
    });
    expect(after?.fulfillment?.shippingAddress).toEqual(before?.fulfillment?.shippingAddress);
    expect(after?.credit).toEqual(before?.credit);
    expect(after?.nextStep).toBe('review');
  });
});

test('approved with conditions: the line cap and down payment apply to the order in one call, the rest kept', async ({
  page,
  apiCalls,
}) => {
  await startAtStep(page, 'credit', {
    phone: '(201) 555-0103',
    lines: [
      { planId: 'unlimited-plus' },
      { planId: 'unlimited-premium', deviceId: 'iphone-16-pro-256' },
    ],
  });
  const [before] = await mockOrders(page);
  await submitCreditCheck(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'You’re approved, with conditions' }),
  ).toBeFocused();
  await expect(page.getByText('This order can have up to 1 line.')).toBeVisible();
  await expect(page.getByText(/down payment of at least 30% of its full price/)).toBeVisible();

  const keep = page.getByRole('group', { name: 'Choose the line to keep' });
  await keep.getByRole('checkbox', { name: /^Line 1:/ }).uncheck();
  await keep.getByRole('checkbox', { name: /^Line 2:/ }).check();
  await continueTo(page, '/shipping', 'Delivery');

  const applied = apiCalls.filter(
    (call) => call.path.startsWith('/v1/order/{id}/') && call.method !== 'GET',
  );
  expect(applied.map((call) => `${call.method} ${call.path} ${call.status}`)).toEqual([
    'POST /v1/order/{id}/credit.submit 200',
    'POST /v1/order/{id}/credit.apply 200',
  ]);
  const [after] = await mockOrders(page);
  const kept = before?.lines[1];
  expect(after?.customerId).toBe(before?.customerId);
  expect(after?.credit).toMatchObject({
    decision: 'approved_with_conditions',
    policyApplied: true,
  });
  expect(after?.lines).toHaveLength(1);
  expect(after?.lines[0]).toMatchObject({
    id: kept?.id,
    planId: kept?.planId,
    deviceId: kept?.deviceId,
  });
  // 30% of the iPhone 16 Pro's $1,099.99, and the $35 activation fee.
  expect(after?.lines[0]?.dueOnFirstBillCents).toBe(33_000 + 3_500);

  const summary = page.getByRole('complementary', { name: 'Order summary' });
  await expect(summary.getByText('Line 2')).toHaveCount(0);
  await expect(summary.getByText('$365.00').first()).toBeVisible();
});

test('a different customer who signs in after the session ended starts afresh, not on the order', async ({
  page,
  apiCalls,
}) => {
  const firstOrderId = await startAtStep(page, 'shipping');
  const [firstOrder] = await mockOrders(page);
  await endSessionOnServer(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(/Your session has ended/)).toBeVisible();
  const refused = callsTo(apiCalls, 'POST', '/v1/order/{id}/fulfillment');
  expect(refused.map((call) => call.status)).toEqual([401]);

  const signedInAt = apiCalls.length;
  await signInByCode(page, '(201) 555-0102');
  await expect(page.getByText('Daniel Kim')).toBeVisible();
  await expect(page.getByText(/Maya/)).toHaveCount(0);
  await continueTo(page, '/offers', 'Choose a plan and phone');
  await expect(
    page.getByRole('group', { name: 'Plan' }).getByRole('radio', { checked: true }),
  ).toHaveCount(0);
  expect(
    apiCalls.slice(signedInAt).filter((call) => call.path.startsWith('/v1/order/')),
    'no call about the first customer’s order',
  ).toEqual([]);

  // Nor can they open it.
  await openApp(page, `/orders/${firstOrderId}/shipping`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'We could not find that order' }),
  ).toBeVisible();
  expect(await mockOrders(page)).toEqual([firstOrder]);
});
