import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { orderKeys, SUBMIT_KEY_PREFIX } from '@/api/orders';
import { clearSession, getSession, SESSION_STORAGE_KEY, setSession } from '@/api/session';
import { errorBodyFixture, orderFixture, sessionFixture } from '@/api/testing/fixtures';
import { createTestQueryClient } from '@/api/testing/query-wrapper';
import { createQueryClient } from '@/api/query-client';
import { checkoutDraft, chooseAccount, clearDraft } from './draft';
import { endCustomerSession, useEndSession } from './end-session';
import { rememberResumePoint, resumePoint } from './resume';

afterEach(() => {
  clearSession();
  clearDraft();
  resumePoint.set(null);
  sessionStorage.clear();
});

describe('useEndSession', () => {
  it.each([
    ['the server ends the session', () => new HttpResponse(null, { status: 204 })],
    ['the call fails', () => HttpResponse.json(errorBodyFixture('INTERNAL'), { status: 500 })],
    ['the network is down', () => HttpResponse.error()],
  ])('clears the session, submit keys and every cache when %s', async (_label, respond) => {
    let authorization: string | null = null;
    server.use(
      http.post('*/v1/auth/signout', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return respond();
      }),
    );
    setSession(sessionFixture());
    sessionStorage.setItem(`${SUBMIT_KEY_PREFIX}ord-1`, crypto.randomUUID());
    chooseAccount('cust-2');
    rememberResumePoint('/orders/ord-1/terms', 'cust-2');
    const { queryClient, wrapper } = createTestQueryClient();
    queryClient.setQueryData(orderKeys.detail('ord-1'), orderFixture());
    const { result } = renderHook(() => useEndSession('signed-out'), { wrapper });

    act(() => result.current.mutate());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));

    expect(authorization).toBe(`Bearer ${sessionFixture().token}`);
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(checkoutDraft.get().customerId).toBeNull();
    expect(resumePoint.get()).toBeNull();
  });
});

describe('endCustomerSession', () => {
  function startSession() {
    setSession(sessionFixture());
    sessionStorage.setItem(`${SUBMIT_KEY_PREFIX}ord-1`, 'key-1');
    chooseAccount('cust-2');
    rememberResumePoint('/orders/ord-1/terms', 'cust-2');
    const queryClient = createQueryClient();
    queryClient.setQueryData(orderKeys.detail('ord-1'), orderFixture());
    return queryClient;
  }

  it.each([
    // What stays lets the same customer resume: ids and a submission key, nothing personal.
    ['refused', { submitKey: 'key-1', customerId: 'cust-2', resumes: true }],
    ['timed-out', { submitKey: null, customerId: 'cust-2', resumes: true }],
    ['signed-out', { submitKey: null, customerId: null, resumes: false }],
    ['wiped', { submitKey: null, customerId: null, resumes: false }],
  ] as const)('drops the token and every cached answer when %s', (reason, kept) => {
    const queryClient = startSession();

    endCustomerSession(queryClient, reason);

    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect({
      submitKey: sessionStorage.getItem(`${SUBMIT_KEY_PREFIX}ord-1`),
      customerId: checkoutDraft.get().customerId,
      resumes: resumePoint.get() !== null,
    }).toEqual(kept);
  });
});
