import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { useSubmitCredit } from './credit';
import { orderKeys } from './orders';
import { clearSession, setSession } from './session';
import { errorBodyFixture, orderFixture, sessionFixture } from './testing/fixtures';
import { createTestQueryClient } from './testing/query-wrapper';

beforeEach(() => setSession(sessionFixture()));
afterEach(() => {
  clearSession();
  sessionStorage.clear();
});

const isSealed = (value: unknown): value is { open(): unknown } =>
  typeof value === 'object' &&
  value !== null &&
  'open' in value &&
  typeof value.open === 'function';

const SSN = '123456789';
const DOB = '1980-02-29';
const creditRequest = {
  authorization: {
    accepted: true,
    disclosureVersion: 'fcra-1',
    acceptedAt: '2026-01-01T00:00:00Z',
  },
  ssn: SSN,
  dateOfBirth: DOB,
  address: { line1: '1 Main St', city: 'Newark', state: 'NJ', zip: '07102' },
} as const;

describe('useSubmitCredit', () => {
  it.each([
    ['success', () => HttpResponse.json({ decision: 'approved', referenceId: 'CR-1' })],
    ['failure', () => HttpResponse.json(errorBodyFixture('VALIDATION_FAILED'), { status: 400 })],
  ])('sends the SSN and date of birth once and keeps neither (%s)', async (_label, respond) => {
    let sent: unknown;
    server.use(
      http.post('*/v1/order/:id/credit.submit', async ({ request }) => {
        sent = await request.json();
        return respond();
      }),
      http.get('*/v1/order/:id', () => HttpResponse.json(orderFixture())),
    );
    const { queryClient, wrapper } = createTestQueryClient();
    const { result, unmount } = renderHook(() => useSubmitCredit('ord-1'), { wrapper });

    act(() => result.current.mutate(creditRequest));
    await waitFor(() => expect(result.current.isPending).toBe(false));

    expect(sent).toMatchObject({ ssn: SSN, dateOfBirth: DOB });
    expect(result.current).not.toHaveProperty('variables');
    // What React Query still holds for the mounted hook: an emptied envelope, no secret.
    const cached = queryClient.getMutationCache().getAll();
    expect(cached).toHaveLength(1);
    expect(JSON.stringify(cached.map((mutation) => mutation.state))).not.toMatch(
      /123456789|1980-02-29/,
    );
    const envelope = cached[0]?.state.variables;
    const anyFunction: unknown = expect.any(Function);
    expect(envelope).toEqual({ open: anyFunction });
    expect(() => isSealed(envelope) && envelope.open()).toThrow(TypeError);

    // gcTime 0: gone from the mutation cache as soon as nobody observes it.
    unmount();
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
  });

  it('refetches the order and its credit policy after a decision', async () => {
    server.use(
      http.post('*/v1/order/:id/credit.submit', () =>
        HttpResponse.json({ decision: 'approved', referenceId: 'CR-1' }),
      ),
    );
    const { queryClient, wrapper } = createTestQueryClient();
    queryClient.setQueryData(orderKeys.detail('ord-1'), orderFixture());
    const { result } = renderHook(() => useSubmitCredit('ord-1'), { wrapper });

    await act(() => result.current.mutateAsync(creditRequest));

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({ decision: 'approved', referenceId: 'CR-1' });
    expect(queryClient.getQueryState(orderKeys.detail('ord-1'))?.isInvalidated).toBe(true);
  });
});
