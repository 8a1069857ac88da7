import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet, RouterProvider, createMemoryRouter, useLocation } from 'react-router-dom';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { authKeys } from '@/api/auth';
import { orderKeys, SUBMIT_KEY_PREFIX } from '@/api/orders';
import { clearSession, getSession, SESSION_STORAGE_KEY, setSession } from '@/api/session';
import { errorBodyFixture, orderFixture, sessionFixture } from '@/api/testing/fixtures';
import { createTestQueryClient } from '@/api/testing/query-wrapper';
import { createQueryClient } from '@/api/query-client';
import { checkoutDraft, chooseAccount, clearDraft } from './draft';
import {
  endCustomerSession,
  endSessionAtSignIn,
  isSessionEnding,
  useEndSession,
  useFinishSessionEnd,
} from './end-session';
import { rememberResumePoint, resumePoint } from './resume';

afterEach(() => {
  clearSession();
  clearDraft();
  resumePoint.set(null);
  sessionStorage.clear();
});

/**
 * A checkout page with a Sign out button inside a layout that finishes the teardown at sign-in,
 * as the app's layout does. The page shows whether its order is still cached.
 */
function showSignedInPage() {
  const { queryClient, wrapper: QueryWrapper } = createTestQueryClient();
  queryClient.setQueryData(orderKeys.detail('ord-1'), orderFixture());
  function Layout() {
    useFinishSessionEnd(useLocation().pathname === '/sign-in');
    return <Outlet />;
  }
  function Page() {
    const signOut = useEndSession('signed-out');
    return <button onClick={() => signOut.mutate()}>Sign out</button>;
  }
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { path: '/orders/ord-1/terms', element: <Page /> },
          { path: '/sign-in', element: <h1>Sign in</h1> },
        ],
      },
    ],
    { initialEntries: ['/orders/ord-1/terms'] },
  );
  render(
    <QueryWrapper>
      <RouterProvider router={router} />
    </QueryWrapper>,
  );
  return { queryClient, router };
}

describe('useEndSession', () => {
  it.each([
    ['the server ends the session', () => new HttpResponse(null, { status: 204 })],
    ['the call fails', () => HttpResponse.json(errorBodyFixture('INTERNAL'), { status: 500 })],
    ['the network is down', () => HttpResponse.error()],
  ])(
    'goes to sign-in and clears the session, submit keys and every cache when %s',
    async (_label, respond) => {
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
      const { queryClient, router } = showSignedInPage();

      await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
      await screen.findByRole('heading', { name: 'Sign in' });

      // In place of the page: Back does not lead to a page of the ended session.
      expect(router.state.historyAction).toBe('REPLACE');
      expect(authorization).toBe(`Bearer ${sessionFixture().token}`);
      expect(getSession()).toBeNull();
      expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
      expect(sessionStorage.length).toBe(0);
      expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
      expect(checkoutDraft.get().customerId).toBeNull();
      expect(resumePoint.get()).toBeNull();
    },
  );
});

describe('endSessionAtSignIn', () => {
  it('drops the token at once and the cached answers only once sign-in shows', () => {
    setSession(sessionFixture());
    rememberResumePoint('/orders/ord-1/terms', 'cust-2');
    sessionStorage.setItem(`${SUBMIT_KEY_PREFIX}ord-1`, 'key-1');
    const { queryClient, wrapper } = createTestQueryClient();
    queryClient.setQueryData(orderKeys.detail('ord-1'), orderFixture());
    const { rerender } = renderHook(({ onSignIn }) => useFinishSessionEnd(onSignIn), {
      wrapper,
      initialProps: { onSignIn: false },
    });

    act(() => {
      endSessionAtSignIn('timed-out');
      // A call the ended session still had in flight is refused: the first reason stands.
      endSessionAtSignIn('refused');
    });
    expect(getSession()).toBeNull();
    expect(isSessionEnding()).toBe(true);
    expect(queryClient.getQueryData(orderKeys.detail('ord-1'))).toBeDefined();

    rerender({ onSignIn: true });
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(isSessionEnding()).toBe(false);
    // Timed out, not refused: the submission key went, the resume point stays.
    expect(sessionStorage.getItem(`${SUBMIT_KEY_PREFIX}ord-1`)).toBeNull();
    expect(resumePoint.get()).not.toBeNull();
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
    queryClient.setQueryData(authKeys.methods(), { methods: [{ type: 'password' }] });
    return queryClient;
  }

  it.each([
    // What stays lets the same customer resume: ids and a submission key, nothing personal.
    ['refused', { submitKey: 'key-1', customerId: 'cust-2', resumes: true }],
    ['timed-out', { submitKey: null, customerId: 'cust-2', resumes: true }],
    ['signed-out', { submitKey: null, customerId: null, resumes: false }],
    ['wiped', { submitKey: null, customerId: null, resumes: false }],
  ] as const)(
    'drops the token and every cached answer but the sign-in methods when %s',
    (reason, kept) => {
      const queryClient = startSession();

      endCustomerSession(queryClient, reason);

      expect(getSession()).toBeNull();
      expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
      // The sign-in methods are nobody's, and the sign-in page may be reading them already.
      expect(
        queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.queryKey),
      ).toEqual([authKeys.methods()]);
      expect({
        submitKey: sessionStorage.getItem(`${SUBMIT_KEY_PREFIX}ord-1`),
        customerId: checkoutDraft.get().customerId,
        resumes: resumePoint.get() !== null,
      }).toEqual(kept);
    },
  );
});
