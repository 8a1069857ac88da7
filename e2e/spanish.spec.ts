import type { Page, TestInfo } from '@playwright/test';
import { ENGLISH, SPANISH, continueTo, placeOrderFromSignIn } from './support/checkout-walk';
import { expect, openApp, startAtStep, test } from './support/fixtures';

/** Opens the app in Spanish; the tab remembers the choice for later pages. */
async function openInSpanish(page: Page, path = '/sign-in') {
  await openApp(page, `${path}?lang=es`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

/** Keeps the JSON bodies of the /v1 answers whose path matches, to read what the mock sent. */
function collectBodies(page: Page, path: RegExp): unknown[] {
  const bodies: unknown[] = [];
  page.on('response', async (response) => {
    if (!path.test(new URL(response.url()).pathname) || !response.ok()) return;
    bodies.push(await response.json());
  });
  return bodies;
}

test('the whole checkout in Spanish: Continuar, Realizar pedido, Spanish offers and agreements', async ({
  page,
  apiCalls,
}) => {
  const offers = collectBodies(page, /^\/v1\/offers$/);
  const agreements = collectBodies(page, /^\/v1\/order\/[^/]+\/agreements$/);
  await openInSpanish(page);

  // Every primary button is pressed by its Spanish name: "Continuar", then "Realizar pedido".
  await placeOrderFromSignIn(
    page,
    { code: '123456', ssn: '123-45-6789', dateOfBirth: { month: '04', day: '12', year: '1985' } },
    SPANISH,
  );
  await expect(page).toHaveTitle('Pedido realizado – Compra en línea');
  await expect(page.getByText(/Enviaremos su pedido por entrega estándar/)).toBeVisible();

  expect(apiCalls.length).toBeGreaterThan(10);
  for (const call of apiCalls) {
    expect(call.headers['accept-language'], `${call.method} ${call.path}`).toBe('es');
  }
  expect(JSON.stringify(offers)).toContain('iPhone 16 Pro por nuestra cuenta');
  expect(JSON.stringify(agreements)).toContain('Contrato de servicio al cliente');
  expect(JSON.stringify(agreements)).not.toContain('Customer Service Agreement');
});

test('an error from the API shows in Spanish, never in the server’s words', async ({
  page,
  apiCalls,
}) => {
  await openInSpanish(page);
  await page.getByLabel(SPANISH.identifier).fill('(201) 555-0101');
  await page.getByRole('button', { name: SPANISH.sendCode }).click();
  await page.getByLabel(SPANISH.code).fill('000000');
  await page.getByRole('button', { name: SPANISH.continue, exact: true }).click();

  await expect(page.getByText(/Ese código no es correcto/).first()).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Iniciar sesión/);
  expect(apiCalls.at(-1)).toMatchObject({ path: '/v1/auth', status: 401 });
  // The mock's English text for OTP_INVALID.
  await expect(page.getByText('The code is not correct.')).toHaveCount(0);
});

test('the switch goes back to English on a later step, keeping what was typed', async ({
  page,
  apiCalls,
}) => {
  await openInSpanish(page);
  const orderId = await startAtStep(page, 'shipping');
  await expect(page.getByRole('heading', { level: 1, name: 'Entrega' })).toBeFocused();
  const line2 = page.getByLabel('Dirección, línea 2').first();
  await line2.fill('Apto. 4B');

  const english = page.getByRole('button', { name: 'English' });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute('lang', 'es');
  await expect(english).toHaveAttribute('aria-pressed', 'false');
  await english.focus();
  await page.keyboard.press('Enter');

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeVisible();
  await expect(page).toHaveTitle('Delivery – Checkout');
  // A renamed heading is the same page: focus stays on the switch.
  await expect(english).toBeFocused();
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Address line 2').first()).toHaveValue('Apto. 4B');

  await page.getByRole('button', { name: ENGLISH.continue, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/number$`));
  await expect(
    page.getByRole('heading', { level: 1, name: ENGLISH.headings.number }),
  ).toBeFocused();
  expect(apiCalls.at(-1)?.headers['accept-language']).toBe('en');
  expect(await page.evaluate(() => sessionStorage.getItem('checkout.lang'))).toBe('en');
});

/** Spanish runs longer than English: nothing may stick out sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

for (const width of [390, 1280]) {
  test(`Spanish steps fit at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await openInSpanish(page);
    // The first load of a cold dev server can take longer than an assertion waits.
    await page.getByLabel(SPANISH.identifier).waitFor();
    await expect(page).toHaveTitle('Iniciar sesión – Compra en línea');
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, `sign-in-${width}`);

    await startAtStep(page, 'terms', {
      lines: [{ planId: 'unlimited-premium', deviceId: 'iphone-16-pro-256' }],
    });
    await expect(
      page.getByRole('heading', { level: 1, name: SPANISH.headings.terms }),
    ).toBeFocused();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Contrato de pago a plazos del equipo' }),
    ).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, `terms-${width}`);

    await page.goto('/account');
    await continueTo(page, '/offers', SPANISH.headings.offers, SPANISH);
    await expect(page.getByText('iPhone 16 Pro por nuestra cuenta').first()).toBeVisible();
    await expect(page.getByText(/\$\d+(\.\d\d)?\/mes/).first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, `offers-${width}`);
  });
}
