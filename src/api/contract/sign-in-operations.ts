/**
 * The /v1 operations that sign a customer in. They load with the first of them, apart from the
 * first page's call (`public-operations.ts`), because building their schemas takes time.
 */
import { Session } from './boot-schemas';
import type { Operation } from './public-operations';
import * as s from './sign-in-schemas';

export const signInOperations = {
  generateOtp: {
    method: 'POST',
    path: '/v1/auth/generateotp',
    summary: 'Send a one-time code. The same answer whether or not the identifier has an account.',
    step: 1,
    auth: false,
    body: s.GenerateOtpRequest,
    response: s.GenerateOtpResponse,
    status: 202,
  },
  authenticate: {
    method: 'POST',
    path: '/v1/auth',
    summary: 'Sign in with a one-time code, a password or a passkey; returns a bearer token.',
    step: 1,
    auth: false,
    body: s.AuthRequest,
    response: Session,
    status: 200,
  },
  getPasskeyChallenge: {
    method: 'POST',
    path: '/v1/auth/passkey-challenge',
    summary:
      'A single-use challenge for signing in with a passkey (POST /v1/auth, method passkey).',
    step: 1,
    addition: true,
    auth: false,
    response: s.PasskeyChallenge,
    status: 201,
  },
} as const satisfies Record<string, Operation>;
