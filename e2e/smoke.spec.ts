import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './support/fixtures';

test('the sign-in page renders, fed by the mock backend, with no WCAG 2.2 AA violations', async ({
  page,
  apiCalls,
}) => {
  await openApp(page, '/');

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await expect(page).toHaveTitle(/Sign in/);
  await expect
    .poll(() => apiCalls.map((call) => `${call.method} ${call.path} ${call.status}`))
    .toContain('GET /v1/auth-methods 200');
  await expect(page.getByLabel('Mobile number or email')).toBeVisible();

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
