import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { reserveFirstNumber, submitCreditCheck } from './support/checkout-walk';
import { expect, openApp, startAtStep, test } from './support/fixtures';
import { answerAsNewerBackend } from './support/newer-backend';

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });

async function requestCode(page: Page, phone = '(201) 555-0101') {
  await openApp(page, '/sign-in');
  await page.getByLabel('Mobile number or email').fill(phone);
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect(page.getByLabel('Enter the 6-digit code')).toBeVisible();
}

/** Signs in with the code; a persona without a passkey is offered one first. */
async function signInWithCode(page: Page, phone = '(201) 555-0101') {
  await requestCode(page, phone);
  await page.getByLabel('Enter the 6-digit code').fill('123456');
  await continueButton(page).click();
  const notNow = page.getByRole('button', { name: 'Not now' });
  const account = page.getByRole('heading', { level: 1, name: 'Your account' });
  await expect(notNow.or(account)).toBeVisible();
  if (await notNow.isVisible()) await notNow.click();
  await expect(account).toBeFocused();
}

async function expectErrorSummary(page: Page) {
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expect(page).toHaveTitle(/^Error:/);
}

interface State {
  name: string;
  /** Brings the page to the state; its last assertion waits for the state to be shown. */
  reach: (page: Page) => Promise<void>;
}

/** Every step and every state a customer can see, each checked by axe on its own. */
const STATES: State[] = [
  {
    name: 'sign-in, empty',
    reach: async (page) => {
      await openApp(page, '/sign-in');
      await expect(page.getByLabel('Mobile number or email')).toBeVisible();
    },
  },
  {
    name: 'sign-in, error summary shown',
    reach: async (page) => {
      await openApp(page, '/sign-in');
      await page.getByRole('button', { name: 'Send code' }).click();
      await expectErrorSummary(page);
    },
  },
  {
    name: 'sign-in, code sent',
    reach: (page) => requestCode(page),
  },
  {
    name: 'sign-in, wrong code',
    reach: async (page) => {
      await requestCode(page);
      await page.getByLabel('Enter the 6-digit code').fill('000000');
      await continueButton(page).click();
      await expect(page.getByText(/That code is not right/).first()).toBeVisible();
    },
  },
  {
    name: 'sign-in, passkey offered after a code sign-in',
    reach: async (page) => {
      await requestCode(page, '(201) 555-0102');
      await page.getByLabel('Enter the 6-digit code').fill('123456');
      await continueButton(page).click();
      await expect(page.getByRole('button', { name: 'Not now' })).toBeVisible();
    },
  },
  {
    name: 'account',
    reach: (page) => signInWithCode(page),
  },
  {
    name: 'account, several accounts to choose from',
    reach: async (page) => {
      await signInWithCode(page, '(201) 555-0106');
      await expect(page.getByRole('radio').nth(1)).toBeVisible();
    },
  },
  {
    name: 'offers',
    reach: async (page) => {
      await signInWithCode(page);
      await continueButton(page).click();
      await expect(page.getByText('Prices shown without autopay')).toBeVisible();
    },
  },
  {
    name: 'cart',
    reach: async (page) => {
      await startAtStep(page, 'cart');
      await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeFocused();
    },
  },
  {
    name: 'credit, empty',
    reach: async (page) => {
      await startAtStep(page, 'credit');
      await expect(page.getByLabel('Social Security number', { exact: true })).toBeVisible();
    },
  },
  {
    name: 'credit, error summary shown',
    reach: async (page) => {
      await startAtStep(page, 'credit');
      await continueButton(page).click();
      await expectErrorSummary(page);
    },
  },
  {
    name: 'credit, approved',
    reach: async (page) => {
      await startAtStep(page, 'credit', { phone: '(201) 555-0101' });
      await submitCreditCheck(page);
      await expect(page.getByRole('heading', { level: 1, name: /approved/ })).toBeFocused();
    },
  },
  {
    name: 'credit, approved with a deposit',
    reach: async (page) => {
      await startAtStep(page, 'credit', { phone: '(201) 555-0102' });
      await submitCreditCheck(page);
      await expect(page.getByText('Risk-based pricing notice')).toBeVisible();
    },
  },
  {
    name: 'credit, approved with conditions',
    reach: async (page) => {
      await startAtStep(page, 'credit', { phone: '(201) 555-0103' });
      await submitCreditCheck(page);
      await expect(page.getByRole('heading', { level: 1, name: /conditions/ })).toBeFocused();
    },
  },
  {
    name: 'credit, manual review',
    reach: async (page) => {
      await startAtStep(page, 'credit', { phone: '(201) 555-0104' });
      await submitCreditCheck(page);
      await expect(
        page.getByRole('heading', { level: 1, name: 'We need to review your application' }),
      ).toBeFocused();
    },
  },
  {
    name: 'credit, declined with the adverse-action notice',
    reach: async (page) => {
      await startAtStep(page, 'credit', { phone: '(201) 555-0105' });
      await submitCreditCheck(page);
      await expect(page.getByText(/Northstar Credit Reporting/).first()).toBeVisible();
    },
  },
  {
    name: 'delivery',
    reach: async (page) => {
      await startAtStep(page, 'shipping');
      await expect(page.getByLabel('Address line 1').first()).toBeVisible();
    },
  },
  {
    name: 'delivery, address suggestions',
    reach: async (page) => {
      await startAtStep(page, 'shipping');
      await page.getByLabel('Address line 1').first().fill('500 Main St');
      await continueButton(page).click();
      await expect(page.getByRole('heading', { name: 'Did you mean…' })).toBeVisible();
    },
  },
  {
    name: 'number, a number held',
    reach: async (page) => {
      await startAtStep(page, 'number');
      await reserveFirstNumber(page, 1);
    },
  },
  {
    name: 'terms',
    reach: async (page) => {
      await startAtStep(page, 'terms');
      await expect(page.getByRole('checkbox').first()).toBeVisible();
    },
  },
  {
    name: 'review',
    reach: async (page) => {
      await startAtStep(page, 'review');
      await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible();
    },
  },
  {
    name: 'confirmation',
    reach: async (page) => {
      await startAtStep(page, 'review');
      await page.getByRole('button', { name: 'Place order' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Order placed' })).toBeFocused();
    },
  },
  {
    name: 'an order this app cannot finish online',
    reach: async (page) => {
      await answerAsNewerBackend(page, {
        method: 'GET',
        path: '^/v1/order/[^/]+$',
        set: { nextStep: 'identity-check' },
      });
      await startAtStep(page, 'shipping');
      await expect(
        page.getByRole('heading', { level: 1, name: 'We can’t finish this order online' }),
      ).toBeFocused();
    },
  },
  {
    name: 'delivery, the order did not move on',
    reach: async (page) => {
      await answerAsNewerBackend(page, {
        method: 'POST',
        path: '^/v1/order/[^/]+/fulfillment$',
        set: { nextStep: 'shipping' },
      });
      await startAtStep(page, 'shipping');
      await continueButton(page).click();
      await expect(
        page.getByRole('alert').filter({ hasText: 'Your order did not move on' }),
      ).toBeVisible();
    },
  },
  {
    name: 'kiosk mode, the idle warning dialog',
    reach: async (page) => {
      await page.clock.install();
      await openApp(page, '/sign-in?kiosk=1&idle=20');
      // Keys are activity: an untouched start screen has nothing to warn about.
      await page.getByLabel('Mobile number or email').pressSequentially('2015550101');
      await page.clock.runFor(20_000);
      await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
    },
  },
  {
    name: 'signed in, the session timeout dialog',
    reach: async (page) => {
      await page.clock.install();
      await startAtStep(page, 'shipping');
      await expect(page.getByRole('heading', { level: 1, name: 'Delivery' })).toBeFocused();
      await page.clock.runFor(15 * 60_000);
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'kiosk mode, Start over confirmation',
    reach: async (page) => {
      await startAtStep(page, 'credit');
      await openApp(page, `${new URL(page.url()).pathname}?kiosk=1`);
      await page.getByRole('button', { name: 'Start over' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'Spanish, credit check with its error summary',
    reach: async (page) => {
      await startAtStep(page, 'credit');
      await openApp(page, `${new URL(page.url()).pathname}?lang=es`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await page.getByRole('button', { name: 'Continuar', exact: true }).click();
      await expect(page).toHaveTitle(/^Error:/);
    },
  },
  {
    name: 'the demo panel open, with the API timeline',
    reach: async (page) => {
      await requestCode(page);
      await page.getByRole('button', { name: 'Demo', exact: true }).click();
      const panel = page.getByRole('complementary', { name: 'Demo tools' });
      await expect(
        panel.getByRole('list', { name: 'API calls' }).getByText('POST /v1/auth/generateotp'),
      ).toBeVisible();
    },
  },
];

/** WCAG 1.4.10: content reflows at 320 CSS px (also what 400% zoom of 1280 px gives). */
async function expectReflowAt320(page: Page) {
  await page.setViewportSize({ width: 320, height: 720 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
}

test.describe('no WCAG 2.2 AA violation found by axe, and reflow at 320 px', () => {
  for (const state of STATES) {
    test(state.name, async ({ page }) => {
      await state.reach(page);
      await expectNoAxeViolations(page);
      await expectReflowAt320(page);
    });
  }
});
