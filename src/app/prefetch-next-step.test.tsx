import { act, renderHook, waitFor } from '@testing-library/react';
import { offerKeys } from '@/api/offers';
import { orderKeys } from '@/api/orders';
import { clearSession, setSession } from '@/api/session';
import { orderFixture, sessionFixture } from '@/api/testing/fixtures';
import { createTestQueryClient } from '@/api/testing/query-wrapper';
import { server } from '@/testing/mock-backend';
import { nextPage, usePrefetchNextStep } from './prefetch-next-step';
import { prefetchStepCode } from './step-routes';

vi.mock('./step-routes', () => ({ prefetchStepCode: vi.fn() }));

/** The pathnames of the /v1 requests made while the test runs. */
function recordRequests(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    paths.push(new URL(request.url).pathname);
  });
  return paths;
}

describe('nextPage', () => {
  it.each([
    ['sign-in', 'account'],
    ['number', 'terms'],
    ['review', 'confirmation'],
  ] as const)('after %s comes %s', (step, next) => {
    expect(nextPage(step)).toBe(next);
  });
});

describe('usePrefetchNextStep', () => {
  it("loads the next step's code once the page is idle", async () => {
    const { wrapper } = createTestQueryClient();
    renderHook(() => usePrefetchNextStep('shipping', 'o1'), { wrapper });
    expect(prefetchStepCode).not.toHaveBeenCalled();
    await waitFor(() => expect(prefetchStepCode).toHaveBeenCalledWith('number'));
  });

  it('does not read the catalogue on the account step, before the customer lookup', async () => {
    const { wrapper, queryClient } = createTestQueryClient();
    renderHook(() => usePrefetchNextStep('account', undefined), { wrapper });
    await waitFor(() => expect(prefetchStepCode).toHaveBeenCalledWith('offers'));
    // A prefetch would have put the catalogue's query in the cache by now.
    expect(queryClient.getQueryCache().findAll({ queryKey: offerKeys.all })).toHaveLength(0);
  });

  it('does not ask for the agreements before the order is ready for terms', async () => {
    const { wrapper, queryClient } = createTestQueryClient();
    queryClient.setQueryData(
      orderKeys.detail('o1'),
      orderFixture({ id: 'o1', nextStep: 'number' }),
    );
    const requests = recordRequests();
    renderHook(() => usePrefetchNextStep('number', 'o1'), { wrapper });
    await waitFor(() => expect(prefetchStepCode).toHaveBeenCalledWith('terms'));
    expect(queryClient.getQueryState(orderKeys.agreements('o1', 'en'))).toBeUndefined();
    expect(requests).not.toContain('/v1/order/o1/agreements');
  });

  it('loads the agreements once the number is chosen', async () => {
    const { wrapper, queryClient } = createTestQueryClient();
    queryClient.setQueryData(orderKeys.detail('o1'), orderFixture({ id: 'o1', nextStep: 'terms' }));
    const requests = recordRequests();
    renderHook(() => usePrefetchNextStep('number', 'o1'), { wrapper });
    await waitFor(() => expect(requests).toContain('/v1/order/o1/agreements'));
  });

  it('reads the order no more once the session has ended, while its answers are dropped', async () => {
    setSession(sessionFixture());
    const { wrapper, queryClient } = createTestQueryClient();
    queryClient.setQueryData(
      orderKeys.detail('o1'),
      orderFixture({ id: 'o1', nextStep: 'number' }),
    );
    const requests = recordRequests();
    const { rerender } = renderHook(() => usePrefetchNextStep('number', 'o1'), { wrapper });

    act(() => {
      clearSession();
      queryClient.removeQueries();
    });
    rerender();

    await waitFor(() => expect(prefetchStepCode).toHaveBeenCalledWith('terms'));
    expect(requests).not.toContain('/v1/order/o1');
  });
});
