// @vitest-environment node
import { PasskeyChallenge, PasskeyRegistrationOptions } from '@/api/contract/schemas';
import { createMockBackend, type MockBackend } from './create-mock-backend';
import { ok, refused, setup, signIn } from './testing';
import type { MockResponse } from './types';
import { fromBase64Url, toBase64Url } from '@/lib/base64url';
import { derToRawSignature, type PasskeyAlgorithm } from './webauthn';
import { PASSKEY_CHALLENGE_TTL_MS, TEST_ORIGIN } from './webauthn-passkeys';
import {
  createSoftwarePasskey,
  registrationClientData,
  type AssertionOptions,
  type SignedAssertion,
  type SoftwarePasskey,
} from './webauthn-testing';

const RP_ID = 'checkout.test';
const PHONE = '(201) 555-0102';

async function challenge(backend: MockBackend): Promise<string> {
  const response = await backend.respond('getPasskeyChallenge');
  expect(response.status).toBe(201);
  return PasskeyChallenge.parse(response.body).challenge;
}

/** Registers a new software passkey for the persona, through the API. */
async function register(backend: MockBackend, algorithm: PasskeyAlgorithm = -7) {
  const token = signIn(backend, PHONE);
  const options = PasskeyRegistrationOptions.parse(
    (await backend.respond('getPasskeyRegistrationOptions', { token })).body,
  );
  const passkey = await createSoftwarePasskey(algorithm);
  const response = await backend.respond('registerPasskey', {
    token,
    body: {
      id: passkey.id,
      clientDataJSON: registrationClientData(options.challenge, TEST_ORIGIN),
      publicKey: passkey.publicKey,
      publicKeyAlgorithm: algorithm,
    },
  });
  expect(response, JSON.stringify(response.body)).toMatchObject({ status: 201 });
  return passkey;
}

async function assertion(
  backend: MockBackend,
  passkey: SoftwarePasskey,
  options: Partial<AssertionOptions> = {},
): Promise<SignedAssertion> {
  return passkey.assert({
    challenge: await challenge(backend),
    origin: TEST_ORIGIN,
    rpId: RP_ID,
    ...options,
  });
}

const signInWith = (backend: MockBackend, credential: SignedAssertion, identifier = PHONE) =>
  backend.respond('authenticate', { body: { method: 'passkey', identifier, credential } });

/** The same bytes with one of them changed. */
function flipByte(encoded: string, index: number): string {
  const bytes = fromBase64Url(encoded);
  if (!bytes) throw new Error('not base64url');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return toBase64Url(bytes);
}

function expectInvalid(response: MockResponse) {
  const body = refused(response, 401, 'PASSKEY_INVALID');
  expect(body.attemptsRemaining).toBeTypeOf('number');
}

describe('passkey sign-in', () => {
  it('offers passkeys among the sign-in methods', () => {
    const { backend } = setup();
    expect(ok('getAuthMethods', backend.getAuthMethods()).methods).toContainEqual({
      type: 'passkey',
    });
  });

  it('gives a single-use challenge for the page origin', async () => {
    const { backend } = setup();
    const body = PasskeyChallenge.parse((await backend.respond('getPasskeyChallenge')).body);
    expect(body).toMatchObject({ rpId: RP_ID, userVerification: 'preferred' });
    expect(fromBase64Url(body.challenge)).toHaveLength(32);
  });

  it.each([-7, -257] as const)(
    'accepts a valid assertion signed with the registered key (algorithm %i)',
    async (algorithm) => {
      const { backend } = setup();
      const passkey = await register(backend, algorithm);
      const session = ok(
        'authenticate',
        await signInWith(backend, await assertion(backend, passkey)),
      );
      expect(session.customerId).toBe('C1000102');
    },
  );

  it('refuses a tampered clientDataJSON', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const signed = await assertion(backend, passkey);
    const clientData = JSON.parse(
      new TextDecoder().decode(fromBase64Url(signed.clientDataJSON) ?? new Uint8Array()),
    ) as object;
    const tampered = toBase64Url(
      new TextEncoder().encode(JSON.stringify({ ...clientData, crossOrigin: true })),
    );
    expectInvalid(await signInWith(backend, { ...signed, clientDataJSON: tampered }));
  });

  it('refuses tampered authenticator data', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const signed = await assertion(backend, passkey);
    // The last byte of the sign counter: still well-formed, no longer what was signed.
    const tampered = flipByte(signed.authenticatorData, 36);
    expectInvalid(await signInWith(backend, { ...signed, authenticatorData: tampered }));
  });

  it('refuses a tampered signature', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const signed = await assertion(backend, passkey);
    // A byte of r, inside the DER: still DER, no longer a valid signature.
    expectInvalid(
      await signInWith(backend, { ...signed, signature: flipByte(signed.signature, 10) }),
    );
  });

  it('refuses an assertion made for another origin', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const signed = await assertion(backend, passkey, {
      origin: 'https://checkout.test.evil.example',
    });
    expectInvalid(await signInWith(backend, signed));
  });

  it('refuses an assertion made for another relying party', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    expectInvalid(
      await signInWith(backend, await assertion(backend, passkey, { rpId: 'evil.example' })),
    );
  });

  it('refuses an assertion without user presence, or from a registration ceremony', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    expectInvalid(await signInWith(backend, await assertion(backend, passkey, { flags: 0x04 })));
    expectInvalid(
      await signInWith(backend, await assertion(backend, passkey, { type: 'webauthn.create' })),
    );
  });

  it('does not know a credential that was never registered', async () => {
    const { backend } = setup();
    await register(backend);
    const stranger = await createSoftwarePasskey();
    refused(
      await signInWith(backend, await assertion(backend, stranger)),
      401,
      'PASSKEY_NOT_FOUND',
    );
  });

  it("refuses another account's passkey, the same way for a number without an account", async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const signed = await assertion(backend, passkey);
    refused(await signInWith(backend, signed, '(201) 555-0103'), 401, 'PASSKEY_NOT_FOUND');
    const again = await assertion(backend, passkey);
    refused(await signInWith(backend, again, '(973) 555-0199'), 401, 'PASSKEY_NOT_FOUND');
  });

  it('refuses a replayed assertion: the challenge works once', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const signed = await assertion(backend, passkey);
    ok('authenticate', await signInWith(backend, signed));
    expectInvalid(await signInWith(backend, signed));
  });

  it('spends the challenge even when the first try fails', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const signed = await assertion(backend, passkey);
    expectInvalid(
      await signInWith(backend, { ...signed, signature: flipByte(signed.signature, 10) }),
    );
    expectInvalid(await signInWith(backend, signed));
  });

  it('refuses a challenge it did not issue, or one that expired', async () => {
    const { backend, advance } = setup();
    const passkey = await register(backend);
    const invented = toBase64Url(new Uint8Array(32).fill(7));
    expectInvalid(
      await signInWith(backend, await assertion(backend, passkey, { challenge: invented })),
    );

    const late = await assertion(backend, passkey);
    advance(PASSKEY_CHALLENGE_TTL_MS);
    expectInvalid(await signInWith(backend, late));
  });

  it('refuses a sign counter that goes backwards (a cloned authenticator)', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    ok(
      'authenticate',
      await signInWith(backend, await assertion(backend, passkey, { signCount: 5 })),
    );
    expectInvalid(await signInWith(backend, await assertion(backend, passkey, { signCount: 5 })));
    expectInvalid(await signInWith(backend, await assertion(backend, passkey, { signCount: 4 })));
    ok(
      'authenticate',
      await signInWith(backend, await assertion(backend, passkey, { signCount: 6 })),
    );
  });

  it('refuses a user handle that is not the credential owner’s', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const signed = await assertion(backend, passkey);
    expectInvalid(
      await signInWith(backend, { ...signed, userHandle: toBase64Url(new Uint8Array([1])) }),
    );
  });

  it('refuses a passkey sign-in that skipped the asynchronous checks', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    const credential = await assertion(backend, passkey);
    expectInvalid(
      backend.authenticate({ body: { method: 'passkey', identifier: PHONE, credential } }),
    );
  });

  it('counts refused assertions towards the lock', async () => {
    const { backend } = setup();
    const passkey = await register(backend);
    for (let attempt = 1; attempt < 5; attempt += 1) {
      expectInvalid(
        await signInWith(backend, await assertion(backend, passkey, { rpId: 'x.example' })),
      );
    }
    refused(
      await signInWith(backend, await assertion(backend, passkey, { rpId: 'x.example' })),
      423,
      'SIGN_IN_LOCKED',
    );
    refused(await signInWith(backend, await assertion(backend, passkey)), 423, 'SIGN_IN_LOCKED');
  });

  it('gives no challenge to a request from an origin it does not serve', async () => {
    const backend = createMockBackend({
      passkeyOrigin: (headers) => (headers.origin === TEST_ORIGIN ? TEST_ORIGIN : null),
    });
    const from = (origin: string) => ({ headers: { Origin: origin } });
    refused(
      await backend.respond('getPasskeyChallenge', from('https://evil.example')),
      403,
      'FORBIDDEN',
    );
    expect((await backend.respond('getPasskeyChallenge', from(TEST_ORIGIN))).status).toBe(201);
  });
});

describe('passkey registration', () => {
  it('lists the passkeys the customer already has (the approved persona has one)', async () => {
    const { backend } = setup();
    const token = signIn(backend, '(201) 555-0101');
    const options = PasskeyRegistrationOptions.parse(
      (await backend.respond('getPasskeyRegistrationOptions', { token })).body,
    );
    expect(options.excludeCredentials).toEqual([
      { type: 'public-key', id: '2pV8vUCnxb4htzi9upZ_9A' },
    ]);
    expect(options).toMatchObject({ rp: { id: RP_ID }, user: { displayName: 'Maya Patel' } });
  });

  it('needs a session', async () => {
    const { backend } = setup();
    refused(await backend.respond('getPasskeyRegistrationOptions'), 401, 'UNAUTHENTICATED');
  });

  async function registration(backend: MockBackend, token: string) {
    const options = PasskeyRegistrationOptions.parse(
      (await backend.respond('getPasskeyRegistrationOptions', { token })).body,
    );
    const passkey = await createSoftwarePasskey();
    return {
      passkey,
      body: {
        id: passkey.id,
        clientDataJSON: registrationClientData(options.challenge, TEST_ORIGIN),
        publicKey: passkey.publicKey,
        publicKeyAlgorithm: -7,
      },
    };
  }

  it('refuses a reused challenge, another origin, a broken key, another customer’s challenge', async () => {
    const { backend } = setup();
    const token = signIn(backend, PHONE);

    const first = await registration(backend, token);
    expect((await backend.respond('registerPasskey', { token, body: first.body })).status).toBe(
      201,
    );
    const reused = { ...first.body, id: toBase64Url(new Uint8Array(16).fill(3)) };
    refused(
      await backend.respond('registerPasskey', { token, body: reused }),
      422,
      'PASSKEY_INVALID',
    );

    const elsewhere = await registration(backend, token);
    const challengeOf = JSON.parse(
      new TextDecoder().decode(fromBase64Url(elsewhere.body.clientDataJSON) ?? new Uint8Array()),
    ) as { challenge: string };
    const wrongOrigin = {
      ...elsewhere.body,
      clientDataJSON: registrationClientData(challengeOf.challenge, 'https://evil.example'),
    };
    refused(
      await backend.respond('registerPasskey', { token, body: wrongOrigin }),
      422,
      'PASSKEY_INVALID',
    );

    const broken = await registration(backend, token);
    const badKey = { ...broken.body, publicKey: flipByte(broken.body.publicKey, 3) };
    refused(
      await backend.respond('registerPasskey', { token, body: badKey }),
      422,
      'PASSKEY_INVALID',
    );

    const someoneElse = signIn(backend, '(201) 555-0103');
    const theirs = await registration(backend, someoneElse);
    refused(
      await backend.respond('registerPasskey', { token, body: theirs.body }),
      422,
      'PASSKEY_INVALID',
    );
  });
});

describe('derToRawSignature', () => {
  it('reads DER with and without leading zero bytes, and refuses anything else', () => {
    const r = new Uint8Array(32).fill(0x80);
    const s = new Uint8Array(32).fill(0x01);
    s[0] = 0;
    const der = Uint8Array.from([0x30, 68, 0x02, 33, 0, ...r, 0x02, 31, ...s.slice(1)]);
    expect(derToRawSignature(der)).toEqual(Uint8Array.from([...r, ...s]));
    expect(derToRawSignature(der.slice(0, -1))).toBeNull();
    expect(derToRawSignature(Uint8Array.from([0x31, 0]))).toBeNull();
  });
});
