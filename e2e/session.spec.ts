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

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(/Your session has ended/)).toBeVisible();
  await page.getByLabel('Mobile number or email').fill('201-555-0101');
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('Enter the 6-digit code').fill('123456');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/shipping$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();
});
