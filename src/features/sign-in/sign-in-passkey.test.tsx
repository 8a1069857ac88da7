import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { clearSession, getSession } from '@/api/session';
import { KIOSK_STORAGE_KEY } from '@/config/kiosk-mode';
import { fromBase64Url, toBase64Url } from '@/lib/base64url';
import {
  createSoftwarePasskey,
  registrationClientData,
  type SoftwarePasskey,
} from '@/testing/mock-backend';
import { server } from '@/testing/mock-backend';
import { renderApp } from '@/testing/render-app';

/**
 * jsdom has no WebAuthn. These stand-ins behave like a browser with one platform authenticator:
 * real key pairs (WebCrypto), so the mock backend verifies what they sign as it would a browser's.
 */
class FakeAssertionResponse {
  constructor(
    readonly clientDataJSON: ArrayBuffer,
    readonly authenticatorData: ArrayBuffer,
    readonly signature: ArrayBuffer,
    readonly userHandle: ArrayBuffer | null,
  ) {}
}
class FakeAttestationResponse {
  constructor(
    readonly clientDataJSON: ArrayBuffer,
    private readonly passkey: SoftwarePasskey,
  ) {}
  getPublicKey() {
    return buffer(this.passkey.publicKey);
  }
  getPublicKeyAlgorithm() {
    return this.passkey.algorithm;
  }
}
class FakePublicKeyCredential {
  constructor(
    readonly rawId: ArrayBuffer,
    readonly response: FakeAssertionResponse | FakeAttestationResponse,
  ) {}
}

function buffer(base64url: string): ArrayBuffer {
  const bytes = fromBase64Url(base64url);
  if (!bytes) throw new Error('not base64url');
  return bytes.buffer;
}

/** The authenticator's passkeys, by credential id; `get` answers with the first one. */
const onDevice: SoftwarePasskey[] = [];

function installWebAuthn(overrides: Partial<CredentialsContainer> = {}) {
  vi.stubGlobal('PublicKeyCredential', FakePublicKeyCredential);
  vi.stubGlobal('AuthenticatorAssertionResponse', FakeAssertionResponse);
  vi.stubGlobal('AuthenticatorAttestationResponse', FakeAttestationResponse);
  const credentials = {
    get: vi.fn(async ({ publicKey }: CredentialRequestOptions) => {
      const [passkey] = onDevice;
      if (!publicKey || !passkey) throw new DOMException('No passkey', 'NotAllowedError');
      const signed = await passkey.assert({
        challenge: toBase64Url(publicKey.challenge as Uint8Array),
        origin: window.location.origin,
        rpId: publicKey.rpId ?? window.location.hostname,
      });
      return new FakePublicKeyCredential(
        buffer(passkey.id),
        new FakeAssertionResponse(
          buffer(signed.clientDataJSON),
          buffer(signed.authenticatorData),
          buffer(signed.signature),
          null,
        ),
      );
    }),
    create: vi.fn(async ({ publicKey }: CredentialCreationOptions) => {
      if (!publicKey) throw new DOMException('No options', 'NotSupportedError');
      const passkey = await createSoftwarePasskey();
      onDevice.push(passkey);
      const challenge = toBase64Url(publicKey.challenge as Uint8Array);
      return new FakePublicKeyCredential(
        buffer(passkey.id),
        new FakeAttestationResponse(
          buffer(registrationClientData(challenge, window.location.origin)),
          passkey,
        ),
      );
    }),
    ...overrides,
  };
  Object.defineProperty(navigator, 'credentials', { value: credentials, configurable: true });
  return credentials;
}

async function openSignIn() {
  const view = renderApp('/sign-in');
  await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5000 });
  await screen.findByRole('textbox', { name: 'Mobile number or email' });
  return view;
}

const identifierBox = () => screen.getByRole('textbox', { name: 'Mobile number or email' });

async function signInWithCode(user: Awaited<ReturnType<typeof openSignIn>>['user'], phone: string) {
  await user.type(identifierBox(), phone);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  await user.type(await screen.findByRole('textbox', { name: 'Enter the 6-digit code' }), '123456');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

async function signInWithPasskey(
  user: Awaited<ReturnType<typeof openSignIn>>['user'],
  phone: string,
) {
  await user.type(identifierBox(), phone);
  await user.click(screen.getByRole('radio', { name: /Use a passkey/ }));
  await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));
}

beforeEach(() => {
  clearSession();
  onDevice.length = 0;
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'credentials');
  sessionStorage.removeItem(KIOSK_STORAGE_KEY);
});

describe('Sign-in with a passkey', { timeout: 30_000 }, () => {
  it('offers a passkey where the browser has WebAuthn, in the API order, code still the default', async () => {
    installWebAuthn();
    await openSignIn();
    const methods = screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'));
    expect(methods).toEqual(['sms', 'email', 'password', 'passkey']);
    expect(screen.getByRole('radio', { name: 'Text me a code' })).toBeChecked();
  });

  it('does not offer passkeys on a kiosk', async () => {
    installWebAuthn();
    sessionStorage.setItem(KIOSK_STORAGE_KEY, JSON.stringify({ idleSeconds: null }));
    await openSignIn();
    expect(screen.queryByRole('radio', { name: /Use a passkey/ })).not.toBeInTheDocument();
  });

  it('after a code sign-in creates a passkey once, then signs in with it', async () => {
    const credentials = installWebAuthn();
    const first = await openSignIn();
    await signInWithCode(first.user, '(201) 555-0102');

    const offer = await screen.findByRole('heading', {
      level: 2,
      name: 'Sign in faster next time',
    });
    // Focus moves in an effect, just after the heading is in the page.
    await waitFor(() => expect(offer).toHaveFocus());
    await first.user.click(screen.getByRole('button', { name: 'Create a passkey' }));
    expect(
      await screen.findByText(
        'Your passkey is ready. Next time, choose “Use a passkey” to sign in.',
      ),
    ).toBeInTheDocument();
    expect(credentials.create).toHaveBeenCalledTimes(1);
    const next = screen.getByRole('button', { name: 'Continue' });
    await waitFor(() => expect(next).toHaveFocus());
    await first.user.click(next);
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    first.unmount();

    clearSession();
    const second = await openSignIn();
    await signInWithPasskey(second.user, '(201) 555-0102');
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    expect(getSession()?.customerId).toBe('C1000102');
    expect(second.router.state.location.pathname).toBe('/account');
  });

  it('"Not now" goes on with the checkout; an account with a passkey is not asked', async () => {
    installWebAuthn();
    const first = await openSignIn();
    await signInWithCode(first.user, '(201) 555-0103');
    await first.user.click(await screen.findByRole('button', { name: 'Not now' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    first.unmount();

    // The approved persona already has a passkey: straight on to the account.
    clearSession();
    const second = await openSignIn();
    await signInWithCode(second.user, '(201) 555-0101');
    await screen.findByRole('heading', { level: 1, name: 'Your account' });
    expect(screen.queryByText('Sign in faster next time')).not.toBeInTheDocument();
  });

  it('a cancelled prompt gets a calm message and a way to a code instead', async () => {
    installWebAuthn({
      get: vi.fn(() => Promise.reject(new DOMException('The user said no', 'NotAllowedError'))),
    });
    const { user } = await openSignIn();
    await signInWithPasskey(user, '(201) 555-0101');

    const calm =
      'Signing in with a passkey was cancelled or took too long. You can try again, or get a code instead.';
    await screen.findByText(calm);
    // Announced politely: a change of mind is not an error.
    const announced = screen.getAllByRole('status').map((region) => region.textContent);
    expect(announced.join(' ')).toContain(calm);
    expect(identifierBox()).toHaveValue('(201) 555-0101');
    await user.click(screen.getByRole('button', { name: 'Get a code instead' }));
    expect(screen.getByRole('radio', { name: 'Text me a code' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Send code' })).toBeInTheDocument();
    expect(getSession()).toBeNull();
  });

  it('says when this account has no such passkey', async () => {
    installWebAuthn();
    onDevice.push(await createSoftwarePasskey()); // on the device, never registered with us
    const { user } = await openSignIn();
    await signInWithPasskey(user, '(201) 555-0103');
    expect(
      await screen.findByText(/There is no passkey for this account here\. Get a code instead/),
    ).toBeInTheDocument();
    expect(getSession()).toBeNull();
  });

  it('says when the passkey could not be verified, and lets the customer try again', async () => {
    installWebAuthn();
    onDevice.push(await createSoftwarePasskey());
    server.use(
      http.post(
        '*/v1/auth',
        () =>
          HttpResponse.json(
            { code: 'PASSKEY_INVALID', message: 'refused', fieldErrors: [], attemptsRemaining: 4 },
            { status: 401 },
          ),
        { once: true },
      ),
    );
    const { user } = await openSignIn();
    await signInWithPasskey(user, '(201) 555-0101');
    expect(
      await screen.findByText(
        'We could not verify your passkey. Try again, or get a code instead.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Get a code instead' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in with a passkey' })).toBeInTheDocument();
  });

  it('offers a retry when the challenge cannot be fetched', async () => {
    const credentials = installWebAuthn();
    server.use(
      http.post(
        '*/v1/auth/passkey-challenge',
        () =>
          HttpResponse.json(
            { code: 'INTERNAL', message: 'boom', fieldErrors: [] },
            { status: 500 },
          ),
        { once: true },
      ),
    );
    const { user } = await openSignIn();
    await signInWithPasskey(user, '(201) 555-0103');
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Something went wrong on our side. Try again.');
    expect(credentials.get).not.toHaveBeenCalled();
  });
});
