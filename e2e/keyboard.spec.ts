import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';

/** More Tab presses than any step has focusable controls. */
const MAX_TABS = 80;

/** Presses Tab until one of `targets` has the focus, as a keyboard user would. */
async function tabTo(page: Page, targets: Locator) {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    const focused = await targets.evaluateAll((elements) =>
      elements.some((element) => element === document.activeElement),
    );
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${targets.toString()}`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

async function press(page: Page, button: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, button);
  await page.keyboard.press(key);
}

async function continueTo(page: Page, heading: string | RegExp) {
  await press(page, page.getByRole('button', { name: 'Continue', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

test('the whole checkout can be completed with the keyboard alone', async ({ page }) => {
  await openApp(page, '/sign-in');

  await test.step('sign in', async () => {
    await typeInto(page, page.getByLabel('Mobile number or email'), '2015550101');
    await press(page, page.getByRole('button', { name: 'Send code' }));
    await typeInto(page, page.getByLabel('Enter the 6-digit code'), '123456');
    // Enter in the field submits its form.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
  });

  await test.step('account, plan and cart', async () => {
    await continueTo(page, 'Choose a plan and phone');
    // A radio group takes one Tab stop; the arrow keys move within it and choose.
    await tabTo(page, page.getByRole('radio'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { checked: true }).first()).toBeFocused();
    await continueTo(page, 'Your cart');
    await continueTo(page, 'Credit check');
  });

  await test.step('credit check', async () => {
    await press(page, page.getByLabel(/I authorize a credit check/), 'Space');
    await expect(page.getByLabel(/I authorize a credit check/)).toBeChecked();
    await typeInto(page, page.getByLabel('Social Security number', { exact: true }), '123456789');
    await typeInto(page, page.getByLabel('Month'), '04');
    await typeInto(page, page.getByLabel('Day'), '12');
    await typeInto(page, page.getByLabel('Year'), '1985');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /approved/ })).toBeFocused();
    await continueTo(page, 'Delivery');
  });

  await test.step('delivery and number', async () => {
    await continueTo(page, 'Choose your phone number');
    const line = page.getByRole('region', { name: /^Line 1:/ });
    await tabTo(page, line.getByRole('radio'));
    await page.keyboard.press('Space');
    await press(page, line.getByRole('button', { name: 'Reserve' }));
    await expect(line.getByText(/Held for/).first()).toBeVisible();
    await continueTo(page, 'Terms and agreements');
  });

  await test.step('terms, review and order', async () => {
    const boxes = page.getByRole('checkbox');
    for (const box of await boxes.all()) {
      await press(page, box, 'Space');
      await expect(box).toBeChecked();
    }
    await continueTo(page, 'Review your order');
    await press(page, page.getByRole('button', { name: 'Place order' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();
  });
});
