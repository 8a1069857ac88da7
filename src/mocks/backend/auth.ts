import { SANDBOX_OTP, sandboxTimeRules as rules } from '@/api/contract/sandbox';
import type { ApiErrorBody, AuthMethod } from '@/api/contract/schemas';
import { DEMO_PASSWORD, type Persona } from '../data/personas';
import { errorResponse, fail } from './errors';
import { findPersona, normalizeIdentifier } from './identity';
import { randomString } from './random';
import { passkeyVerdict } from './webauthn-passkeys';
import type { Context, MockResponse, OperationImpls, SessionRecord, SignInRecord } from './types';

// The sandbox's documented rules, which the mock keeps like any test environment must.
export const DEMO_CODE = SANDBOX_OTP;
const SECOND = 1000;
export const OTP_TTL_MS = rules.otpTtl * SECOND;
export const OTP_COOLDOWN_MS = rules.otpResendCooldown * SECOND;
export const OTP_WINDOW_MS = rules.otpRequestWindow * SECOND;
export const OTP_MAX_REQUESTS = rules.otpMaxRequests;
export const MAX_FAILURES = rules.maxSignInFailures;
export const LOCKOUT_MS = rules.signInLockout * SECOND;
export const SESSION_TTL_MS = rules.sessionTtl * SECOND;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Identifiers without an account get a record of their own that behaves exactly like a
 * persona's, so no answer reveals whether an account exists.
 */
function signInSubject(ctx: Context, identifier: string) {
  const normalized = normalizeIdentifier(identifier);
  if (!normalized) {
    throw fail(400, 'VALIDATION_FAILED', 'Enter a US phone number or an e-mail address.', {
      fieldErrors: [
        {
          field: 'identifier',
          code: 'invalid_identifier',
          message: 'Not a phone number or e-mail.',
        },
      ],
    });
  }
  const persona = findPersona(normalized);
  const key = persona ? `persona:${persona.id}` : `identifier:${normalized}`;
  const record: SignInRecord = (ctx.state.signIn[key] ??= {
    codeRequests: [],
    challenge: null,
    failures: 0,
    lockedUntil: null,
  });
  if (record.lockedUntil !== null && ctx.now >= record.lockedUntil) {
    record.lockedUntil = null;
    record.failures = 0;
  }
  return { persona, record };
}

function lockedError(lockedUntil: number): MockResponse {
  return errorResponse(
    423,
    'SIGN_IN_LOCKED',
    'Too many wrong attempts; sign-in is locked for a while.',
    {
      retryAt: iso(lockedUntil),
    },
  );
}

const wrongCredentialMessages = {
  OTP_INVALID: 'The code is not correct.',
  PASSWORD_INVALID: 'The password is not correct.',
  PASSKEY_INVALID: 'The passkey could not be verified.',
} as const;

/** Returned rather than thrown, so that the failure count (and a spent challenge) is kept. */
function wrongCredential(
  ctx: Context,
  record: SignInRecord,
  code: keyof typeof wrongCredentialMessages,
): MockResponse {
  record.failures += 1;
  if (record.failures >= MAX_FAILURES) {
    record.lockedUntil = ctx.now + LOCKOUT_MS;
    return lockedError(record.lockedUntil);
  }
  const message = wrongCredentialMessages[code];
  const extras: Partial<ApiErrorBody> = { attemptsRemaining: MAX_FAILURES - record.failures };
  return errorResponse(401, code, message, extras);
}

/** Why a new code may not be sent yet, if so; expects codeRequests pruned to the window. */
function codeRefusal(ctx: Context, record: SignInRecord) {
  const [oldest] = record.codeRequests;
  const latest = record.codeRequests.at(-1);
  if (oldest !== undefined && record.codeRequests.length >= OTP_MAX_REQUESTS) {
    return { code: 'OTP_RATE_LIMITED' as const, retryAt: oldest + OTP_WINDOW_MS };
  }
  if (latest !== undefined && ctx.now < latest + OTP_COOLDOWN_MS) {
    return { code: 'OTP_COOLDOWN' as const, retryAt: latest + OTP_COOLDOWN_MS };
  }
  return null;
}

export function requireSession(ctx: Context, token: string | undefined): SessionRecord {
  const session = token ? ctx.state.sessions[token] : undefined;
  if (!session || ctx.now >= session.expiresAt) {
    throw fail(401, 'UNAUTHENTICATED', 'Sign in to continue.');
  }
  return session;
}

const authMethods: AuthMethod[] = [
  { type: 'otp', channels: ['sms', 'email'] },
  { type: 'password' },
  { type: 'passkey' },
];

function startSession(ctx: Context, persona: Persona, record: SignInRecord): MockResponse {
  record.failures = 0;
  const token = randomString(40);
  const [account] = persona.accounts;
  if (!account) throw new Error(`Persona ${persona.id} has no account`);
  const session: SessionRecord = {
    personaId: persona.id,
    customerId: account.customerId,
    expiresAt: ctx.now + SESSION_TTL_MS,
  };
  ctx.state.sessions[token] = session;
  return {
    status: 200,
    body: { token, customerId: session.customerId, expiresAt: iso(session.expiresAt) },
  };
}

export const authOperations: Pick<
  OperationImpls,
  'getAuthMethods' | 'generateOtp' | 'authenticate' | 'signOut'
> = {
  getAuthMethods: () => ({ status: 200, body: { methods: authMethods } }),

  generateOtp: (ctx, { body }) => {
    const { record } = signInSubject(ctx, body.identifier);
    record.codeRequests = record.codeRequests.filter((at) => at > ctx.now - OTP_WINDOW_MS);
    const refusal = codeRefusal(ctx, record);
    if (refusal) {
      const message =
        refusal.code === 'OTP_COOLDOWN'
          ? 'Wait a moment before asking for a new code.'
          : 'Too many codes requested.';
      throw fail(429, refusal.code, message, { retryAt: iso(refusal.retryAt) });
    }
    record.codeRequests.push(ctx.now);
    // A new code replaces the previous one but keeps the failure count (NIST SP 800-63B).
    record.challenge = { expiresAt: ctx.now + OTP_TTL_MS, used: false };
    return {
      status: 202,
      body: {
        channel: body.channel,
        expiresAt: iso(record.challenge.expiresAt),
        resendAvailableAt: iso(codeRefusal(ctx, record)?.retryAt ?? ctx.now),
      },
    };
  },

  authenticate: (ctx, { body, proof }) => {
    const { persona, record } = signInSubject(ctx, body.identifier);
    if (record.lockedUntil !== null) return lockedError(record.lockedUntil);

    if (body.method === 'passkey') {
      const verdict = passkeyVerdict(ctx, body, proof, persona);
      if (verdict === 'not-found') {
        return errorResponse(401, 'PASSKEY_NOT_FOUND', 'This passkey is not one of this account.');
      }
      if (verdict === 'invalid' || !persona) return wrongCredential(ctx, record, 'PASSKEY_INVALID');
      return startSession(ctx, persona, record);
    }

    let valid: boolean;
    if (body.method === 'otp') {
      const challenge = record.challenge;
      if (challenge && !challenge.used && ctx.now >= challenge.expiresAt) {
        throw fail(401, 'OTP_EXPIRED', 'The code has expired; ask for a new one.');
      }
      valid = Boolean(persona && challenge && !challenge.used && body.code === DEMO_CODE);
      if (valid && challenge) challenge.used = true;
    } else {
      valid = Boolean(persona && body.password === DEMO_PASSWORD);
    }
    if (!persona || !valid) {
      return wrongCredential(
        ctx,
        record,
        body.method === 'otp' ? 'OTP_INVALID' : 'PASSWORD_INVALID',
      );
    }

    return startSession(ctx, persona, record);
  },

  signOut: (ctx, { token }) => {
    if (token) delete ctx.state.sessions[token];
    return { status: 204, body: null };
  },
};
