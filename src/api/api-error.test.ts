import { ApiError, codeForStatus, isApiError, type ApiErrorCode } from './api-error';
import { errorBodyFixture } from './testing/fixtures';
import type { FieldError } from './contract/schemas';

const apiError = (status: number, code: ApiErrorCode) =>
  new ApiError({ operationId: 'getOrder', status, code, message: 'test' });

describe('ApiError.retryable: may the same request, sent again unchanged, succeed?', () => {
  it.each([
    [0, 'NETWORK_ERROR', true],
    [0, 'TIMEOUT', true],
    [200, 'MALFORMED_RESPONSE', true],
    [201, 'MALFORMED_RESPONSE', true],
    [408, 'INTERNAL', true],
    [429, 'RATE_LIMITED', true],
    [429, 'OTP_COOLDOWN', true],
    [500, 'INTERNAL', true],
    [503, 'SERVICE_UNAVAILABLE', true],
    [599, 'INTERNAL', true],
    [0, 'ABORTED', false],
    // A cancelled call is never sent again on its own, whatever status it carries.
    [503, 'ABORTED', false],
    [400, 'VALIDATION_FAILED', false],
    [401, 'UNAUTHENTICATED', false],
    [407, 'INTERNAL', false],
    [409, 'ORDER_NOT_OPEN', false],
    [423, 'SIGN_IN_LOCKED', false],
    [428, 'INTERNAL', false],
    [430, 'INTERNAL', false],
    [499, 'INTERNAL', false],
  ] as const)('HTTP %i %s: %s', (status, code, retryable) => {
    expect(apiError(status, code).retryable).toBe(retryable);
  });
});

describe('codeForStatus: the code of an HTTP error whose body is not the contract Error', () => {
  it.each([
    [400, 'MALFORMED_REQUEST'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [413, 'PAYLOAD_TOO_LARGE'],
    [422, 'VALIDATION_FAILED'],
    [423, 'SIGN_IN_LOCKED'],
    [429, 'RATE_LIMITED'],
    [503, 'SERVICE_UNAVAILABLE'],
    [409, 'INTERNAL'],
    [500, 'INTERNAL'],
    [502, 'INTERNAL'],
  ] as const)('HTTP %i: %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});

describe('ApiError', () => {
  it('is an Error named ApiError, with what the call said', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new ApiError({
      operationId: 'getOffers',
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'getOffers could not reach the server',
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ApiError',
      operationId: 'getOffers',
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'getOffers could not reach the server',
      body: null,
      fieldErrors: [],
    });
    expect(error.cause).toBe(cause);
  });

  it('has no cause when none was given', () => {
    expect('cause' in apiError(500, 'INTERNAL')).toBe(false);
  });

  it('reads field errors, attempts, retryAt and suggestions from the contract body', () => {
    const fieldErrors: FieldError[] = [
      { field: 'shippingAddress.zip', code: 'invalid_format', message: 'Not a ZIP code.' },
      { field: 'shippingAddress.line1', code: 'ambiguous', message: 'Which one?' },
      { field: 'shippingAddress.zip', code: 'too_small', message: 'A second problem.' },
    ];
    const suggestions = [{ line1: '1 Main St', city: 'Newark', state: 'NJ', zip: '07102' }];
    const retryAt = '2030-01-01T00:15:00.000Z';
    const body = errorBodyFixture('ADDRESS_AMBIGUOUS', {
      fieldErrors,
      suggestions,
      attemptsRemaining: 2,
      retryAt,
    });
    const error = new ApiError({
      operationId: 'createFulfillment',
      status: 422,
      code: 'ADDRESS_AMBIGUOUS',
      message: body.message,
      body,
    });
    expect(error.body).toEqual(body);
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(error.fieldError('shippingAddress.zip')).toEqual(fieldErrors[0]);
    expect(error.fieldError('shippingAddress.line1')?.message).toBe('Which one?');
    expect(error.fieldError('shippingAddress.city')).toBeUndefined();
    expect(error.attemptsRemaining).toBe(2);
    expect(error.retryAt).toBe(retryAt);
    expect(error.suggestions).toEqual(suggestions);
  });

  it('says nothing of attempts, retryAt or suggestions without a body', () => {
    const error = apiError(502, 'INTERNAL');
    expect(error.attemptsRemaining).toBeUndefined();
    expect(error.retryAt).toBeUndefined();
    expect(error.suggestions).toBeUndefined();
    expect(error.fieldError('anything')).toBeUndefined();
  });
});

describe('isApiError', () => {
  it('is true only for an ApiError', () => {
    expect(isApiError(apiError(500, 'INTERNAL'))).toBe(true);
    expect(isApiError(new Error('plain'))).toBe(false);
    expect(isApiError({ name: 'ApiError', code: 'INTERNAL', status: 500 })).toBe(false);
    expect(isApiError(null)).toBe(false);
  });
});
