import type { Page } from '@playwright/test';
import { expect, openApp, startAtStep, test, type ApiCall } from './support/fixtures';
import { injectFault } from './support/mock-control';

const FULFILLMENT = '/v1/order/{id}/fulfillment';

/** What the customer typed on the delivery step, to find unchanged after every failure. */
const typed = { line1: '12 Harbor View Rd', line2: 'Unit 4', city: 'Hoboken' };

async function typeDeliveryAddress(page: Page) {
  await page.getByLabel('Address line 1').first().fill(typed.line1);
  await page.getByLabel('Address line 2').first().fill(typed.line2);
  await page.getByLabel('Town or city').first().fill(typed.city);
  await page.getByRole('radio', { name: /Express/ }).check();
}

async function expectDeliveryAddressKept(page: Page) {
  await expect(page.getByLabel('Address line 1').first()).toHaveValue(typed.line1);
  await expect(page.getByLabel('Address line 2').first()).toHaveValue(typed.line2);
  await expect(page.getByLabel('Town or city').first()).toHaveValue(typed.city);
  await expect(page.getByRole('radio', { name: /Express/ })).toBeChecked();
}

function problemSaying(page: Page, text: string) {
  return page.getByRole('alert').filter({ hasText: text });
}

const fulfillmentStatuses = (apiCalls: ApiCall[]) =>
  apiCalls.filter((call) => call.path === FULFILLMENT).map((call) => call.status);

test.describe('failed calls keep what the customer typed', () => {
  test('a network error, then a server error: each offers a retry, and the typed address stays', async ({
    page,
    apiCalls,
  }) => {
    const orderId = await startAtStep(page, 'shipping');
    await typeDeliveryAddress(page);
    await injectFault(page, 'createFulfillment', 'network-error');
    await injectFault(page, 'createFulfillment', 'server-error');

    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const offline = problemSaying(page, 'We could not reach our servers');
    await expect(offline).toBeVisible();
    await expectDeliveryAddressKept(page);

    await offline.getByRole('button', { name: 'Try again' }).click();
    const busy = problemSaying(page, 'Our service is busy');
    await expect(busy).toBeVisible();
    await expectDeliveryAddressKept(page);

    await busy.getByRole('button', { name: 'Try again' }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/number$`));
    // The network error never got an answer; the 503 and the success did.
    expect(fulfillmentStatuses(apiCalls)).toEqual([503, 201]);
  });

  test('a call that never answers times out with a retry, the typed address kept', async ({
    page,
    apiCalls,
  }) => {
    await page.clock.install();
    const orderId = await startAtStep(page, 'shipping');
    await typeDeliveryAddress(page);
    await injectFault(page, 'createFulfillment', 'hang');

    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    // Past the app's request timeout (VITE_REQUEST_TIMEOUT_MS, 15 s by default).
    await page.clock.fastForward(16_000);
    const slow = problemSaying(page, 'This is taking longer than it should');
    await expect(slow).toBeVisible();
    await expectDeliveryAddressKept(page);

    await slow.getByRole('button', { name: 'Try again' }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/number$`));
    expect(fulfillmentStatuses(apiCalls)).toEqual([201]);
  });

  test('an answer that breaks the contract is a recoverable error, never a blank page', async ({
    page,
    apiCalls,
  }) => {
    const orderId = await startAtStep(page, 'shipping');
    await typeDeliveryAddress(page);
    await injectFault(page, 'createFulfillment', 'malformed');

    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const unreadable = problemSaying(page, 'We received an answer we could not read');
    await expect(unreadable).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeVisible();
    await expectDeliveryAddressKept(page);

    await unreadable.getByRole('button', { name: 'Try again' }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/number$`));
    expect(fulfillmentStatuses(apiCalls)).toEqual([200, 201]);
  });
});

test('a route that fails shows the error screen with a way back to the start', async ({
  page,
  apiCalls,
}) => {
  await startAtStep(page, 'shipping');
  await openApp(page, '/orders/ord_does_not_exist/shipping');
  await expect(
    page.getByRole('heading', { level: 1, name: 'We could not find that order' }),
  ).toBeVisible();
  expect(apiCalls.filter((call) => call.path === '/v1/order/{id}').at(-1)?.status).toBe(404);

  await page.getByRole('link', { name: 'Go to the start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
});

test.describe('offline', () => {
  const offlineBanner = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'You are offline' });

  test('a banner says so, and a save made offline goes out once the connection returns', async ({
    page,
    context,
    apiCalls,
  }) => {
    const orderId = await startAtStep(page, 'shipping');
    await typeDeliveryAddress(page);
    await context.setOffline(true);
    await expect(offlineBanner(page)).toBeVisible();

    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeVisible();
    expect(fulfillmentStatuses(apiCalls)).toEqual([]);

    await context.setOffline(false);
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/number$`));
    await expect(offlineBanner(page)).toHaveCount(0);
    expect(fulfillmentStatuses(apiCalls)).toEqual([201]);
  });

  test('the banner shows on sign-in too, and goes when the connection is back', async ({
    page,
    context,
  }) => {
    await openApp(page, '/sign-in');
    await context.setOffline(true);
    await expect(offlineBanner(page)).toBeVisible();
    await context.setOffline(false);
    await expect(offlineBanner(page)).toHaveCount(0);
  });
});
