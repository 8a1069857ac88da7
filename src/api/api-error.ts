/**
 * The one error type the API layer throws. Every failure of a call (HTTP error, network, timeout,
 * abort, a response that breaks the contract) becomes an `ApiError`, so callers read one shape.
 */
import type { ApiErrorBody, ErrorCode, HandoffErrorCode, KnownErrorCode } from './contract/schemas';

/** Failures that happen on the client side, with no contract error body. */
export const CLIENT_ERROR_CODES = [
  'NETWORK_ERROR',
  'TIMEOUT',
  'MALFORMED_RESPONSE',
  'ABORTED',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Any code, including one a newer API sends that this app does not know. */
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/**
 * The codes this app knows, each with its own words. The hand-off's codes are worded by the
 * hand-off's own screens (the panel, /continue) and not here, where every word is first-load
 * code: elsewhere the app answers them as it does a code it does not know.
 */
export type KnownApiErrorCode = Exclude<KnownErrorCode, HandoffErrorCode> | ClientErrorCode;

export type FieldError = ApiErrorBody['fieldErrors'][number];

export interface ApiErrorInit {
  operationId: string;
  /** HTTP status; 0 when no response arrived (network error, timeout, abort). */
  status: number;
  code: ApiErrorCode;
  message: string;
  /** The parsed contract error body, when the server sent one that matched the schema. */
  body?: ApiErrorBody | null;
  cause?: unknown;
}

/**
 * `retryable` answers one question: may the very same request, sent again unchanged, succeed?
 * - true: no response (network error, timeout), 5xx, 408, 429 (after `retryAt` when given), and
 *   a malformed success body (a proxy or a deploy glitch; the next answer may be well formed).
 * - false: every other 4xx (the request or the order must change first) and ABORTED (the caller
 *   cancelled on purpose).
 * Automatic retries are narrower still: see `shouldRetryQuery` in query-client.ts.
 */
function isRetryable(status: number, code: ApiErrorCode): boolean {
  switch (code) {
    case 'NETWORK_ERROR':
    case 'TIMEOUT':
    case 'MALFORMED_RESPONSE':
      return true;
    case 'ABORTED':
      return false;
    default:
      return status >= 500 || status === 408 || status === 429;
  }
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly operationId: string;
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fieldErrors: readonly FieldError[];
  readonly retryable: boolean;
  /** The contract error body, or null when there was none (or it broke the contract). */
  readonly body: ApiErrorBody | null;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.operationId = init.operationId;
    this.status = init.status;
    this.code = init.code;
    this.body = init.body ?? null;
    this.fieldErrors = this.body?.fieldErrors ?? [];
    this.retryable = isRetryable(init.status, init.code);
  }

  /** Attempts left before a lock (OTP, password), when the server says. */
  get attemptsRemaining(): number | undefined {
    return this.body?.attemptsRemaining;
  }

  /** When the refused action may be tried again (ISO date-time), when the server says. */
  get retryAt(): string | undefined {
    return this.body?.retryAt;
  }

  /** Address suggestions with ADDRESS_AMBIGUOUS. */
  get suggestions(): ApiErrorBody['suggestions'] {
    return this.body?.suggestions;
  }

  /** The message of the first field error for a dotted request path, e.g. `shippingAddress.zip`. */
  fieldError(field: string): FieldError | undefined {
    return this.fieldErrors.find((error) => error.field === field);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The code to use when an HTTP error's body does not match the contract's Error schema. */
export function codeForStatus(status: number): KnownErrorCode {
  switch (status) {
    case 400:
      return 'MALFORMED_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 422:
      return 'VALIDATION_FAILED';
    case 423:
      return 'SIGN_IN_LOCKED';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return 'INTERNAL';
  }
}
