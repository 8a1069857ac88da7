// @vitest-environment node
import { normalizeIdentifier } from './identity';
import { START, ok, refused, setup, signIn } from './testing';

// The sandbox's documented time rules (README, the contract's sandbox section), written out as
// figures: a test that imported the mock's own constants would pass whatever they said.
const SECONDS = 1000;
const MINUTES = 60 * SECONDS;
const CODE_LIFE = 10 * MINUTES;
const RESEND_COOLDOWN = 30 * SECONDS;
const CODE_WINDOW = 60 * MINUTES;
const LOCKOUT = 15 * MINUTES;
const SESSION_LIFE = 30 * MINUTES;

const iso = (ms: number) => new Date(ms).toISOString();
const otp = (identifier: string, code = '123456') => ({
  body: { method: 'otp', identifier, code },
});
const password = (identifier: string, value: string) => ({
  body: { method: 'password', identifier, password: value },
});
const askCode = (identifier: string, channel = 'sms') => ({ body: { identifier, channel } });

describe('identifiers', () => {
  it.each(['(201) 555-0101', '201-555-0101', '2015550101', '+1 201 555 0101', '1 (201) 555.0101'])(
    'normalizes the phone %s to ten digits',
    (input) => expect(normalizeIdentifier(input)).toBe('2015550101'),
  );

  it('lower-cases an e-mail', () => {
    expect(normalizeIdentifier(' Maya.Patel@Example.com ')).toBe('maya.patel@example.com');
  });

  it.each(['55501', 'hello', '201555010a', '+44 20 7946 0958', 'a@b'])('rejects %s', (input) => {
    expect(normalizeIdentifier(input)).toBeNull();
  });
});

describe('getAuthMethods', () => {
  it('offers codes by text and e-mail, a password and a passkey', () => {
    const { backend } = setup();
    expect(ok('getAuthMethods', backend.getAuthMethods()).methods).toEqual([
      { type: 'otp', channels: ['sms', 'email'] },
      { type: 'password' },
      { type: 'passkey' },
    ]);
  });
});

describe('generateOtp', () => {
  it('issues a code valid for 10 minutes, resendable after 30 seconds', () => {
    const { backend } = setup();
    expect(ok('generateOtp', backend.generateOtp(askCode('(201) 555-0101')))).toEqual({
      channel: 'sms',
      expiresAt: iso(START + CODE_LIFE),
      resendAvailableAt: iso(START + RESEND_COOLDOWN),
    });
  });

  it('answers the same for an identifier without an account', () => {
    const { backend } = setup();
    const known = backend.generateOtp(askCode('maya.patel@example.com', 'email'));
    const unknown = backend.generateOtp(askCode('nobody@example.com', 'email'));
    expect(unknown).toEqual(known);
  });

  it('refuses an identifier that is neither a phone nor an e-mail', () => {
    const { backend } = setup();
    const error = refused(backend.generateOtp(askCode('not a phone')), 400, 'VALIDATION_FAILED');
    expect(error.fieldErrors).toEqual([
      expect.objectContaining({ field: 'identifier', code: 'invalid_identifier' }),
    ]);
  });

  it('refuses a resend within the 30-second cooldown, then allows it', () => {
    const { backend, advance } = setup();
    ok('generateOtp', backend.generateOtp(askCode('2015550101')));
    advance(RESEND_COOLDOWN - 1000);
    const response = backend.generateOtp(askCode('201-555-0101'));
    const error = refused(response, 429, 'OTP_COOLDOWN');
    expect(error.retryAt).toBe(iso(START + RESEND_COOLDOWN));
    expect(response.headers?.['Retry-After']).toBe('1');
    advance(1000);
    ok('generateOtp', backend.generateOtp(askCode('2015550101')));
  });

  it('applies the same cooldown to an identifier without an account', () => {
    const { backend } = setup();
    ok('generateOtp', backend.generateOtp(askCode('2015559999')));
    refused(backend.generateOtp(askCode('2015559999')), 429, 'OTP_COOLDOWN');
  });

  it('allows 5 codes an hour, then refuses until the first one leaves the window', () => {
    const { backend, advance } = setup();
    for (let i = 0; i < 5; i += 1) {
      ok('generateOtp', backend.generateOtp(askCode('2015550101')));
      advance(RESEND_COOLDOWN);
    }
    const error = refused(backend.generateOtp(askCode('2015550101')), 429, 'OTP_RATE_LIMITED');
    expect(error.retryAt).toBe(iso(START + CODE_WINDOW));
    advance(CODE_WINDOW - 5 * RESEND_COOLDOWN - 1);
    refused(backend.generateOtp(askCode('2015550101')), 429, 'OTP_RATE_LIMITED');
    advance(1);
    ok('generateOtp', backend.generateOtp(askCode('2015550101')));
  });

  it('says when the next code can be asked for once the hourly limit is reached', () => {
    const { backend, advance } = setup();
    let last = ok('generateOtp', backend.generateOtp(askCode('2015550101')));
    for (let i = 1; i < 5; i += 1) {
      advance(RESEND_COOLDOWN);
      last = ok('generateOtp', backend.generateOtp(askCode('2015550101')));
    }
    expect(last.resendAvailableAt).toBe(iso(START + CODE_WINDOW));
  });
});

describe('authenticate with a code', () => {
  it.each(['(201) 555-0101', '+1 201 555 0101', 'MAYA.PATEL@example.com'])(
    'signs in with 123456 as %s',
    (id) => {
      const { backend } = setup();
      ok('generateOtp', backend.generateOtp(askCode(id)));
      const session = ok('authenticate', backend.authenticate(otp(id)));
      expect(session).toEqual({
        token: expect.any(String) as unknown,
        customerId: 'C1000101',
        expiresAt: iso(START + SESSION_LIFE),
      });
      expect(session.token.length).toBeGreaterThanOrEqual(32);
    },
  );

  it('gives each sign-in a different token', () => {
    const { backend } = setup();
    expect(signIn(backend, '2015550101')).not.toBe(signIn(backend, '2015550101'));
  });

  it('accepts a code only once', () => {
    const { backend } = setup();
    backend.generateOtp(askCode('2015550101'));
    ok('authenticate', backend.authenticate(otp('2015550101')));
    expect(
      refused(backend.authenticate(otp('2015550101')), 401, 'OTP_INVALID').attemptsRemaining,
    ).toBe(4);
  });

  it('refuses a wrong code and counts down the attempts', () => {
    const { backend } = setup();
    backend.generateOtp(askCode('2015550101'));
    expect(
      refused(backend.authenticate(otp('2015550101', '000000')), 401, 'OTP_INVALID')
        .attemptsRemaining,
    ).toBe(4);
    expect(
      refused(backend.authenticate(otp('2015550101', '111111')), 401, 'OTP_INVALID')
        .attemptsRemaining,
    ).toBe(3);
  });

  it('refuses a code without a code request as a wrong code', () => {
    const { backend } = setup();
    refused(backend.authenticate(otp('2015550101')), 401, 'OTP_INVALID');
  });

  it('accepts a code for 10 minutes', () => {
    const { backend, advance } = setup();
    backend.generateOtp(askCode('2015550101'));
    advance(CODE_LIFE - 1);
    ok('authenticate', backend.authenticate(otp('2015550101')));
  });

  it('refuses an expired code without counting it', () => {
    const { backend, advance } = setup();
    backend.generateOtp(askCode('2015550101'));
    advance(CODE_LIFE);
    const error = refused(backend.authenticate(otp('2015550101')), 401, 'OTP_EXPIRED');
    expect(error.attemptsRemaining).toBeUndefined();
    backend.generateOtp(askCode('2015550101'));
    ok('authenticate', backend.authenticate(otp('2015550101')));
  });

  it('refuses a code already used, also once its 10 minutes are over, as a wrong code', () => {
    const { backend, advance } = setup();
    backend.generateOtp(askCode('2015550101'));
    ok('authenticate', backend.authenticate(otp('2015550101')));
    advance(CODE_LIFE);
    expect(
      refused(backend.authenticate(otp('2015550101')), 401, 'OTP_INVALID').attemptsRemaining,
    ).toBe(4);
  });

  it('refuses a code of the wrong shape as a malformed request', () => {
    const { backend } = setup();
    const error = refused(
      backend.authenticate(otp('2015550101', '12345')),
      400,
      'VALIDATION_FAILED',
    );
    expect(error.fieldErrors[0]?.field).toBe('code');
  });

  it('locks sign-in for 15 minutes after 5 wrong codes, even for the right code', () => {
    const { backend, advance } = setup();
    backend.generateOtp(askCode('2015550101'));
    for (let i = 0; i < 4; i += 1)
      refused(backend.authenticate(otp('2015550101', '000000')), 401, 'OTP_INVALID');
    const locked = refused(
      backend.authenticate(otp('2015550101', '000000')),
      423,
      'SIGN_IN_LOCKED',
    );
    expect(locked.retryAt).toBe(iso(START + LOCKOUT));
    refused(backend.authenticate(otp('2015550101')), 423, 'SIGN_IN_LOCKED');
    advance(LOCKOUT - 1);
    refused(backend.authenticate(otp('2015550101')), 423, 'SIGN_IN_LOCKED');
    advance(1);
    backend.generateOtp(askCode('2015550101'));
    ok('authenticate', backend.authenticate(otp('2015550101')));
  });

  it('gives a full set of attempts again after the lockout', () => {
    const { backend, advance } = setup();
    for (let i = 0; i < 5; i += 1) backend.authenticate(otp('2015550101', '000000'));
    advance(LOCKOUT);
    expect(
      refused(backend.authenticate(otp('2015550101', '000000')), 401, 'OTP_INVALID')
        .attemptsRemaining,
    ).toBe(4);
  });

  it('does not reset the count when a new code is sent', () => {
    const { backend, advance } = setup();
    backend.generateOtp(askCode('2015550101'));
    for (let i = 0; i < 3; i += 1) backend.authenticate(otp('2015550101', '000000'));
    advance(RESEND_COOLDOWN);
    ok('generateOtp', backend.generateOtp(askCode('2015550101')));
    expect(
      refused(backend.authenticate(otp('2015550101', '000000')), 401, 'OTP_INVALID')
        .attemptsRemaining,
    ).toBe(1);
    refused(backend.authenticate(otp('2015550101', '000000')), 423, 'SIGN_IN_LOCKED');
  });

  it('resets the count after a successful sign-in', () => {
    const { backend } = setup();
    backend.generateOtp(askCode('2015550101'));
    for (let i = 0; i < 3; i += 1) backend.authenticate(otp('2015550101', '000000'));
    ok('authenticate', backend.authenticate(otp('2015550101')));
    expect(
      refused(backend.authenticate(otp('2015550101', '000000')), 401, 'OTP_INVALID')
        .attemptsRemaining,
    ).toBe(4);
  });

  it('treats an identifier without an account exactly like a wrong code', () => {
    const { backend } = setup();
    const persona = setup().backend;
    ok('generateOtp', backend.generateOtp(askCode('2015550199')));
    ok('generateOtp', persona.generateOtp(askCode('2015550101')));
    for (let i = 0; i < 4; i += 1) {
      expect(backend.authenticate(otp('2015550199'))).toEqual(
        persona.authenticate(otp('2015550101', '000000')),
      );
    }
    expect(backend.authenticate(otp('2015550199'))).toEqual(
      persona.authenticate(otp('2015550101', '000000')),
    );
    refused(backend.authenticate(otp('2015550199')), 423, 'SIGN_IN_LOCKED');
  });
});

describe('sign-in lock', () => {
  const lockOut = (backend: ReturnType<typeof setup>['backend'], identifier: string) => {
    for (let i = 0; i < 5; i += 1) backend.authenticate(password(identifier, 'wrong'));
    refused(backend.authenticate(password(identifier, 'Checkout-Demo-1')), 423, 'SIGN_IN_LOCKED');
  };

  it('locks the account, whichever of its identifiers is used', () => {
    const { backend } = setup();
    lockOut(backend, '(201) 555-0101');
    refused(
      backend.authenticate(password('maya.patel@example.com', 'Checkout-Demo-1')),
      423,
      'SIGN_IN_LOCKED',
    );
  });

  it('locks one account or unknown identifier only, never the others', () => {
    const { backend } = setup();
    lockOut(backend, '2015550101');
    lockOut(backend, '2015550198');
    ok('authenticate', backend.authenticate(password('2015550102', 'Checkout-Demo-1')));
    refused(backend.authenticate(password('2015550199', 'wrong')), 401, 'PASSWORD_INVALID');
  });
});

describe('authenticate with a password', () => {
  it('signs in with Checkout-Demo-1', () => {
    const { backend } = setup();
    expect(
      ok(
        'authenticate',
        backend.authenticate(password('daniel.kim@example.com', 'Checkout-Demo-1')),
      ).customerId,
    ).toBe('C1000102');
  });

  it('refuses a wrong password with the attempts left', () => {
    const { backend } = setup();
    const error = refused(
      backend.authenticate(password('2015550101', 'checkout-demo-1')),
      401,
      'PASSWORD_INVALID',
    );
    expect(error.attemptsRemaining).toBe(4);
  });

  it('refuses any password for an identifier without an account', () => {
    const { backend } = setup();
    refused(
      backend.authenticate(password('2015550199', 'Checkout-Demo-1')),
      401,
      'PASSWORD_INVALID',
    );
  });

  it('shares the lockout with codes', () => {
    const { backend } = setup();
    for (let i = 0; i < 3; i += 1) backend.authenticate(otp('2015550101', '000000'));
    refused(backend.authenticate(password('2015550101', 'nope')), 401, 'PASSWORD_INVALID');
    refused(backend.authenticate(password('2015550101', 'nope')), 423, 'SIGN_IN_LOCKED');
    refused(backend.authenticate(password('2015550101', 'Checkout-Demo-1')), 423, 'SIGN_IN_LOCKED');
  });
});

describe('sessions', () => {
  it('refuses a request without a token, with an unknown one, or with an expired one', () => {
    const { backend, advance } = setup();
    refused(backend.getOffers(), 401, 'UNAUTHENTICATED');
    refused(backend.getOffers({ token: 'not-a-token' }), 401, 'UNAUTHENTICATED');
    const token = signIn(backend, '2015550101');
    ok('getOffers', backend.getOffers({ token }));
    advance(SESSION_LIFE - 1);
    ok('getOffers', backend.getOffers({ token }));
    advance(1);
    refused(backend.getOffers({ token }), 401, 'UNAUTHENTICATED');
  });

  it('ends a session on sign-out', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    expect(backend.signOut({ token })).toEqual({ status: 204, body: null });
    refused(backend.getOffers({ token }), 401, 'UNAUTHENTICATED');
    refused(backend.signOut({ token }), 401, 'UNAUTHENTICATED');
  });

  it('keeps neither the code nor the password in the state', () => {
    const { backend } = setup();
    backend.generateOtp(askCode('2015550101'));
    backend.authenticate(otp('2015550101'));
    signIn(backend, '2015550102');
    const state = JSON.stringify(backend.serialize());
    expect(state).not.toContain('123456');
    expect(state).not.toContain('Checkout-Demo-1');
  });
});
