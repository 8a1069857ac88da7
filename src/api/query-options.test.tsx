import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { customerKeys, customersQueryOptions } from './customers';
import { agreementsQueryOptions } from './fulfillment';
import { numberSearchQueryOptions, useReserveNumber } from './numbers';
import { offerKeys, offersQueryOptions } from './offers';
import { orderKeys } from './orders';
import { clearSession, setSession } from './session';
import { errorBodyFixture, orderFixture, sessionFixture } from './testing/fixtures';
import { createTestQueryClient } from './testing/query-wrapper';

beforeEach(() => setSession(sessionFixture()));
afterEach(() => {
  clearSession();
  sessionStorage.clear();
});

describe('read query options', () => {
  it('offers: one cache entry per language, fetched in that language', async () => {
    const languages: (string | null)[] = [];
    server.use(
      http.get('*/v1/offers', ({ request }) => {
        languages.push(request.headers.get('Accept-Language'));
        return HttpResponse.json({
          plans: [],
          devices: [],
          bundles: [],
          promotions: [],
          activationFeeCents: 3500,
          deliveryOptions: [
            { id: 'standard', priceCents: 0, minBusinessDays: 3, maxBusinessDays: 5 },
          ],
        });
      }),
    );
    const { queryClient } = createTestQueryClient();
    await queryClient.fetchQuery(offersQueryOptions('es'));
    await queryClient.fetchQuery(offersQueryOptions('en'));
    expect(languages).toEqual(['es', 'en']);
    expect(offersQueryOptions('es').queryKey).toEqual(offerKeys.list('es'));
  });

  it("customers: keyed by the session's customer, every account its token reaches", async () => {
    const urls: string[] = [];
    server.use(
      http.get('*/v1/customers', ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({ customers: [] });
      }),
    );
    const options = customersQueryOptions();
    expect(options.queryKey).toEqual(customerKeys.list('cust-1'));
    await createTestQueryClient().queryClient.fetchQuery(options);
    expect(urls).toEqual(['http://localhost:3000/v1/customers']);

    // A session that has just ended keeps its key, so the page on screen reads its cached
    // answer until it leaves instead of asking again without a session.
    clearSession();
    expect(customersQueryOptions().queryKey).toEqual(customerKeys.list('cust-1'));
    expect(customersQueryOptions(null).enabled).toBe(false);
  });

  it('agreements: under the order, per language', async () => {
    const languages: (string | null)[] = [];
    server.use(
      http.get('*/v1/order/:id/agreements', ({ request }) => {
        languages.push(request.headers.get('Accept-Language'));
        return HttpResponse.json({ agreements: [] });
      }),
    );
    const options = agreementsQueryOptions('ord-1', 'es');
    expect(options.queryKey).toEqual(['order', 'ord-1', 'agreements', 'es']);
    await createTestQueryClient().queryClient.fetchQuery(options);
    expect(languages).toEqual(['es']);
  });

  it('number search: a POST read, keyed by its criteria under the order', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('*/v1/order/:id/number.available', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ numbers: ['2015550199'], nearbyAreaCodes: [] });
      }),
    );
    const options = numberSearchQueryOptions('ord-1', { lineId: 'line-1', areaCode: '201' });
    expect(options.queryKey.slice(0, 3)).toEqual(orderKeys.numberSearch('ord-1'));
    const result = await createTestQueryClient().queryClient.fetchQuery(options);
    expect(result.numbers).toEqual(['2015550199']);
    expect(bodies).toEqual([{ lineId: 'line-1', areaCode: '201' }]);
  });
});

describe('useReserveNumber', () => {
  const body = { lineId: 'line-1', number: '2015550199' };

  it('writes the order with its hold into the cache', async () => {
    const held = orderFixture();
    const line = held.lines[0];
    if (line) line.hold = { number: '2015550199', expiresAt: '2999-01-01T00:00:00.000Z' };
    server.use(http.patch('*/v1/order/:id/number.reserve', () => HttpResponse.json(held)));
    const { queryClient, wrapper } = createTestQueryClient();
    const { result } = renderHook(() => useReserveNumber('ord-1'), { wrapper });

    act(() => result.current.mutate(body));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(queryClient.getQueryData(orderKeys.detail('ord-1'))).toEqual(held);
  });

  it('marks the order and its searches stale when the number was taken meanwhile', async () => {
    server.use(
      http.patch('*/v1/order/:id/number.reserve', () =>
        HttpResponse.json(errorBodyFixture('NUMBER_TAKEN'), { status: 409 }),
      ),
    );
    const { queryClient, wrapper } = createTestQueryClient();
    const searchKey = orderKeys.numberSearch('ord-1', { lineId: 'line-1', areaCode: '201' });
    queryClient.setQueryData(orderKeys.detail('ord-1'), orderFixture());
    queryClient.setQueryData(searchKey, { numbers: ['2015550199'], nearbyAreaCodes: [] });
    const { result } = renderHook(() => useReserveNumber('ord-1'), { wrapper });

    act(() => result.current.mutate(body));
    await waitFor(() => expect(result.current.error?.code).toBe('NUMBER_TAKEN'));
    expect(queryClient.getQueryState(searchKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(orderKeys.detail('ord-1'))?.isInvalidated).toBe(true);
  });
});
