import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { clearSession, setSession } from './session';
import { errorBodyFixture, orderFixture, sessionFixture } from './testing/fixtures';
import { createTestQueryClient } from './testing/query-wrapper';
import { orderKeys, SUBMIT_KEY_PREFIX, useCreateOrder, useSubmitOrder } from './orders';

beforeEach(() => setSession(sessionFixture()));
afterEach(() => {
  clearSession();
  sessionStorage.clear();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const storedKey = () => sessionStorage.getItem(`${SUBMIT_KEY_PREFIX}ord-1`);

/** A submit endpoint that answers with the given responses in turn and records each key. */
function submitEndpoint(...responses: (() => Response)[]) {
  const keys: (string | null)[] = [];
  server.use(
    http.post('*/v1/order/submit', ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      const respond = responses[keys.length - 1];
      if (!respond) throw new Error('unexpected extra submit');
      return respond();
    }),
  );
  return keys;
}

const submitted = () =>
  HttpResponse.json(orderFixture({ status: 'submitted', orderNumber: 'N-1' }), { status: 201 });

describe('useSubmitOrder', () => {
  it('reuses one Idempotency-Key across retries and a reload, then forgets it', async () => {
    const keys = submitEndpoint(
      () => HttpResponse.error(),
      () => HttpResponse.json(errorBodyFixture('SERVICE_UNAVAILABLE'), { status: 503 }),
      submitted,
    );

    const first = createTestQueryClient();
    const { result: beforeReload, unmount } = renderHook(() => useSubmitOrder('ord-1'), {
      wrapper: first.wrapper,
    });
    act(() => beforeReload.current.mutate());
    await waitFor(() => expect(beforeReload.current.error?.code).toBe('NETWORK_ERROR'));
    act(() => beforeReload.current.mutate());
    await waitFor(() => expect(beforeReload.current.error?.code).toBe('SERVICE_UNAVAILABLE'));
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(storedKey()).toBe(keys[0]);
    unmount();

    // A reload: the modules start afresh, only sessionStorage survives.
    vi.resetModules();
    const reloaded = await import('./orders');
    const { createTestQueryClient: createAfterReload } = await import('./testing/query-wrapper');
    const second = createAfterReload();
    const { result: afterReload } = renderHook(() => reloaded.useSubmitOrder('ord-1'), {
      wrapper: second.wrapper,
    });
    act(() => afterReload.current.mutate());
    await waitFor(() => expect(afterReload.current.isSuccess).toBe(true));

    expect(keys[2]).toBe(keys[0]);
    expect(storedKey()).toBeNull();
    expect(second.queryClient.getQueryData(reloaded.orderKeys.detail('ord-1'))).toMatchObject({
      status: 'submitted',
      orderNumber: 'N-1',
    });
  });

  it('starts a new key after a definitive refusal, keeps it after a conflict', async () => {
    const keys = submitEndpoint(
      () => HttpResponse.json(errorBodyFixture('ORDER_INVALID'), { status: 422 }),
      () => HttpResponse.json(errorBodyFixture('ORDER_NOT_OPEN'), { status: 409 }),
      submitted,
    );
    const { wrapper } = createTestQueryClient();
    const { result } = renderHook(() => useSubmitOrder('ord-1'), { wrapper });

    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.error?.code).toBe('ORDER_INVALID'));
    expect(storedKey()).toBeNull();

    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.error?.code).toBe('ORDER_NOT_OPEN'));
    expect(storedKey()).toBe(keys[1]);

    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[1]);
  });

  it('sends the same key when the button is pressed twice at once', async () => {
    const keys = submitEndpoint(submitted, submitted);
    const { wrapper } = createTestQueryClient();
    const { result } = renderHook(() => useSubmitOrder('ord-1'), { wrapper });
    act(() => {
      result.current.mutate();
      result.current.mutate();
    });
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).toBe(keys[0]);
  });
});

describe('order mutations and the cache', () => {
  it('useCreateOrder writes the order and invalidates its derived queries, not the order', async () => {
    server.use(
      http.post('*/v1/order/create', () => HttpResponse.json(orderFixture(), { status: 201 })),
    );
    const { queryClient, wrapper } = createTestQueryClient();
    queryClient.setQueryData(orderKeys.validation('ord-1'), { valid: false, problems: [] });
    const { result } = renderHook(() => useCreateOrder(), { wrapper });

    await act(() =>
      result.current.mutateAsync({ customerId: 'cust-1', lines: [{ planId: 'plan-unlimited' }] }),
    );

    expect(queryClient.getQueryData(orderKeys.detail('ord-1'))).toEqual(orderFixture());
    expect(queryClient.getQueryState(orderKeys.detail('ord-1'))?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(orderKeys.validation('ord-1'))?.isInvalidated).toBe(true);
  });
});
