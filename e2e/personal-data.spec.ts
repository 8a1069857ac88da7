// Personal data typed into the checkout (SSN, date of birth, one-time code) leaves no trace in
// URLs, web storage, the DOM, the console or the mock backend's request log.
import { continueTo, reserveFirstNumber } from './support/checkout-walk';
import { expect, openApp, test } from './support/fixtures';

const CODE = '123456';
const SSN = '123-45-6789';
const DOB = { month: '04', day: '12', year: '1985' };
const SECRETS = [
  SSN,
  SSN.replaceAll('-', ''),
  `${DOB.year}-${DOB.month}-${DOB.day}`,
  `${DOB.month}/${DOB.day}/${DOB.year}`,
  CODE,
];

test('SSN, date of birth and code leave no trace after an order is placed', async ({ page }) => {
  const urls: string[] = [];
  const consoleLines: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('console', (message) => consoleLines.push(message.text()));

  await openApp(page, '/');
  await page.getByLabel('Mobile number or email').fill('(201) 555-0101');
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Enter the 6-digit code').fill(CODE);
  await continueTo(page, '/account', 'Your account');
  await continueTo(page, '/offers', 'Choose a plan and phone');
  await page
    .getByRole('radio', { name: /Unlimited Plus/ })
    .first()
    .check();
  await continueTo(page, '/cart', 'Your cart');
  await continueTo(page, '/credit', 'Credit check');

  await page.getByLabel(/I authorize a credit check/).check();
  await page.getByLabel('Social Security number', { exact: true }).fill(SSN);
  await page.getByLabel('Month').fill(DOB.month);
  await page.getByLabel('Day').fill(DOB.day);
  await page.getByLabel('Year').fill(DOB.year);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /approved/ })).toBeFocused();

  await continueTo(page, '/shipping', 'Delivery');
  await continueTo(page, '/number', 'Choose your phone number');
  await reserveFirstNumber(page, 1);
  await continueTo(page, '/terms', 'Terms and agreements');
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await continueTo(page, '/review', 'Review your order');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();

  const storages = await page.evaluate(() =>
    JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } }),
  );
  const requestLog = await page.evaluate(async () => (await fetch('/__mock/requests')).text());
  // The order number is random digits; only its shape is known, so it is masked before the search.
  const dom = (await page.content()).replace(/W\d{9}/g, 'W#########');
  const places = {
    urls: urls.join('\n'),
    storages,
    dom,
    console: consoleLines.join('\n'),
    requestLog,
  };
  expect(urls.length).toBeGreaterThan(5);
  expect(requestLog).toContain('submitOrder');
  for (const [place, text] of Object.entries(places)) {
    for (const secret of SECRETS) {
      expect(text.includes(secret), `${secret} found in ${place}`).toBe(false);
    }
  }
});
