import type { Page } from '@playwright/test';
import { declinePasskeyOffer } from './support/checkout-walk';
import { expect, openApp, test, type ApiCall } from './support/fixtures';

/**
 * Sign-in by one-time code, where time matters: a code lasts 10 minutes, a new one may be asked
 * for 30 seconds after the last and five an hour at most, and five wrong codes lock sign-in for
 * 15 minutes. The mock answers inside the page, so Playwright's clock moves its time too. The
 * times a screen names are checked against the ones the API answered.
 */

test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

const PHONE = '(201) 555-0102';
const SECOND = 1000;
const MINUTE = 60 * SECOND;

const statusesOf = (apiCalls: ApiCall[], path: string) =>
  apiCalls.filter((call) => call.method === 'POST' && call.path === path).map((c) => c.status);

/** Runs `action` and returns the status and body of the API's answer to `POST path`. */
async function answerTo(page: Page, path: string, action: () => Promise<void>) {
  const [response] = await Promise.all([
    page.waitForResponse(
      (candidate) =>
        candidate.request().method() === 'POST' && new URL(candidate.url()).pathname === path,
    ),
    action(),
  ]);
  return { status: response.status(), body: (await response.json()) as Record<string, string> };
}

/** A time as the app words it (in English, in the page's time zone). */
function shownTime(page: Page, iso: string) {
  return page.evaluate(
    (at) =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(at),
      ),
    iso,
  );
}

/** Stops the page's clock a moment ahead (the page's time moves while this call travels). */
async function pauseClock(page: Page): Promise<number> {
  const at = (await page.evaluate(() => Date.now())) + SECOND;
  await page.clock.pauseAt(at);
  return at;
}

async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now());
}

const codeBox = (page: Page) => page.getByLabel('Enter the 6-digit code');
const resendButton = (page: Page) => page.getByRole('button', { name: 'Send a new code' });
const lockedHeading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: 'Sign-in is locked for now' });

/** Sends a code to the persona; answers the API's 202 body (its expiry and resend time). */
async function askForCode(page: Page) {
  await page.getByLabel('Mobile number or email').fill(PHONE);
  const answer = await answerTo(page, '/v1/auth/generateotp', () =>
    page.getByRole('button', { name: 'Send code' }).click(),
  );
  expect(answer.status).toBe(202);
  await expect(codeBox(page)).toBeFocused();
  return answer.body;
}

async function resendCode(page: Page) {
  const answer = await answerTo(page, '/v1/auth/generateotp', () => resendButton(page).click());
  expect(answer.status).toBe(202);
  await expect(page.getByText('Only the newest code works.')).toBeVisible();
  return answer.body;
}

async function enterCode(page: Page, code: string) {
  await codeBox(page).fill(code);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

function secondsUntil(iso: string, now: number) {
  return Math.ceil((Date.parse(iso) - now) / SECOND);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2025-03-10T14:00:00-04:00') });
  await openApp(page, '/sign-in');
});

test('five wrong codes lock sign-in until the time the screen names; then the right code works', async ({
  page,
  apiCalls,
}) => {
  await askForCode(page);
  for (let left = 4; left >= 1; left -= 1) {
    await enterCode(page, '654321');
    await expect(
      page
        .getByText(new RegExp(`That code is not right\\. You have ${left} tr(y|ies) left`))
        .first(),
    ).toBeVisible();
  }
  const lockedAt = await pageNow(page);
  const locked = await answerTo(page, '/v1/auth', () => enterCode(page, '654321'));
  expect(locked.status).toBe(423);
  const retryAt = locked.body.retryAt ?? '';
  expect(Date.parse(retryAt) - lockedAt).toBeGreaterThanOrEqual(15 * MINUTE);

  await expect(lockedHeading(page)).toBeFocused();
  await expect(
    page.getByText(`You can try again at ${await shownTime(page, retryAt)}.`),
  ).toBeVisible();
  await expect(codeBox(page)).toHaveCount(0);

  // A minute before the lock ends, even a new code typed right is refused.
  await page.clock.fastForward(Date.parse(retryAt) - (await pageNow(page)) - MINUTE);
  await page.getByRole('button', { name: 'Back to sign in' }).click();
  await askForCode(page);
  await enterCode(page, '123456');
  await expect(lockedHeading(page)).toBeFocused();

  await page.clock.fastForward(MINUTE + SECOND);
  await page.getByRole('button', { name: 'Back to sign in' }).click();
  await askForCode(page);
  await enterCode(page, '123456');
  await declinePasskeyOffer(page);
  expect(statusesOf(apiCalls, '/v1/auth')).toEqual([401, 401, 401, 401, 423, 423, 200]);
});

test('a code entered after its 10 minutes is refused as expired; a new code signs in', async ({
  page,
  apiCalls,
}) => {
  const sent = await askForCode(page);
  await expect(page.getByText('The code works for 10 minutes.')).toBeVisible();
  await page.clock.runFor(Date.parse(sent.expiresAt ?? '') - (await pageNow(page)) + SECOND);

  const refused = await answerTo(page, '/v1/auth', () => enterCode(page, '123456'));
  expect(refused).toMatchObject({ status: 401, body: { code: 'OTP_EXPIRED' } });
  await expect(
    page.getByText('That code has expired. Ask for a new code below.').first(),
  ).toBeVisible();
  await expect(codeBox(page)).toHaveAttribute('aria-invalid', 'true');

  await resendCode(page);
  await enterCode(page, '123456');
  await declinePasskeyOffer(page);
  expect(statusesOf(apiCalls, '/v1/auth/generateotp')).toEqual([202, 202]);
  expect(statusesOf(apiCalls, '/v1/auth')).toEqual([401, 200]);
});

test('a new code can be asked for 30 seconds after the last; the control counts down to it', async ({
  page,
  apiCalls,
}) => {
  const first = await askForCode(page);
  const firstSentAt = Date.parse(first.expiresAt ?? '') - 10 * MINUTE;
  expect(Date.parse(first.resendAvailableAt ?? '') - firstSentAt).toBe(30 * SECOND);

  const pausedAt = await pauseClock(page);
  const left = secondsUntil(first.resendAvailableAt ?? '', pausedAt);
  const countdown = (seconds: number) =>
    page.getByText(`Did not get it? You can ask for a new code in ${seconds} seconds.`);
  await expect(countdown(left)).toBeVisible();
  await expect(resendButton(page)).toHaveCount(0);

  await page.clock.runFor(10 * SECOND);
  await expect(countdown(left - 10)).toBeVisible();
  await expect(resendButton(page)).toHaveCount(0);

  await page.clock.runFor((left - 10) * SECOND);
  await expect(resendButton(page)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'You can now ask for a new code.' }),
  ).toBeAttached();
  await page.clock.resume();

  const second = await resendCode(page);
  const secondSentAt = Date.parse(second.expiresAt ?? '') - 10 * MINUTE;
  expect(Date.parse(second.resendAvailableAt ?? '') - secondSentAt).toBe(30 * SECOND);
  // The new code starts a new cooldown.
  await expect(page.getByText(/You can ask for a new code in \d+ seconds?\./)).toBeVisible();
  await expect(resendButton(page)).toHaveCount(0);
  expect(statusesOf(apiCalls, '/v1/auth/generateotp')).toEqual([202, 202]);

  await enterCode(page, '123456');
  await declinePasskeyOffer(page);
});

test('after five codes in an hour, another is refused with the time one can be sent again', async ({
  page,
  apiCalls,
}) => {
  const first = await askForCode(page);
  const hourAfterFirst = Date.parse(first.expiresAt ?? '') - 10 * MINUTE + 60 * MINUTE;
  let last = first;
  for (let sent = 2; sent <= 5; sent += 1) {
    await page.clock.runFor(30 * SECOND);
    last = await resendCode(page);
  }
  // The fifth code is the last this hour: the resend control counts down to the first's hour.
  expect(Date.parse(last.resendAvailableAt ?? '')).toBe(hourAfterFirst);
  const pausedAt = await pauseClock(page);
  const minutes = Math.ceil(secondsUntil(last.resendAvailableAt ?? '', pausedAt) / 60);
  await expect(
    page.getByText(`Did not get it? You can ask for a new code in ${minutes} minutes.`),
  ).toBeVisible();
  await expect(resendButton(page)).toHaveCount(0);
  await page.clock.resume();

  // Starting again with the same number asks for a sixth code.
  await page.getByRole('button', { name: 'Use a different number or email' }).click();
  const refused = await answerTo(page, '/v1/auth/generateotp', () =>
    page.getByRole('button', { name: 'Send code' }).click(),
  );
  expect(refused).toMatchObject({ status: 429, body: { code: 'OTP_RATE_LIMITED' } });
  expect(Date.parse(refused.body.retryAt ?? '')).toBe(hourAfterFirst);
  await expect(
    page
      .getByText(
        `You have asked for too many codes. You can ask for a new one at ${await shownTime(page, refused.body.retryAt ?? '')}.`,
      )
      .first(),
  ).toBeVisible();
  await expect(codeBox(page)).toHaveCount(0);

  // Once that time has come, a code can be sent and used.
  await page.clock.fastForward(hourAfterFirst - (await pageNow(page)) + SECOND);
  await askForCode(page);
  await enterCode(page, '123456');
  await declinePasskeyOffer(page);
  expect(statusesOf(apiCalls, '/v1/auth/generateotp')).toEqual([202, 202, 202, 202, 202, 429, 202]);
});
