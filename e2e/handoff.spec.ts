// Continue on your phone, against the production build and `npm run mock:server` (one backend
// for both devices): a kiosk at 1280 px hands its order off at the credit step through the QR
// code on its screen, and a phone at 390 px, a separate visitor, signs in and finishes it.
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Order } from '../src/api/contract/schemas';
import { expectNoAxeViolations } from './support/axe';
import {
  acceptTermsAndReview,
  continueTo,
  ENGLISH,
  reserveFirstNumber,
  signInWithCode,
  submitCreditCheck,
} from './support/checkout-walk';
import { expect } from './support/fixtures';
import { test } from './support/policy';

const PHONE_VIEWPORT = { width: 390, height: 844 };
const KIOSK_VIEWPORT = { width: 1280, height: 800 };
// A fresh browser loads and parses every start-up chunk: a ceiling to wait, not a time to beat.
const FIRST_LOAD_CEILING_MS = 60_000;
// The kiosk asks every 3 s whether its hand-off was claimed; a ceiling on a busy machine.
const WIPE_CEILING_MS = 20_000;

/** What the session knew of the customer (the sign-in page's own example number is not theirs). */
const PERSONAL = ['Maya', 'Patel', '5550101', 'C1000101', 'maya.patel'];

/** The QR code on screen, as a phone's camera would read it. */
async function readQrCode(page: Page): Promise<string> {
  const qr = page.getByRole('img', { name: 'QR code that opens the link below on your phone' });
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error('The QR code could not be read');
  return decoded.data;
}

async function storageAndHistory(page: Page) {
  return page.evaluate(() => ({
    session: Object.entries(sessionStorage),
    local: Object.entries(localStorage),
    historyLength: history.length,
  }));
}

test.beforeEach(async ({ request, apiOrigin }) => {
  if (!apiOrigin) throw new Error('This spec needs the production build and mock:server');
  expect((await request.post(`${apiOrigin}/__mock/reset`)).ok()).toBe(true);
});

test('a kiosk hands its order off to the phone at the credit step, and the phone finishes it', async ({
  page: kiosk,
  browser,
  baseURL,
  request,
  apiOrigin,
  policyViolations,
}) => {
  // The kiosk: an order at the credit step, signed in, in kiosk mode.
  await kiosk.setViewportSize(KIOSK_VIEWPORT);
  const seeded = await request.post(`${apiOrigin}/__mock/seed`, {
    data: { phone: '(201) 555-0101', step: 'credit' },
  });
  expect(seeded.status()).toBe(201);
  const { session, orderId } = (await seeded.json()) as {
    session: { token: string };
    orderId: string;
  };
  await kiosk.goto('/favicon.svg');
  await kiosk.evaluate(
    (stored) => sessionStorage.setItem('checkout.session', stored),
    JSON.stringify(session),
  );
  await kiosk.goto(`/orders/${orderId}/credit?kiosk=1`);
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Credit check' })).toBeFocused({
    timeout: FIRST_LOAD_CEILING_MS,
  });

  // "Continue on your phone", in the kiosk's header.
  await kiosk.getByRole('banner').getByRole('button', { name: 'Continue on your phone' }).click();
  const panel = kiosk.getByRole('dialog', { name: 'Continue on your phone' });
  const code = (await panel.getByText(/^[2-9A-Z]{4} [2-9A-Z]{4}$/).textContent()) ?? '';
  const link = await readQrCode(kiosk);
  expect(link).toMatch(new RegExp(`^${baseURL}/continue#[\\w-]{43}$`));
  const token = link.split('#')[1] ?? '';
  await expectNoAxeViolations(kiosk);

  // The phone: a separate visitor, no session, opens what the QR code says.
  const phoneContext = await browser.newContext({
    viewport: PHONE_VIEWPORT,
    hasTouch: true,
    isMobile: true,
  });
  const phone = await phoneContext.newPage();
  await phone.goto(link);
  await expect(
    phone.getByRole('heading', { level: 1, name: 'Sign in to continue your order' }),
  ).toBeFocused({ timeout: FIRST_LOAD_CEILING_MS });
  // The token left the address bar at once, and nothing of the order shows.
  await expect(phone).toHaveURL(`${baseURL}/continue`);
  await expect(phone.locator('body')).not.toContainText(orderId);
  await expectNoAxeViolations(phone);
  await phone.getByRole('link', { name: 'Sign in' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await signInWithCode(phone, '(201) 555-0101');

  // Signed in as the same customer: the order's next unfinished step, with all kept.
  await expect(phone).toHaveURL(`${baseURL}/orders/${orderId}/credit`);
  await expect(phone.getByRole('heading', { level: 1, name: 'Credit check' })).toBeFocused();

  // The kiosk learns of the claim, and wipes itself.
  await expect(kiosk).toHaveURL(/\/sign-in\?erased=1&handed-off=1$/, { timeout: WIPE_CEILING_MS });
  await expect(kiosk.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await expect(kiosk.getByText('Your order continues on your phone')).toBeVisible();
  await expect(kiosk.getByText(/Nothing you entered is left on this screen/)).toBeVisible();
  const kioskText = await kiosk.locator('body').innerText();
  const kioskStored = await storageAndHistory(kiosk);
  for (const secret of [...PERSONAL, orderId, token, code, code.replace(' ', ''), session.token]) {
    expect(kioskText).not.toContain(secret);
    expect(JSON.stringify(kioskStored)).not.toContain(secret);
  }
  expect(kioskStored.local).toEqual([]);
  expect(kioskStored.session.map(([key]) => key)).toEqual(['checkout.kiosk']);
  // The customer's page left the history: Back goes to what came before it (here, the page
  // the test seeded the session from), never to the order.
  await kiosk.goBack();
  await expect(kiosk).not.toHaveURL(/\/orders\//);
  await expect(kiosk.getByText('Credit check')).toHaveCount(0);

  // The kiosk's session is refused by the server, and says why.
  const kioskCall = await request.get(`${apiOrigin}/v1/order/${orderId}`, {
    headers: { Authorization: `Bearer ${session.token}` },
  });
  expect(kioskCall.status()).toBe(401);
  expect(await kioskCall.json()).toMatchObject({ code: 'SESSION_HANDED_OFF' });

  // The phone finishes the order.
  await submitCreditCheck(phone);
  await expect(
    phone.getByRole('heading', { level: 1, name: ENGLISH.headings.approved }),
  ).toBeFocused();
  await continueTo(phone, '/shipping', ENGLISH.headings.shipping);
  await continueTo(phone, '/number', ENGLISH.headings.number);
  await reserveFirstNumber(phone, 1);
  const ordersNow = async () =>
    ((await (await request.get(`${apiOrigin}/__mock/orders`)).json()) as { orders: Order[] })
      .orders;
  const held = (await ordersNow())[0]?.lines[0]?.hold?.number;
  expect(held).toMatch(/^\d{10}$/);
  await continueTo(phone, '/terms', ENGLISH.headings.terms);
  await acceptTermsAndReview(phone);
  await phone.getByRole('button', { name: 'Place order' }).click();
  await expect(
    phone.getByRole('heading', { level: 1, name: ENGLISH.headings.placed }),
  ).toBeFocused();

  // Exactly one order on the server, placed, with its number kept.
  const orders = await ordersNow();
  expect(orders).toHaveLength(1);
  expect(orders[0]).toMatchObject({ id: orderId, status: 'submitted' });
  expect(orders[0]?.lines[0]?.hold?.number).toBe(held);

  // The link works once: opened again, by anyone, it says so and shows nothing of the order.
  const again = await phoneContext.newPage();
  await again.goto(link);
  await expect(
    again.getByRole('heading', { level: 1, name: 'This link has already been used' }),
  ).toBeVisible({ timeout: FIRST_LOAD_CEILING_MS });
  await expect(again.locator('body')).not.toContainText(orderId);
  await expectNoAxeViolations(again);
  const claimAgain = await request.post(`${apiOrigin}/v1/handoff/status`, { data: { token } });
  expect(await claimAgain.json()).toEqual({ state: 'used' });

  expect(policyViolations).toEqual([]);
  await phoneContext.close();
});
