// The production and the demo build, served with the production headers (scripts/serve-dist.ts),
// run the whole checkout without a single Content Security Policy violation. The production
// build calls `npm run mock:server` on another origin, so connect-src is exercised for real.
import { productionHeaders } from '../scripts/production-headers';
import { placeOrderFromSignIn } from './support/checkout-walk';
import { expect } from './support/fixtures';
import { test } from './support/policy';

const FIRST_LOAD_CEILING_MS = 60_000;

/** The production headers as Playwright reports them (lower-case names). */
function expectedHeaders(path: string, apiOrigin: string | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(productionHeaders(path, { apiOrigin })).map(([name, value]) => [
      name.toLowerCase(),
      value,
    ]),
  );
}

// The standalone mock keeps its state in memory for as long as it runs: start from the seed.
test.beforeEach(async ({ request, apiOrigin }) => {
  if (apiOrigin) expect((await request.post(`${apiOrigin}/__mock/reset`)).ok()).toBe(true);
});

test('the whole checkout runs under the production headers without a policy violation', async ({
  page,
  apiOrigin,
  baseURL,
  policyViolations,
}) => {
  const apiRequestOrigins = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/')) apiRequestOrigins.add(url.origin);
  });

  // A client-side route loaded as a document: the SPA fallback, with the production headers;
  // signed out, the app sends it on to sign-in, where the walk starts.
  const document = await page.goto('/orders/o1/credit');
  expect(document?.headers()).toMatchObject(expectedHeaders('/orders/o1/credit', apiOrigin));
  // The first load parses every start-up chunk (and, in the demo, starts the service worker):
  // on a busy 2-core machine that alone can pass the 15 s step ceiling. A ceiling, not a target.
  await expect(page).toHaveURL(/\/sign-in$/, { timeout: FIRST_LOAD_CEILING_MS });
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();

  await placeOrderFromSignIn(page, {
    code: '123456',
    ssn: '123-45-6789',
    dateOfBirth: { month: '04', day: '12', year: '1985' },
  });

  expect([...apiRequestOrigins]).toEqual([apiOrigin ?? new URL(baseURL ?? '').origin]);
  expect(policyViolations).toEqual([]);

  // Trusted Types are enforced, not only declared: a DOM XSS sink refuses a plain string. In a
  // page of its own, since the browser logs the refusal as an error.
  const probe = await page.context().newPage();
  await probe.goto('/sign-in');
  const sinkResult = await probe.evaluate(() => {
    try {
      window.document.createElement('div').innerHTML = '<img src=x>';
      return 'accepted';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(sinkResult).toBe('TypeError');
  await probe.close();
});
