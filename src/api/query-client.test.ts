import { ApiError, type ApiErrorCode } from './api-error';
import { createQueryClient, MAX_QUERY_RETRIES, shouldRetryQuery } from './query-client';

const error = (status: number, code: ApiErrorCode) =>
  new ApiError({ operationId: 'getOrder', status, code, message: 'test' });

describe('shouldRetryQuery', () => {
  it.each([
    [0, 'NETWORK_ERROR', true],
    [0, 'TIMEOUT', true],
    [200, 'MALFORMED_RESPONSE', true],
    [500, 'INTERNAL', true],
    [503, 'SERVICE_UNAVAILABLE', true],
    [0, 'ABORTED', false],
    [400, 'VALIDATION_FAILED', false],
    [401, 'UNAUTHENTICATED', false],
    [404, 'NOT_FOUND', false],
    [409, 'ORDER_NOT_OPEN', false],
    [429, 'RATE_LIMITED', false],
  ] as const)('HTTP %i %s: retry = %s', (status, code, expected) => {
    expect(shouldRetryQuery(0, error(status, code))).toBe(expected);
  });

  it(`stops after ${MAX_QUERY_RETRIES} retries, and never retries what is not an ApiError`, () => {
    expect(shouldRetryQuery(MAX_QUERY_RETRIES - 1, error(503, 'SERVICE_UNAVAILABLE'))).toBe(true);
    expect(shouldRetryQuery(MAX_QUERY_RETRIES, error(503, 'SERVICE_UNAVAILABLE'))).toBe(false);
    expect(shouldRetryQuery(0, new TypeError('bug'))).toBe(false);
  });
});

describe('createQueryClient', () => {
  it('never retries mutations and does not throw to error boundaries by default', () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.mutations?.retry).toBe(false);
    expect(defaults.queries?.retry).toBe(shouldRetryQuery);
    expect(defaults.queries?.throwOnError).toBe(false);
  });
});
