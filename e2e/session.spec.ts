import { endSessionOnServer } from './support/mock-control';
import { signInAgainAndResume } from './support/checkout-walk';
import { expect, startAtStep, test } from './support/fixtures';

test('after the session ends mid-flow, the same customer signs in again and resumes the step', async ({
  page,
}) => {
  const orderId = await startAtStep(page, 'shipping');
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();

  await endSessionOnServer(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await signInAgainAndResume(page, orderId, 'shipping', 'Delivery');
});
