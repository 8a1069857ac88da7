import type { Page } from '@playwright/test';
import {
  acceptTermsAndReview,
  continueTo,
  placeOrderFromSignIn,
  signInAgainAndResume,
  choosePlanUpToCredit,
} from './support/checkout-walk';
import { expect, startAtStep, test } from './support/fixtures';
import { mockOrders, mockRequests, selectScenario } from './support/mock-control';
import { openWithScenario, retryWhenOffered } from './support/scenarios';

const SSN = '123-45-6789';
const DATE_OF_BIRTH = { month: '04', day: '12', year: '1985' };

/** Starts the approved persona's order at a step, then selects a scenario for what follows. */
async function startScenarioAt(
  page: Page,
  scenario: string,
  step: Parameters<typeof startAtStep>[1],
) {
  const orderId = await startAtStep(page, step);
  await selectScenario(page, scenario);
  return orderId;
}

async function placeOrder(page: Page) {
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();
}

async function submittedOrders(page: Page) {
  return (await mockOrders(page)).filter((order) => order.status === 'submitted');
}

test('flaky-network: the approved persona still completes, with exactly one order', async ({
  page,
}) => {
  await openWithScenario(page, 'flaky-network');
  await retryWhenOffered(page);
  await placeOrderFromSignIn(page, { code: '123456', ssn: SSN, dateOfBirth: DATE_OF_BIRTH });

  const requests = await mockRequests(page);
  const failed = requests.filter((entry) => entry.status === 0 || entry.status >= 500);
  expect(failed.length, 'calls the scenario made fail').toBeGreaterThan(0);
  expect(await submittedOrders(page)).toHaveLength(1);
  const submitKeys = new Set(
    requests.filter((entry) => entry.operationId === 'submitOrder').map((e) => e.idempotencyKey),
  );
  expect(submitKeys.size, 'every submit attempt carries the same key').toBe(1);
});

test('session-expiry: after signing in again, the customer resumes the same step', async ({
  page,
}) => {
  const orderId = await startScenarioAt(page, 'session-expiry', 'shipping');
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await signInAgainAndResume(page, orderId, 'shipping', 'Delivery');
  await continueTo(page, '/number', 'Choose your phone number');
  const fulfillment = await mockRequests(page, 'createFulfillment');
  expect(fulfillment.map((entry) => entry.status)).toEqual([401, 201]);
});

test('number-taken: the customer picks another number and keeps the rest of the order', async ({
  page,
}) => {
  await startScenarioAt(page, 'number-taken', 'number');
  const line = page.getByRole('region', { name: /^Line 1:/ });
  const first = line.getByRole('radio').first();
  const firstNumber = await first.getAttribute('value');
  await first.check();
  await line.getByRole('button', { name: 'Reserve' }).click();
  await expect(line.getByText(/Someone else just took/)).toBeVisible();

  await line.getByRole('radio').nth(1).check();
  await line.getByRole('button', { name: 'Reserve' }).click();
  await expect(line.getByText(/Held for/).first()).toBeVisible();

  const [order] = await mockOrders(page);
  expect(order?.lines[0]?.hold?.number).toBeDefined();
  expect(order?.lines[0]?.hold?.number).not.toBe(firstNumber);
  expect(order?.fulfillment, 'the delivery details are still there').not.toBeNull();
  expect(order?.credit?.decision).toBe('approved');
  await continueTo(page, '/terms', 'Terms and agreements');
});

test('hold-expired: the review says the hold ran out, the customer renews it and places the order', async ({
  page,
}) => {
  await startScenarioAt(page, 'hold-expired', 'terms');
  await acceptTermsAndReview(page);
  const problem = page.getByRole('link', { name: /hold on the number for Line 1 has expired/ });
  await expect(problem).toBeVisible();
  await problem.click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose your phone number' }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Renew hold' }).click();
  await expect(page.getByText(/Held for/).first()).toBeVisible();
  await continueTo(page, '/review', 'Review your order');
  await expect(page.getByText(/has expired/)).toHaveCount(0);
  await placeOrder(page);
  expect(await submittedOrders(page)).toHaveLength(1);
});

test('validation-failure: the problem links to its step, and back to review', async ({ page }) => {
  await startScenarioAt(page, 'validation-failure', 'terms');
  await acceptTermsAndReview(page);
  const problem = page.getByRole('link', { name: 'An agreement has not been accepted yet.' });
  await expect(problem).toBeVisible();
  await problem.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Terms and agreements' })).toBeFocused();
  await acceptTermsAndReview(page);
  await expect(page.getByRole('group', { name: 'Before you place your order' })).toHaveCount(0);
  await placeOrder(page);
  expect(await submittedOrders(page)).toHaveLength(1);
});

test('submit-timeout: the retry gets the order the server placed, with the same key', async ({
  page,
}) => {
  await page.clock.install();
  await startScenarioAt(page, 'submit-timeout', 'review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review your order' })).toBeFocused();
  await page.getByRole('button', { name: 'Place order' }).click();
  // The server placed the order; its answer never comes. The app gives up after its timeout.
  await expect.poll(async () => (await submittedOrders(page)).length).toBe(1);
  await page.clock.fastForward(20_000);

  const problem = page.getByRole('alert').filter({ hasText: 'taking longer than it should' });
  await expect(problem).toBeVisible();
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();

  const attempts = await mockRequests(page, 'submitOrder');
  expect(attempts).toHaveLength(2);
  expect(attempts[0]?.idempotencyKey).toBeTruthy();
  expect(attempts[1]?.idempotencyKey).toBe(attempts[0]?.idempotencyKey);
  expect(await submittedOrders(page)).toHaveLength(1);
});

test('no-offers: the offers step says nothing is available', async ({ page }) => {
  await openWithScenario(page, 'no-offers');
  await page.getByLabel('Mobile number or email').fill('(201) 555-0101');
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Enter the 6-digit code').fill('123456');
  await continueTo(page, '/account', 'Your account');
  await continueTo(page, '/offers', 'Choose a plan and phone');
  await expect(page.getByText('Nothing is available online right now')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible();
});

test('slow-network: loading states show while calls take seconds', async ({ page }) => {
  await page.clock.install();
  await startScenarioAt(page, 'slow-network', 'number');
  const line = page.getByRole('region', { name: /^Line 1:/ });
  await line.getByLabel('Area code or ZIP code').fill('551');
  await line.getByRole('button', { name: 'Search' }).click();
  // The search waits 1-3 s of the page's (fake) clock: meanwhile the page says it is loading.
  await expect(line.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  await page.clock.fastForward(3_000);
  await expect(line.getByText(/numbers? available for 551/)).toBeVisible();
  await expect(line.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
});

test.describe('the demo panel', () => {
  test('switches a scenario and lists the calls with nothing personal in them', async ({
    page,
  }, testInfo) => {
    await openWithScenario(page, 'bogus,no-offers');
    const panel = page.getByRole('complementary', { name: 'Demo tools' });
    // An unknown name opens the panel at once, with the reason.
    await expect(panel.getByText('Unknown scenario: bogus.')).toBeVisible();
    await expect(panel.getByRole('checkbox', { name: 'no-offers' })).toBeChecked();

    await panel.getByRole('checkbox', { name: 'no-offers' }).uncheck();
    await panel.getByRole('checkbox', { name: 'number-taken' }).check();
    await panel.getByRole('button', { name: 'Apply scenario' }).click();
    await expect(panel.getByText('Scenario applied: number-taken.')).toBeVisible();
    expect(
      await page.evaluate(async () => (await (await fetch('/__mock/scenario')).json()) as unknown),
    ).toMatchObject({ names: ['number-taken'] });

    await page.getByRole('button', { name: 'Demo', exact: true }).click();
    await expect(panel.getByRole('heading', { name: 'Demo tools' })).toHaveCount(0);

    // Known personal values typed through sign-in and the credit check.
    await page.getByLabel('Mobile number or email').fill('(201) 555-0101');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByLabel('Enter the 6-digit code').fill('123456');
    await continueTo(page, '/account', 'Your account');
    await choosePlanUpToCredit(page);
    await page.getByLabel(/I authorize a credit check/).check();
    await page.getByLabel('Social Security number', { exact: true }).fill(SSN);
    await page.getByLabel('Month').fill(DATE_OF_BIRTH.month);
    await page.getByLabel('Day').fill(DATE_OF_BIRTH.day);
    await page.getByLabel('Year').fill(DATE_OF_BIRTH.year);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /approved/ })).toBeFocused();

    const toggle = page.getByRole('button', { name: 'Demo', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const calls = panel.getByRole('list', { name: 'API calls' });
    for (const call of [
      'POST /v1/auth/generateotp',
      'POST /v1/auth',
      'GET /v1/offers',
      'POST /v1/order/create',
      /POST \/v1\/order\/[^/]+\/credit\.submit/,
    ]) {
      await expect(calls.getByText(call).first()).toBeVisible();
    }
    await expect(calls).toContainText('200');
    // What the panel shows (the personas' cheat sheet stays folded: it lists the demo code).
    const shown = await panel.innerText();
    for (const secret of [SSN, '123456789', '1985-04-12', '04/12/1985', '123456', 'Bearer']) {
      expect(shown, `the panel shows ${secret}`).not.toContain(secret);
    }
    const token = await page.evaluate(
      () =>
        (JSON.parse(sessionStorage.getItem('checkout.session') ?? '{}') as { token?: string })
          .token,
    );
    expect(token).toBeTruthy();
    expect(shown).not.toContain(token ?? '');

    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      await testInfo.attach(`demo panel at ${width} px`, {
        body: await page.screenshot(),
        contentType: 'image/png',
      });
    }
    await page.keyboard.press('Escape');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
