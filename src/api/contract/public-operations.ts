/**
 * The /v1 operations that a page calls as it opens, before sign-in (the ways to sign in), and
 * the error shape every call may answer with. They load apart from the rest of the table: the
 * sign-in calls (`sign-in-operations.ts`) load with the first of them, the signed-in ones (`operations.ts`, which includes them all)
 * with the first signed-in call. Everything here counts in the first page's load: keep it small.
 */
import type { z } from 'zod';
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
  /** Offered only by a test environment (the sandbox); see `sandbox.ts`. */
  sandbox?: boolean;
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
  },
} as const satisfies Record<string, Operation>;
