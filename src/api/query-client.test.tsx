import { onlineManager, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
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
    [408, 'INTERNAL', false],
    [409, 'ORDER_NOT_OPEN', false],
    [429, 'RATE_LIMITED', false],
  ] as const)('HTTP %i %s: retry = %s', (status, code, expected) => {
    expect(shouldRetryQuery(0, error(status, code))).toBe(expected);
  });

  it(`stops after ${MAX_QUERY_RETRIES} retries, and never retries what is not an ApiError`, () => {
    expect(shouldRetryQuery(1, error(503, 'SERVICE_UNAVAILABLE'))).toBe(true);
    expect(shouldRetryQuery(2, error(503, 'SERVICE_UNAVAILABLE'))).toBe(false);
    expect(shouldRetryQuery(0, new TypeError('bug'))).toBe(false);
  });
});

describe('createQueryClient', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    onlineManager.setOnline(true);
  });

  /** Runs a read through a fresh client, with retry back-off elapsing; says how often it was sent. */
  async function read(answers: (() => unknown)[]) {
    const client = createQueryClient();
    let calls = 0;
    const outcome = client
      .fetchQuery({
        queryKey: ['read'],
        queryFn: () => {
          const answer = answers[Math.min(calls, answers.length - 1)];
          calls += 1;
          return answer?.();
        },
      })
      .then(
        (data: unknown) => ({ data }),
        (reason: unknown) => ({ error: reason }),
      );
    await vi.runAllTimersAsync();
    return { ...(await outcome), calls };
  }

  const failWith = (status: number, code: ApiErrorCode) => () => {
    throw error(status, code);
  };

  it('sends a read that keeps failing 3 times in all (2 retries), then reports its error', async () => {
    const outcome = await read([failWith(503, 'SERVICE_UNAVAILABLE')]);
    expect(outcome.calls).toBe(3);
    expect(outcome).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it.each([
    [0, 'NETWORK_ERROR'],
    [0, 'TIMEOUT'],
    [200, 'MALFORMED_RESPONSE'],
    [500, 'INTERNAL'],
  ] as const)(
    'retries a read after HTTP %i %s, and resolves when it passes',
    async (status, code) => {
      const outcome = await read([failWith(status, code), failWith(status, code), () => 'order']);
      expect(outcome).toEqual({ data: 'order', calls: 3 });
    },
  );

  it.each([
    [400, 'VALIDATION_FAILED'],
    [401, 'UNAUTHENTICATED'],
    [404, 'NOT_FOUND'],
    [408, 'INTERNAL'],
    [409, 'ORDER_NOT_OPEN'],
    [429, 'RATE_LIMITED'],
    [0, 'ABORTED'],
  ] as const)('sends a read that fails with HTTP %i %s once only', async (status, code) => {
    const outcome = await read([failWith(status, code), () => 'order']);
    expect(outcome).toMatchObject({ calls: 1, error: { code } });
  });

  it('sends a read that fails with a bug (not an ApiError) once only', async () => {
    const outcome = await read([
      () => {
        throw new TypeError('bug');
      },
      () => 'order',
    ]);
    expect(outcome).toMatchObject({ calls: 1, error: expect.any(TypeError) as unknown });
  });

  it('never retries a write, even after a failure a read would retry', async () => {
    const client = createQueryClient();
    for (const failure of [error(503, 'SERVICE_UNAVAILABLE'), error(0, 'NETWORK_ERROR')]) {
      const mutationFn = vi.fn(() => Promise.reject(failure));
      const outcome = client
        .getMutationCache()
        .build(client, { mutationFn })
        .execute(undefined)
        .catch((reason: unknown) => reason);
      await vi.runAllTimersAsync();
      expect(await outcome).toBe(failure);
      expect(mutationFn).toHaveBeenCalledTimes(1);
    }
  });

  it('serves a read from the cache for 30 seconds, then sends it again', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn(() => Promise.resolve('order'));
    await client.fetchQuery({ queryKey: ['order'], queryFn });
    await vi.advanceTimersByTimeAsync(29_999);
    await client.fetchQuery({ queryKey: ['order'], queryFn });
    expect(queryFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await client.fetchQuery({ queryKey: ['order'], queryFn });
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('holds reads and writes while the browser is offline, and sends them once it is back', async () => {
    const client = createQueryClient();
    // As QueryClientProvider does: the client follows the browser's online state.
    client.mount();
    onlineManager.setOnline(false);
    const queryFn = vi.fn(() => Promise.resolve('order'));
    const mutationFn = vi.fn(() => Promise.resolve('placed'));
    const reading = client.fetchQuery({ queryKey: ['order'], queryFn });
    const writing = client.getMutationCache().build(client, { mutationFn }).execute(undefined);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(queryFn).not.toHaveBeenCalled();
    expect(mutationFn).not.toHaveBeenCalled();
    onlineManager.setOnline(true);
    await expect(reading).resolves.toBe('order');
    await expect(writing).resolves.toBe('placed');
    client.unmount();
  });

  it('leaves a failed read in the hook for the page to show, instead of throwing it', async () => {
    vi.useRealTimers();
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () =>
        useQuery({
          queryKey: ['order'],
          queryFn: () => Promise.reject(error(404, 'NOT_FOUND')),
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets a caller turn retries off and keeps the other defaults', async () => {
    const client = createQueryClient({ queries: { retry: false } });
    const queryFn = vi.fn(() => Promise.reject(error(503, 'SERVICE_UNAVAILABLE')));
    const outcome = client.fetchQuery({ queryKey: ['read'], queryFn }).catch(() => 'failed');
    await vi.runAllTimersAsync();
    expect(await outcome).toBe('failed');
    expect(queryFn).toHaveBeenCalledTimes(1);
    const cached = vi.fn(() => Promise.resolve('order'));
    await client.fetchQuery({ queryKey: ['order'], queryFn: cached });
    await vi.advanceTimersByTimeAsync(29_999);
    await client.fetchQuery({ queryKey: ['order'], queryFn: cached });
    expect(cached).toHaveBeenCalledTimes(1);
  });
});
