import type { CDPSession, Page } from '@playwright/test';
import { continueTo, placeOrderFromAccount, signInWithCode } from './support/checkout-walk';
import { expect, test } from './support/fixtures';

const CHECKOUT = { ssn: '123-45-6789', dateOfBirth: { month: '04', day: '12', year: '1985' } };

/**
 * The approved persona's demo passkey (src/mocks/data/personas.ts holds its public key). Its
 * private key exists only here, to load it into Chromium's virtual authenticator.
 */
const DEMO_PASSKEY = {
  credentialId: '2pV8vUCnxb4htzi9upZ_9A',
  privateKeyPkcs8:
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgOPPggQiH62k1W5MUSXxFPPBfIRaxi8J8JGiW1P0jK4GhRANCAAQLlPFB7pLtNrcXFoGKMbkj96ziauQEbrmh9t7qI0lFKursQ+BFCIe2jKOpaa1boweX5FSzoaq3Uecr9Yt9dJ75',
  userHandle: 'p-0101',
};

/** A platform authenticator (fingerprint or face) that always finds the customer present. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

/** The first load compiles the app and starts the mock worker: a ceiling to wait, not a time to beat. */
async function openSignIn(page: Page) {
  await page.goto('/sign-in');
  await expect(page.getByLabel('Mobile number or email')).toBeEditable({ timeout: 60_000 });
}

/** A virtual authenticator holding the approved persona's registered passkey. */
async function addDemoPasskey(page: Page) {
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  await cdp.send('WebAuthn.addCredential', {
    authenticatorId,
    credential: {
      credentialId: Buffer.from(DEMO_PASSKEY.credentialId, 'base64url').toString('base64'),
      isResidentCredential: true,
      rpId: 'localhost',
      privateKey: DEMO_PASSKEY.privateKeyPkcs8,
      userHandle: Buffer.from(DEMO_PASSKEY.userHandle).toString('base64'),
      signCount: 0,
    },
  });
}

async function credentialsOn(cdp: CDPSession, authenticatorId: string) {
  return (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
}

async function signInWithPasskey(page: Page, phone: string) {
  await page.getByLabel('Mobile number or email').fill(phone);
  await page.getByRole('radio', { name: /Use a passkey/ }).check();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
}

test('signs in with a password and places the order', async ({ page, apiCalls }) => {
  await openSignIn(page);
  await page.getByLabel('Mobile number or email').fill('(201) 555-0101');
  await page.getByRole('radio', { name: 'Use my password' }).check();
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  await password.fill('Checkout-Demo-1');
  await continueTo(page, '/account', 'Your account');
  await placeOrderFromAccount(page, CHECKOUT);
  expect(apiCalls.some((call) => call.path === '/v1/auth/generateotp')).toBe(false);
});

test('creates a passkey after a code sign-in, then signs in with it and places the order', async ({
  page,
  apiCalls,
}) => {
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  await openSignIn(page);
  await signInWithCode(page, '(201) 555-0103');

  await expect(
    page.getByRole('heading', { level: 2, name: 'Sign in faster next time' }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Create a passkey' }).click();
  await expect(page.getByText('Your passkey is ready.')).toBeVisible();
  expect(await credentialsOn(cdp, authenticatorId)).toHaveLength(1);
  await continueTo(page, '/account', 'Your account');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signInWithPasskey(page, '(201) 555-0103');
  const signIns = apiCalls.filter((call) => call.method === 'POST' && call.path === '/v1/auth');
  expect(signIns.map((call) => call.status)).toEqual([200, 200]);
  const [credential] = await credentialsOn(cdp, authenticatorId);
  expect(credential?.signCount).toBeGreaterThan(0);

  await placeOrderFromAccount(page, CHECKOUT);
});

test("the approved persona's registered passkey signs her in", async ({ page }) => {
  await addDemoPasskey(page);
  await openSignIn(page);
  await signInWithPasskey(page, '(201) 555-0101');
  await expect(page.getByText(/Maya Patel/).first()).toBeVisible();
});

test('a passkey for another account is refused, and a code is one press away', async ({ page }) => {
  await addDemoPasskey(page);
  await openSignIn(page);
  await page.getByLabel('Mobile number or email').fill('(201) 555-0102');
  await page.getByRole('radio', { name: /Use a passkey/ }).check();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByText(/There is no passkey for this account here/)).toBeVisible();
  await page.getByRole('button', { name: 'Get a code instead' }).click();
  await expect(page.getByRole('radio', { name: 'Text me a code' })).toBeChecked();
});

test('too many wrong passwords lock sign-in and say until when', async ({ page }) => {
  await openSignIn(page);
  await page.getByLabel('Mobile number or email').fill('(201) 555-0104');
  await page.getByRole('radio', { name: 'Use my password' }).check();
  const password = page.getByLabel('Password', { exact: true });
  for (let left = 4; left >= 1; left -= 1) {
    await password.fill('not-the-password');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(
      page.locator('.field__error').filter({ hasText: new RegExp(`${left} tr(y|ies) left`) }),
    ).toBeVisible();
  }
  await password.fill('not-the-password');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expect(
    page.getByRole('heading', { level: 2, name: 'Sign-in is locked for now' }),
  ).toBeFocused();
  await expect(page.getByText(/You can try again at \S+/)).toBeVisible();
  // Even the right password waits for the lock to end.
  await page.getByRole('button', { name: 'Back to sign in' }).click();
  await page.getByRole('radio', { name: 'Use my password' }).check();
  await page.getByLabel('Password', { exact: true }).fill('Checkout-Demo-1');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Sign-in is locked for now' }),
  ).toBeVisible();
});
