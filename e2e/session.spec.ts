import { signInAgainAndResume } from './support/checkout-walk';
import { expect, startAtStep, test } from './support/fixtures';

test('after the session ends mid-flow, the same customer signs in again and resumes the step', async ({
  page,
}) => {
  const orderId = await startAtStep(page, 'shipping');
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();

  // The server ends the session (as an expiry would) while the page still holds the token.
  await page.evaluate(async () => {
    const session = JSON.parse(sessionStorage.getItem('checkout.session') ?? '{}') as {
      token?: string;
    };
    await fetch('/v1/auth/signout', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token ?? ''}` },
    });
  });
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await signInAgainAndResume(page, orderId, 'shipping', 'Delivery');
});
