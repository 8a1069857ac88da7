// The page shell: index.html paints the right page before any JavaScript runs, and the app then
// takes it over without a second heading or a shift (scripts/app-shell.ts, scripts/shell-script.ts).
import type { Page } from '@playwright/test';
import { LANGUAGE_STORAGE_KEY } from '../src/i18n/language-choice';
import { expect, test } from './support/fixtures';

/** Keeps the app from starting, so the page shows only what the HTML painted. */
async function withoutTheApp(page: Page) {
  await page.route('**/src/main.tsx', (route) => route.abort());
}

test('the HTML alone paints sign-in, in the language asked for, and never on a deep link', async ({
  page,
}) => {
  await withoutTheApp(page);
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(
    page.getByText('Sign in to add a line or a new phone to your account.'),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Checkout progress' })).toBeVisible();

  await page.goto('/sign-in?lang=es');
  await expect(page.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // A tab that remembers Spanish (the app keeps the choice in sessionStorage) opens a deep link.
  await page.evaluate((key) => sessionStorage.setItem(key, 'es'), LANGUAGE_STORAGE_KEY);
  await page.goto('/orders/o1/credit');
  await expect(page.getByRole('link', { name: 'Compra en línea' })).toBeVisible();
  await expect(page.getByRole('heading')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Cargando' })).toBeAttached();
});

test('the app takes the painted sign-in over: one h1 at every moment, nothing shifts', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen = { headings: new Set<number>(), shift: 0 };
    Object.assign(window, { __shell: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        seen.shift += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => seen.headings.add(document.querySelectorAll('h1').length)).observe(
      document,
      { childList: true, subtree: true },
    );
  });
  await page.goto('/sign-in');
  // The dev server compiles the app on first use: a ceiling to wait, not a time to beat.
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused({
    timeout: 60_000,
  });
  await expect(page.getByRole('textbox', { name: 'Mobile number or email' })).toBeVisible();
  const seen = await page.evaluate(() => {
    const { headings, shift } = (
      window as unknown as { __shell: { headings: Set<number>; shift: number } }
    ).__shell;
    return { headings: [...headings], shift };
  });
  // 0 only while the page is parsed, before the shell is in place.
  expect(seen.headings.filter((count) => count > 0)).toEqual([1]);
  expect(seen.shift).toBe(0);
});
