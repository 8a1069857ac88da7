import { ApiErrorBody, OffersResponse } from '@/api/contract/schemas';
import { createFaultQueue } from './faults';
import { mockRuntime } from './node';

const API = 'http://localhost';

function post(path: string, body: unknown) {
  return fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const getAuthMethods = () => fetch(`${API}/v1/auth-methods`);

describe('fault queue', () => {
  it('hands out each queued fault once, in order, per operation', () => {
    const queue = createFaultQueue();
    queue.add({ operationId: 'submitOrder', kind: 'network-error', times: 2 });
    queue.add({ operationId: 'submitOrder', kind: 'server-error', times: 1 });
    expect(queue.take('getOffers')).toBeUndefined();
    expect([1, 2, 3, 4].map(() => queue.take('submitOrder'))).toEqual([
      'network-error',
      'network-error',
      'server-error',
      undefined,
    ]);
  });

  it('forgets everything on clear', () => {
    const queue = createFaultQueue();
    queue.add({ operationId: 'getOffers', kind: 'hang', times: 3 });
    queue.clear();
    expect(queue.take('getOffers')).toBeUndefined();
  });
});

describe('POST /__mock/faults', () => {
  it('fails the next call of the operation, logs it, then answers normally', async () => {
    expect(
      (await post('/__mock/faults', { operationId: 'getAuthMethods', kind: 'server-error' }))
        .status,
    ).toBe(204);

    const failed = await getAuthMethods();
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('5');
    expect(ApiErrorBody.parse(await failed.json()).code).toBe('SERVICE_UNAVAILABLE');
    expect((await getAuthMethods()).status).toBe(200);
    expect(mockRuntime.requests().map((entry) => entry.status)).toEqual([503, 200]);
  });

  it('can answer a body that breaks the contract', async () => {
    await post('/__mock/faults', { operationId: 'getAuthMethods', kind: 'malformed' });
    const response = await getAuthMethods();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unexpected: 'shape' });
  });

  it('can fail the connection itself', async () => {
    await post('/__mock/faults', { operationId: 'getAuthMethods', kind: 'network-error' });
    await expect(getAuthMethods()).rejects.toThrow(TypeError);
    expect(mockRuntime.requests().map((entry) => entry.status)).toEqual([0]);
  });

  it('refuses an operation that does not exist', async () => {
    const response = await post('/__mock/faults', { operationId: 'nothing', kind: 'hang' });
    expect(response.status).toBe(400);
    expect(ApiErrorBody.parse(await response.json()).code).toBe('VALIDATION_FAILED');
  });

  it('are forgotten by /__mock/reset', async () => {
    await post('/__mock/faults', { operationId: 'getAuthMethods', kind: 'server-error' });
    await post('/__mock/reset', {});
    expect((await getAuthMethods()).status).toBe(200);
  });
});

describe('POST /__mock/sold-out', () => {
  it('takes the offers off sale', async () => {
    expect((await post('/__mock/sold-out', { offerIds: ['unlimited-plus'] })).status).toBe(204);
    const seeded = await post('/__mock/seed', { phone: '(201) 555-0101', step: 'credit' });
    const { session } = (await seeded.json()) as { session: { token: string } };
    const offers = await fetch(`${API}/v1/offers`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    const plans = OffersResponse.parse(await offers.json()).plans.map((plan) => plan.id);
    expect(plans).not.toContain('unlimited-plus');
    expect(plans.length).toBeGreaterThan(0);
  });

  it('refuses an empty list', async () => {
    expect((await post('/__mock/sold-out', { offerIds: [] })).status).toBe(400);
  });
});
