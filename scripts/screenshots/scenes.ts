/**
 * The walks that bring the demo build to each state worth looking at. A scene starts in a fresh
 * browser context and calls `snap` at every state it passes; the group names the state's place
 * in the product (its step), the caption what is on screen.
 */
import type { Page } from '@playwright/test';
import {
  ENGLISH,
  SPANISH,
  continueTo,
  declinePasskeyOffer,
  reserveFirstNumber,
  signInWithCode,
  submitCreditCheck,
} from '../../e2e/support/checkout-walk';
import { expect, openApp, startAtStep } from '../../e2e/support/fixtures';
import { answerAsNewerBackend } from '../../e2e/support/newer-backend';

/** A dialog is shot in the viewport only: a full-page picture would show its backdrop cut off. */
export type Snap = (
  group: string,
  caption: string,
  options?: { dialog?: boolean },
) => Promise<void>;

export interface Scene {
  name: string;
  run: (page: Page, snap: Snap) => Promise<void>;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const headingFocused = (page: Page, name: string | RegExp) => expect(h1(page, name)).toBeFocused();
const pressContinue = (page: Page) =>
  page.getByRole('button', { name: 'Continue', exact: true }).click();
const problemShown = (page: Page) =>
  expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();

/** Seeds the order at the credit step for a persona and submits the check. */
function creditOutcome(phone: string, heading: string, caption: string): Scene {
  return {
    name: `credit ${caption}`,
    run: async (page, snap) => {
      await startAtStep(page, 'credit', { phone });
      await submitCreditCheck(page);
      await headingFocused(page, heading);
      await snap('Credit', caption);
    },
  };
}

/** Signs in by code a persona who is offered a passkey after it; declines it. */
async function signInDecliningPasskey(page: Page, phone: string, snap?: Snap) {
  await openApp(page, '/sign-in');
  await signInWithCode(page, phone);
  if (snap) {
    await expect(
      page.getByRole('heading', { level: 2, name: 'Sign in faster next time' }),
    ).toBeFocused();
    await snap('Sign-in', 'Passkey offered after a code sign-in');
  }
  await declinePasskeyOffer(page);
}

export const scenes: Scene[] = [
  {
    name: 'sign-in',
    run: async (page, snap) => {
      await openApp(page, '/sign-in');
      await snap('Sign-in', 'Empty');
      await page.getByLabel(ENGLISH.identifier).fill('daniel.kim@example.com');
      await page.getByRole('button', { name: ENGLISH.sendCode }).click();
      const code = page.getByLabel(ENGLISH.code);
      await expect(code).toBeFocused();
      await snap('Sign-in', 'Code step (code sent by e-mail)');
      for (let left = 4; left >= 1; left -= 1) {
        await code.fill('654321');
        await pressContinue(page);
        await expect(
          page.getByText(new RegExp(`You have ${left} tr(y|ies) left`)).first(),
        ).toBeVisible();
        if (left === 4) await snap('Sign-in', 'Wrong code');
      }
      await code.fill('654321');
      await pressContinue(page);
      await expect(
        page.getByRole('heading', { level: 2, name: 'Sign-in is locked for now' }),
      ).toBeFocused();
      await snap('Sign-in', 'Locked after five wrong codes');
    },
  },
  {
    name: 'one account through to the draft cart',
    run: async (page, snap) => {
      await openApp(page, '/sign-in');
      await signInWithCode(page, '(201) 555-0101');
      await headingFocused(page, ENGLISH.headings.account);
      await snap('Account', 'One account');
      await continueTo(page, '/offers', ENGLISH.headings.offers);
      await page
        .getByRole('radio', { name: /Unlimited Plus/ })
        .first()
        .check();
      await snap('Offers', 'A plan chosen');
      await continueTo(page, '/cart', ENGLISH.headings.cart);
      await snap('Cart', 'Draft (before the order exists)');
    },
  },
  {
    name: 'two accounts',
    run: async (page, snap) => {
      await signInDecliningPasskey(page, '(201) 555-0106', snap);
      await expect(page.getByText('You have more than one account.')).toBeVisible();
      await snap('Account', 'Two accounts to choose from');
    },
  },
  {
    name: 'account that cannot order online',
    run: async (page, snap) => {
      await signInDecliningPasskey(page, '(201) 555-0107');
      await expect(page.getByText('This account cannot order online')).toBeVisible();
      await snap('Account', 'An account that cannot order online');
    },
  },
  {
    name: 'order cart',
    run: async (page, snap) => {
      await startAtStep(page, 'cart');
      await snap('Cart', 'Order (after it was created)');
    },
  },
  {
    name: 'credit form',
    run: async (page, snap) => {
      await startAtStep(page, 'credit');
      await snap('Credit', 'Empty form');
      await pressContinue(page);
      await problemShown(page);
      await snap('Credit', 'Field errors');
      await submitCreditCheck(page);
      await headingFocused(page, 'You’re approved');
      await snap('Credit', 'Approved');
    },
  },
  creditOutcome('(201) 555-0102', 'You’re approved with a deposit', 'Approved with a deposit'),
  creditOutcome('(201) 555-0103', 'You’re approved, with conditions', 'Approved with conditions'),
  creditOutcome('(201) 555-0104', 'We need to review your application', 'Manual review'),
  creditOutcome('(201) 555-0105', 'We can’t approve this order', 'Declined'),
  {
    name: 'shipping',
    run: async (page, snap) => {
      await startAtStep(page, 'shipping');
      const line1 = page.getByLabel('Address line 1').first();
      await expect(line1).toBeVisible();
      await snap('Shipping', 'Form');
      await line1.fill('PO Box 12');
      await pressContinue(page);
      await problemShown(page);
      await snap('Shipping', 'Undeliverable address');
      await line1.fill('500 Main St');
      await pressContinue(page);
      await expect(page.getByRole('heading', { name: 'Did you mean…' })).toBeVisible();
      await snap('Shipping', 'Ambiguous address: suggestions');
    },
  },
  {
    name: 'number',
    run: async (page, snap) => {
      await startAtStep(page, 'number');
      const line = page.getByRole('region', { name: /^Line 1:/ });
      await expect(line.getByRole('radio').first()).toBeVisible();
      await snap('Number', 'Search results');
      await line.getByLabel('Area code or ZIP code').fill('999');
      await line.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(line.getByText('No numbers are available for 999.')).toBeVisible();
      await snap('Number', 'No numbers for 999, nearby area codes');
      await line.getByRole('button', { name: 'Search area code 201' }).click();
      await reserveFirstNumber(page, 1);
      await snap('Number', 'A number held');
    },
  },
  {
    name: 'terms',
    run: async (page, snap) => {
      await startAtStep(page, 'terms');
      await expect(page.getByRole('checkbox').first()).toBeVisible();
      await snap('Terms and review', 'Terms');
    },
  },
  {
    name: 'review and confirmation',
    run: async (page, snap) => {
      await startAtStep(page, 'review');
      await snap('Terms and review', 'Review');
      await page.getByRole('button', { name: ENGLISH.placeOrder }).click();
      await headingFocused(page, ENGLISH.headings.placed);
      await snap('Confirmation', 'Order placed');
    },
  },
  {
    name: 'order help',
    run: async (page, snap) => {
      await answerAsNewerBackend(page, {
        method: 'GET',
        path: '^/v1/order/[^/]+$',
        set: { nextStep: 'identity-check' },
      });
      await startAtStep(page, 'shipping');
      await headingFocused(page, 'We can’t finish this order online');
      await snap('Other pages', 'Order help: a step this app does not know');
    },
  },
  {
    name: 'not found',
    run: async (page, snap) => {
      await openApp(page, '/no-such-page');
      await snap('Other pages', 'Page not found');
    },
  },
  {
    name: 'kiosk',
    run: async (page, snap) => {
      // The idle timer runs on Playwright's clock, so its 20 seconds pass at once.
      await page.clock.install();
      await openApp(page, '/sign-in?kiosk=1&idle=20');
      await snap('Kiosk', 'Sign-in');
      await startAtStep(page, 'credit');
      await snap('Kiosk', 'Credit step with the kiosk header');
      await page.clock.runFor(20_000);
      await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
      await snap('Kiosk', 'Idle warning', { dialog: true });
    },
  },
  {
    name: 'spanish',
    run: async (page, snap) => {
      await openApp(page, '/sign-in?lang=es');
      await snap('Spanish', 'Sign-in (?lang=es)');
      await startAtStep(page, 'credit');
      await headingFocused(page, SPANISH.headings.credit);
      await snap('Spanish', 'Credit check');
      await startAtStep(page, 'review');
      await headingFocused(page, SPANISH.headings.review);
      await snap('Spanish', 'Review');
    },
  },
  {
    name: 'offline',
    run: async (page, snap) => {
      await startAtStep(page, 'shipping');
      await page.context().setOffline(true);
      await expect(page.getByText('You are offline')).toBeVisible();
      await snap('Other pages', 'Offline banner (on the delivery step)');
    },
  },
];
