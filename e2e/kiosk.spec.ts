import type { Page, TestInfo } from '@playwright/test';
import { continueTo } from './support/checkout-walk';
import { expect, startAtStep, test, type ApiCall } from './support/fixtures';

const IDLE_SECONDS = 20;
const WARNING_SECONDS = 30;
const SSN_DIGITS = '123456789';
const BIRTH = { month: '04', day: '12', year: '1985' };

/** What the customer typed, and what the session knew about them, in any form it may be kept. */
const PERSONAL = [SSN_DIGITS, '123-45-6789', BIRTH.year, 'C1000101', '5550101', 'Maya'];

/** Installs Playwright's clock before the first page: the idle timers and the countdown run on it. */
async function openWithClock(page: Page, path: string) {
  await page.clock.install();
  await page.goto(path);
  // The HTML paints the page before the app starts (and reads `?kiosk=`); React focuses the h1.
  // A fresh browser loads every dev module: a ceiling to wait, not a time to beat.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused({ timeout: 60_000 });
}

const openKiosk = (page: Page) => openWithClock(page, `/sign-in?kiosk=1&idle=${IDLE_SECONDS}`);

/** Real key presses: they are the activity that restarts the idle time (`fill` sends none). */
async function typePersonalData(page: Page) {
  await page.getByLabel('Social Security number', { exact: true }).pressSequentially(SSN_DIGITS);
  await page.getByLabel('Month').pressSequentially(BIRTH.month);
  await page.getByLabel('Day').pressSequentially(BIRTH.day);
  await page.getByLabel('Year').pressSequentially(BIRTH.year);
}

const warning = (page: Page) => page.getByRole('dialog', { name: 'Are you still there?' });

async function storageContents(page: Page) {
  return page.evaluate(() => {
    const entries = (storage: Storage) =>
      Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key)]));
    return { session: entries(sessionStorage), local: entries(localStorage) };
  });
}

/** The start screen after a wipe, with nothing of the customer's in the page or the storage. */
async function expectErased(page: Page, token: string) {
  await expect(page).toHaveURL(/\/sign-in\?erased=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await expect(page.getByText('Your information has been erased')).toBeVisible();
  await expectNoPersonalData(page, token);
  const stored = await storageContents(page);
  expect(Object.keys(stored.local)).toEqual([]);
  expect(Object.keys(stored.session)).toContain('checkout.kiosk');
  expect(Object.keys(stored.session)).not.toContain('checkout.session');
}

async function expectNoPersonalData(page: Page, token: string) {
  const text = await page.locator('body').innerText();
  const values = await page
    .locator('input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  const stored = JSON.stringify(await storageContents(page));
  for (const secret of [...PERSONAL, token]) {
    expect(text, 'page text').not.toContain(secret);
    expect(values.join('|'), 'input values').not.toContain(secret);
    expect(stored, 'web storage').not.toContain(secret);
  }
}

async function sessionToken(page: Page): Promise<string> {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('checkout.session') ?? '{}') as { token?: string }).token,
  );
  if (!token) throw new Error('no session token in the page');
  return token;
}

async function screenshotDialog(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await testInfo.attach(`${name}-${width}`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  }
}

const called = (calls: ApiCall[], method: string, path: string) =>
  calls.some((call) => call.method === method && call.path === path && call.status < 300);

test('kiosk: idle time running out on the credit step erases everything, Back included', async ({
  page,
}, testInfo) => {
  await openKiosk(page);
  await startAtStep(page, 'credit');
  await expect(page.getByRole('heading', { level: 1, name: 'Credit check' })).toBeFocused();
  // Step back to the cart and forward again, so the entry behind this one is a customer's page.
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await continueTo(page, '/credit', 'Credit check');
  await typePersonalData(page);
  const token = await sessionToken(page);

  await page.clock.runFor(IDLE_SECONDS * 1000);
  await expect(warning(page)).toBeVisible();
  await expect(page.getByRole('button', { name: "I'm still here" })).toBeFocused();
  await expect(warning(page).getByRole('status')).toHaveText('30 seconds left.');
  await screenshotDialog(page, testInfo, 'kiosk-timeout-warning');

  await page.clock.runFor(WARNING_SECONDS * 1000);
  await expectErased(page, token);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoPersonalData(page, token);
});

/** From here on the page's time moves only with runFor, so the countdown reads exactly. */
async function pauseClock(page: Page) {
  // A moment ahead: the page's time keeps moving while this call travels.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

test('kiosk: one tap on the warning keeps the session and what was typed', async ({ page }) => {
  await openKiosk(page);
  await startAtStep(page, 'credit');
  await expect(page.getByLabel('Social Security number', { exact: true })).toBeEditable();
  // Paused before typing: the last keystroke, which restarts the idle time, then happens at a
  // known moment however slow the machine is.
  await pauseClock(page);
  await typePersonalData(page);

  await page.clock.runFor(IDLE_SECONDS * 1000);
  const countdown = warning(page).locator('.dialog__countdown-value');
  await expect(countdown).toHaveText('0:30');
  // The visible clock ticks each second; the live region changes only at thresholds.
  await page.clock.runFor(3_000);
  await expect(countdown).toHaveText('0:27');
  await expect(warning(page).getByRole('status')).toHaveText('30 seconds left.');
  await page.clock.runFor(7_000);
  await expect(warning(page).getByRole('status')).toHaveText('20 seconds left.');

  await page.getByRole('button', { name: "I'm still here" }).click();
  await expect(warning(page)).toBeHidden();
  await expect(page.getByLabel('Social Security number', { exact: true })).toHaveValue(SSN_DIGITS);
  await expect(page.getByLabel('Year')).toHaveValue(BIRTH.year);

  // A full idle time again; then Escape continues as well.
  await page.clock.runFor(IDLE_SECONDS * 1000 - 1000);
  await expect(warning(page)).toBeHidden();
  await page.clock.runFor(1000);
  await expect(warning(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(warning(page)).toBeHidden();
  await expect(page).toHaveURL(/\/credit$/);
  await expect(page.getByLabel('Month')).toHaveValue(BIRTH.month);
});

test('kiosk: "Start over" asks first, then releases the held number and wipes', async ({
  page,
  apiCalls,
}) => {
  await openKiosk(page);
  await startAtStep(page, 'terms');
  await expect(page.getByRole('heading', { level: 1, name: 'Terms and agreements' })).toBeFocused();
  const token = await sessionToken(page);

  const startOver = page.getByRole('button', { name: 'Start over' });
  const confirm = page.getByRole('dialog', { name: 'Start over?' });
  await startOver.click();
  await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep going' }).click();
  await expect(confirm).toBeHidden();
  await expect(startOver).toBeFocused();

  await startOver.click();
  await confirm.getByRole('button', { name: 'Erase and start over' }).click();
  await expectErased(page, token);
  expect(called(apiCalls, 'POST', '/v1/order/{id}/number.release')).toBe(true);
  expect(called(apiCalls, 'POST', '/v1/auth/signout')).toBe(true);
  const release = apiCalls.findIndex((call) => call.path === '/v1/order/{id}/number.release');
  const signOut = apiCalls.findIndex((call) => call.path === '/v1/auth/signout');
  expect(release, 'the release is sent while the token is still valid').toBeLessThan(signOut);
});

test('kiosk: "Finish" after the order is placed erases everything, Back included', async ({
  page,
  apiCalls,
}) => {
  await openKiosk(page);
  await startAtStep(page, 'review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review your order' })).toBeFocused();
  const token = await sessionToken(page);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();

  await page.getByRole('button', { name: 'Finish' }).click();
  await expectErased(page, token);
  expect(called(apiCalls, 'POST', '/v1/auth/signout')).toBe(true);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoPersonalData(page, token);
});

test('kiosk: touch targets are at least 44 px and numeric fields bring up a number pad', async ({
  page,
}) => {
  await openKiosk(page);
  await startAtStep(page, 'credit');
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
  // The whole step first: a control collected from a page still rendering may be gone next.
  await expect(page.getByRole('heading', { level: 1, name: 'Credit check' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
  for (const control of await page.locator('main button, main a, header button').all()) {
    const box = await control.boundingBox();
    expect(box?.height, await control.innerText()).toBeGreaterThanOrEqual(44);
    expect(box?.width, await control.innerText()).toBeGreaterThanOrEqual(44);
  }
  for (const label of ['Social Security number', 'Month', 'Day', 'Year']) {
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('inputmode', 'numeric');
    await expect(field).toHaveAttribute('autocomplete', 'off');
  }
});

test('signed in outside kiosk mode: the timeout warning, and extending it', async ({
  page,
}, testInfo) => {
  await openWithClock(page, '/sign-in');
  await startAtStep(page, 'shipping');
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();

  await page.clock.runFor(15 * 60_000);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page).locator('.dialog__countdown-value')).toHaveText('2:00');
  await expect(warning(page).getByRole('status')).toHaveText('2 minutes left.');
  await screenshotDialog(page, testInfo, 'session-timeout-warning');
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(warning(page)).toBeHidden();

  await page.clock.runFor(14 * 60_000);
  await expect(warning(page)).toBeHidden();
  await expect(page).toHaveURL(/\/shipping$/);
});

test('signed in outside kiosk mode: the warning running out signs out, details safe', async ({
  page,
  apiCalls,
}) => {
  await openWithClock(page, '/sign-in');
  const orderId = await startAtStep(page, 'shipping');
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();

  await page.clock.runFor(17 * 60_000);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(/Your session has ended, so your details are safe/)).toBeVisible();
  expect(called(apiCalls, 'POST', '/v1/auth/signout')).toBe(true);
  expect(called(apiCalls, 'POST', '/v1/order/{id}/number.release')).toBe(false);
  expect(await page.evaluate(() => sessionStorage.getItem('checkout.session'))).toBeNull();

  await page.getByLabel('Mobile number or email').fill('201-555-0101');
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Enter the 6-digit code').fill('123456');
  await continueTo(page, `/orders/${orderId}/shipping`, 'Delivery');
});
