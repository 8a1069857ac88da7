import { test as base, expect, type Page } from '@playwright/test';
import { SESSION_STORAGE_KEY } from '@/api/session';
import { MOCK_STORAGE_KEY } from '@/mocks/persistence';
import { createMockRuntime } from '@/mocks/runtime';
import { SeedResult, seedOrder, type SeedRequest, type SeedStep } from '@/mocks/seed';

export interface ApiCall {
  method: string;
  /** Path with order ids replaced by `{id}`, as the contract writes it. */
  path: string;
  status: number;
  headers: Record<string, string>;
}

function contractPath(url: string): string {
  return new URL(url).pathname.replace(/^(\/v1\/order\/)(?!create$|submit$)[^/]+/, '$1{id}');
}

interface Fixtures {
  /** Every /v1 call the page made, in order, with its status. */
  apiCalls: ApiCall[];
  /** Console errors and uncaught exceptions; the test fails if any happen. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  apiCalls: async ({ page }, use) => {
    const calls: ApiCall[] = [];
    // MSW answers from a service worker, so page.route would not see these; 'response' does.
    page.on('response', (response) => {
      const request = response.request();
      if (!new URL(request.url()).pathname.startsWith('/v1/')) return;
      calls.push({
        method: request.method(),
        path: contractPath(request.url()),
        status: response.status(),
        headers: request.headers(),
      });
    });
    await use(calls);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // Chromium logs every HTTP error response itself; tests that expect one assert it
        // through apiCalls. What counts here is what the app or React reports.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:')) {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the mock service worker controls the page, so calls are answered by it. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  // The HTML paints the page's shell (its h1 too) before the app starts; React's h1 takes focus.
  // A fresh page loads every dev module first: a ceiling to wait, not a time to beat.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused({ timeout: 60_000 });
}

/**
 * Starts a test at a given step with one page load: the mock backend's own code, run here,
 * signs the persona in and builds the order up to `step`; the tab's sessionStorage hands that
 * state and the session to the page, whose mock restores it, as after a reload.
 */
export async function startAtStep(
  page: Page,
  step: SeedStep,
  options: { phone?: string; lines?: SeedRequest['lines'] } = {},
): Promise<string> {
  const runtime = createMockRuntime();
  const response = seedOrder(runtime.backend, {
    phone: options.phone ?? '(201) 555-0101',
    step,
    lines: options.lines,
  });
  if (response.status !== 201) throw new Error(`Seeding failed: ${JSON.stringify(response.body)}`);
  const { session, orderId } = SeedResult.parse(response.body);
  const entries: [string, string][] = [
    [MOCK_STORAGE_KEY, JSON.stringify(runtime.snapshot())],
    [SESSION_STORAGE_KEY, JSON.stringify(session)],
  ];
  // Any document of the origin opens the tab's storage; a static asset does not start the app.
  await page.goto('/favicon.svg');
  await page.evaluate((entries) => {
    for (const [key, value] of entries) sessionStorage.setItem(key, value);
  }, entries);
  await openApp(page, `/orders/${orderId}/${step}`);
  return orderId;
}

/** True when `expected` appears in `actual` in the same order, other items allowed between. */
export function isSubsequence(expected: string[], actual: string[]): boolean {
  let next = 0;
  for (const item of actual) if (item === expected[next]) next += 1;
  return next === expected.length;
}
