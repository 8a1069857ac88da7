/**
 * The /v1 operations made before sign-in. The sign-in page needs only these, so they load apart
 * from the rest of the table (`operations.ts`, which includes them), as does the error shape
 * every call may answer with.
 */
import type { z } from 'zod';
import { Session } from './boot-schemas';
import * as s from './public-schemas';

export { ApiErrorBody } from './public-schemas';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH';

export interface Operation {
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/v1/order/{id}/validate`. */
  path: string;
  summary: string;
  /** The call-sequence step it belongs to, 1-9. */
  step: number;
  /** True for operations the carrier's call sequence does not list. */
  addition?: boolean;
  /** False only for the calls made before sign-in. */
  auth: boolean;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Null for 204 No Content. */
  response: z.ZodType | null;
  status: 200 | 201 | 202 | 204;
  /** Error statuses this operation can answer with, besides 400, 401, 403, 429, 500 and 503. */
  errors: number[];
  /** Requires an `Idempotency-Key` header. */
  idempotent?: boolean;
}

export const publicOperations = {
  getAuthMethods: {
    method: 'GET',
    path: '/v1/auth-methods',
    summary: 'The ways a customer can sign in.',
    step: 1,
    auth: false,
    response: s.AuthMethodsResponse,
    status: 200,
    errors: [],
  },
  generateOtp: {
    method: 'POST',
    path: '/v1/auth/generateotp',
    summary: 'Send a one-time code. The same answer whether or not the identifier has an account.',
    step: 1,
    auth: false,
    body: s.GenerateOtpRequest,
    response: s.GenerateOtpResponse,
    status: 202,
    errors: [],
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
    errors: [423],
  },
  getPasskeyChallenge: {
    method: 'POST',
    path: '/v1/auth/passkey-challenge',
    summary:
      'A single-use challenge for signing in with a passkey (`POST /v1/auth`, method `passkey`).',
    step: 1,
    addition: true,
    auth: false,
    response: s.PasskeyChallenge,
    status: 201,
    errors: [],
  },
} as const satisfies Record<string, Operation>;
