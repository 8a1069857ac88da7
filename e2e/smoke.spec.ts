import { expect, openApp, test } from './support/fixtures';

test('the sign-in page renders, fed by the mock backend', async ({ page, apiCalls }) => {
  await openApp(page, '/');

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await expect(page).toHaveTitle(/Sign in/);
  await expect
    .poll(() => apiCalls.map((call) => `${call.method} ${call.path} ${call.status}`))
    .toContain('GET /v1/auth-methods 200');
});
