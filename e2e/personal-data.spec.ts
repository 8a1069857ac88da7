// Personal data typed into the checkout (SSN, date of birth, one-time code) leaves no trace in
// URLs, web storage, the DOM, the console or the mock backend's request log.
import { placeOrderFromSignIn } from './support/checkout-walk';
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
  await placeOrderFromSignIn(page, { code: CODE, ssn: SSN, dateOfBirth: DOB });

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
