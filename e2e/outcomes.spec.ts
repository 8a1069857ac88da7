import { submitCreditCheck } from './support/checkout-walk';
import { expect, openApp, startAtStep, test } from './support/fixtures';

test.describe('sign-in outcomes', () => {
  test('a wrong code says how many tries are left, and an unknown number gets the same answer', async ({
    page,
  }) => {
    await openApp(page, '/sign-in');
    await page.getByLabel('Mobile number or email').fill('(201) 555-0199');
    await page.getByRole('button', { name: 'Send code' }).click();
    await expect(page.getByText(/If this number has an account, we sent a code/)).toBeVisible();
    await page.getByLabel('Enter the 6-digit code').fill('123456');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(
      page.getByText('That code is not right. You have 4 tries left.').first(),
    ).toBeVisible();
    await expect(page.getByLabel('Mobile number or email')).toHaveCount(0);
    await expect(page.getByText('(201) 555-0199')).toBeVisible();
  });
});

test.describe('credit outcomes of the demo personas', () => {
  test('approved with a deposit: the risk-based pricing notice and the deposit', async ({
    page,
  }) => {
    await startAtStep(page, 'credit', { phone: '(201) 555-0102' });
    await submitCreditCheck(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'You’re approved with a deposit' }),
    ).toBeFocused();
    await expect(page.getByText('Risk-based pricing notice')).toBeVisible();
    await expect(page.getByText('$200.00').first()).toBeVisible();
  });

  test('manual review: a reference and next steps, and no way to continue online', async ({
    page,
  }) => {
    await startAtStep(page, 'credit', { phone: '(201) 555-0104' });
    await submitCreditCheck(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'We need to review your application' }),
    ).toBeFocused();
    await expect(page.getByRole('button', { name: 'Continue', exact: true })).toHaveCount(0);
  });

  test('declined: the adverse-action notice names the bureau', async ({ page }) => {
    await startAtStep(page, 'credit', { phone: '(201) 555-0105' });
    await submitCreditCheck(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'We can’t approve this order' }),
    ).toBeFocused();
    await expect(page.getByText(/Northstar Credit Reporting/).first()).toBeVisible();
  });
});

test.describe('delivery and number outcomes', () => {
  test('an ambiguous address offers the matches, and choosing one moves on', async ({ page }) => {
    await startAtStep(page, 'shipping');
    await page.getByLabel('Address line 1').first().fill('500 Main St');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Did you mean…' })).toBeVisible();
    await page
      .getByRole('group', { name: 'Matching addresses' })
      .getByRole('radio')
      .first()
      .check();
    await page.getByRole('button', { name: 'Use this address' }).click();
    await expect(page).toHaveURL(/\/number$/);
  });

  test('an undeliverable address is flagged at the field and kept as typed', async ({ page }) => {
    await startAtStep(page, 'shipping');
    const line1 = page.getByLabel('Address line 1').first();
    await line1.fill('PO Box 12');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await expect(page.getByText(/We cannot deliver to this address/).first()).toBeVisible();
    await expect(line1).toHaveValue('PO Box 12');
  });

  test('an area code without numbers suggests nearby ones', async ({ page }) => {
    await startAtStep(page, 'number');
    const line = page.getByRole('region', { name: /^Line 1:/ });
    await line.getByLabel('Area code or ZIP code').fill('999');
    await line.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(line.getByText('No numbers are available for 999.')).toBeVisible();
    await line.getByRole('button', { name: 'Search area code 201' }).click();
    await expect(line.getByRole('radio').first()).toBeVisible();
  });
});
