import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** What a walk through the checkout reads and presses, in one language. */
export interface WalkWords {
  continue: string;
  placeOrder: string;
  identifier: string;
  sendCode: string;
  code: string;
  authorize: RegExp;
  ssn: string;
  month: string;
  day: string;
  year: string;
  /** The start of a line's region on the number step. */
  line: string;
  reserve: string;
  heldFor: RegExp;
  headings: {
    account: string;
    offers: string;
    cart: string;
    credit: string;
    approved: RegExp;
    shipping: string;
    number: string;
    terms: string;
    review: string;
    placed: string;
  };
}

export const ENGLISH: WalkWords = {
  continue: 'Continue',
  placeOrder: 'Place order',
  identifier: 'Mobile number or email',
  sendCode: 'Send code',
  code: 'Enter the 6-digit code',
  authorize: /I authorize a credit check/,
  ssn: 'Social Security number',
  month: 'Month',
  day: 'Day',
  year: 'Year',
  line: 'Line',
  reserve: 'Reserve',
  heldFor: /Held for/,
  headings: {
    account: 'Your account',
    offers: 'Choose a plan and phone',
    cart: 'Your cart',
    credit: 'Credit check',
    approved: /approved/,
    shipping: 'Delivery',
    number: 'Choose your phone number',
    terms: 'Terms and agreements',
    review: 'Review your order',
    placed: 'Order placed',
  },
};

export const SPANISH: WalkWords = {
  continue: 'Continuar',
  placeOrder: 'Realizar pedido',
  identifier: 'Número de celular o correo electrónico',
  sendCode: 'Enviar código',
  code: 'Ingrese el código de 6 dígitos',
  authorize: /Autorizo una verificación de crédito/,
  ssn: 'Número de Seguro Social',
  month: 'Mes',
  day: 'Día',
  year: 'Año',
  line: 'Línea',
  reserve: 'Reservar',
  heldFor: /Reservado por/,
  headings: {
    account: 'Su cuenta',
    offers: 'Elija un plan y un teléfono',
    cart: 'Su carrito',
    credit: 'Verificación de crédito',
    approved: /aprobado/,
    shipping: 'Entrega',
    number: 'Elija su número de teléfono',
    terms: 'Términos y acuerdos',
    review: 'Revise su pedido',
    placed: 'Pedido realizado',
  },
};

/** Presses Continue and waits for the next step's heading to take focus. */
export async function continueTo(
  page: Page,
  urlEnd: string,
  heading: string | RegExp,
  words: WalkWords = ENGLISH,
) {
  await page.getByRole('button', { name: words.continue, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${urlEnd}$`));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

/** Holds the first number offered for a line. */
export async function reserveFirstNumber(page: Page, line: number, words: WalkWords = ENGLISH) {
  const section = page.getByRole('region', { name: new RegExp(`^${words.line} ${line}:`) });
  await section.getByRole('radio').first().check();
  await section.getByRole('button', { name: words.reserve }).click();
  await expect(section.getByText(words.heldFor).first()).toBeVisible();
}

/** Accepts every agreement on the terms step (once they are shown) and goes on to the review. */
export async function acceptTermsAndReview(page: Page, words: WalkWords = ENGLISH) {
  const boxes = page.getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await box.check();
  await continueTo(page, '/review', words.headings.review, words);
}

/** On the sign-in page: asks for a one-time code, types it and continues. */
export async function signInWithCode(
  page: Page,
  identifier: string,
  code = '123456',
  words: WalkWords = ENGLISH,
) {
  await page.getByLabel(words.identifier).fill(identifier);
  await page.getByRole('button', { name: words.sendCode }).click();
  await page.getByLabel(words.code).fill(code);
  await page.getByRole('button', { name: words.continue, exact: true }).click();
}

/**
 * After a code sign-in, a persona without a passkey is offered one: declines it and lands on
 * the account step.
 */
export async function declinePasskeyOffer(page: Page) {
  await expect(
    page.getByRole('heading', { level: 2, name: 'Sign in faster next time' }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
}

/**
 * After the session ended mid-flow: the sign-in page says so, the approved persona signs in
 * again, and lands back on the order's step.
 */
export async function signInAgainAndResume(
  page: Page,
  orderId: string,
  step: string,
  heading: string,
) {
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(/Your session has ended/)).toBeVisible();
  await signInWithCode(page, '(201) 555-0101');
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/${step}$`));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

/** From the account step: one line of Unlimited Plus (and its first phone), through the cart to credit. */
export async function choosePlanUpToCredit(page: Page, words: WalkWords = ENGLISH) {
  const { headings } = words;
  await continueTo(page, '/offers', headings.offers, words);
  await page
    .getByRole('radio', { name: /Unlimited Plus/ })
    .first()
    .check();
  await continueTo(page, '/cart', headings.cart, words);
  await continueTo(page, '/credit', headings.credit, words);
}

export interface WalkDetails {
  code: string;
  ssn: string;
  dateOfBirth: { month: string; day: string; year: string };
}

/**
 * Places an order from the sign-in page through every step as the approved persona, typing the
 * given one-time code, SSN and date of birth; ends on the confirmation.
 */
export async function placeOrderFromSignIn(
  page: Page,
  { code, ssn, dateOfBirth }: WalkDetails,
  words: WalkWords = ENGLISH,
) {
  await signInWithCode(page, '(201) 555-0101', code, words);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: words.headings.account })).toBeFocused();
  await placeOrderFromAccount(page, { ssn, dateOfBirth }, words);
}

/**
 * Places an order from the account step (just signed in, however) through every step, typing
 * the given SSN and date of birth; ends on the confirmation. The credit check must approve.
 */
export async function placeOrderFromAccount(
  page: Page,
  { ssn, dateOfBirth }: Omit<WalkDetails, 'code'>,
  words: WalkWords = ENGLISH,
) {
  const { headings } = words;
  const next = (urlEnd: string, heading: string | RegExp) =>
    continueTo(page, urlEnd, heading, words);
  await choosePlanUpToCredit(page, words);

  await page.getByLabel(words.authorize).check();
  await page.getByLabel(words.ssn, { exact: true }).fill(ssn);
  await page.getByLabel(words.month).fill(dateOfBirth.month);
  await page.getByLabel(words.day).fill(dateOfBirth.day);
  await page.getByLabel(words.year).fill(dateOfBirth.year);
  await page.getByRole('button', { name: words.continue, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: headings.approved })).toBeFocused();

  await next('/shipping', headings.shipping);
  await next('/number', headings.number);
  await reserveFirstNumber(page, 1, words);
  await next('/terms', headings.terms);
  await acceptTermsAndReview(page, words);
  await page.getByRole('button', { name: words.placeOrder }).click();
  await expect(page.getByRole('heading', { level: 1, name: headings.placed })).toBeFocused();
}

/** Authorizes the credit check with a known SSN and date of birth, and submits it. */
export async function submitCreditCheck(page: Page) {
  await page.getByLabel(/I authorize a credit check/).check();
  await page.getByLabel('Social Security number', { exact: true }).fill('123-45-6789');
  await page.getByLabel('Month').fill('04');
  await page.getByLabel('Day').fill('12');
  await page.getByLabel('Year').fill('1985');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}
