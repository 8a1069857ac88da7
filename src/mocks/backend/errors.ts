import type { z } from 'zod';
import {
  FieldErrorCode,
  type ApiErrorBody,
  type FieldError,
  type KnownErrorCode,
} from '@/api/contract/schemas';
import type { MockResponse } from './types';

type ErrorExtras = Partial<Omit<ApiErrorBody, 'code' | 'message'>>;

export function errorResponse(
  status: number,
  code: KnownErrorCode,
  message: string,
  extras: ErrorExtras = {},
): MockResponse {
  const body: ApiErrorBody = { code, message, fieldErrors: [], ...extras };
  return { status, body };
}

/** Thrown to refuse a request; the backend discards the request's state changes. */
export class ApiFailure extends Error {
  constructor(readonly response: MockResponse) {
    super(`${response.status}`);
  }
}

export function fail(
  status: number,
  code: KnownErrorCode,
  message: string,
  extras: ErrorExtras = {},
): ApiFailure {
  return new ApiFailure(errorResponse(status, code, message, extras));
}

// The schema-breaking codes the contract documents; zod's rarer ones are reported as one of them.
function documentedIssueCode(code: string): FieldError['code'] {
  const known = FieldErrorCode.options[0].safeParse(code);
  return known.success ? known.data : 'invalid_value';
}

export function validationFailed(error: z.ZodError, prefix = ''): ApiFailure {
  const fieldErrors = error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    code: documentedIssueCode(issue.code),
    message: issue.message,
  }));
  return fail(400, 'VALIDATION_FAILED', error.issues[0]?.message ?? 'The request is not valid.', {
    fieldErrors,
  });
}
