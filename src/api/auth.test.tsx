import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { useAuthenticate } from './auth';
import { orderKeys } from './orders';
import { clearSession, getSession, setSession } from './session';
import { orderFixture, sessionFixture } from './testing/fixtures';
import { createTestQueryClient } from './testing/query-wrapper';

afterEach(() => {
  clearSession();
  sessionStorage.clear();
});

describe('useAuthenticate', () => {
  it('stores the session on success; the mutation cache keeps no code and no token', async () => {
    server.use(http.post('*/v1/auth', () => HttpResponse.json(sessionFixture())));
    const { queryClient, wrapper } = createTestQueryClient();
    const { result } = renderHook(() => useAuthenticate(), { wrapper });

    await act(() =>
      result.current.mutateAsync({ method: 'otp', identifier: '2015550101', code: '246810' }),
    );

    expect(getSession()).toEqual(sessionFixture());
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data).toEqual({
      customerId: 'cust-1',
      expiresAt: sessionFixture().expiresAt,
    });
    const states = JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
    );
    expect(states).not.toContain('246810');
    expect(states).not.toContain('2015550101');
    expect(states).not.toContain(sessionFixture().token);
  });

  it("drops the previous customer's cached data when someone else signs in", async () => {
    server.use(
      http.post('*/v1/auth', () => HttpResponse.json(sessionFixture({ customerId: 'cust-2' }))),
    );
    setSession(sessionFixture({ customerId: 'cust-1' }));
    clearSession(); // e.g. expired
    const { queryClient, wrapper } = createTestQueryClient();
    queryClient.setQueryData(orderKeys.detail('ord-1'), orderFixture());
    const { result } = renderHook(() => useAuthenticate(), { wrapper });

    await act(() =>
      result.current.mutateAsync({
        method: 'password',
        identifier: 'b@example.com',
        password: 'x',
      }),
    );

    expect(queryClient.getQueryData(orderKeys.detail('ord-1'))).toBeUndefined();
    expect(getSession()?.customerId).toBe('cust-2');
  });
});
