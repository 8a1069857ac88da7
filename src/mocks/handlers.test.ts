import { http, HttpResponse } from 'msw';
import { AuthMethodsResponse } from '@/api/contract/public-schemas';
import { ApiErrorBody, Order } from '@/api/contract/schemas';
import { toMswPath } from './handlers';
import { mockRuntime, server } from './node';
import { SeedResult } from './seed';

const API = 'http://localhost';

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as unknown,
  };
}

async function seedAt(step: string, phone = '(201) 555-0101') {
  const { status, json } = await post('/__mock/seed', { phone, step });
  expect(status).toBe(201);
  return SeedResult.parse(json);
}

describe('toMswPath', () => {
  it('turns {params} into :params and matches any origin', () => {
    expect(toMswPath('/v1/order/{id}/credit.submit')).toBe('*/v1/order/:id/credit.submit');
  });
});

describe('operation handlers', () => {
  it('answer on any origin', async () => {
    for (const origin of ['http://localhost', 'https://api.carrier.example']) {
      const response = await fetch(`${origin}/v1/auth-methods`);
      expect(response.status).toBe(200);
    }
  });

  it('refuse a body that is not JSON', async () => {
    const { status, json } = await post('/v1/auth/generateotp', '{"identifier":');
    expect(status).toBe(400);
    expect(ApiErrorBody.parse(json).code).toBe('MALFORMED_REQUEST');
  });

  it('refuse a body that does not fit the schema, with field errors', async () => {
    const { status, json } = await post('/v1/auth/generateotp', {
      identifier: '2015550101',
      channel: 'pigeon',
    });
    expect(status).toBe(400);
    expect(ApiErrorBody.parse(json)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: [{ field: 'channel' }],
    });
  });

  it('read the bearer token and the Idempotency-Key', async () => {
    const { session, orderId } = await seedAt('review');
    const authorization = `Bearer ${session.token}`;
    const missingKey = await post(
      '/v1/order/submit',
      { orderId },
      { Authorization: authorization },
    );
    expect(ApiErrorBody.parse(missingKey.json).code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const headers = { Authorization: authorization, 'Idempotency-Key': 'abc-123' };
    const first = await post('/v1/order/submit', { orderId }, headers);
    const retry = await post('/v1/order/submit', { orderId }, headers);
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, json: first.json });
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
  });

  it('pass query parameters through', async () => {
    const { session } = await seedAt('credit');
    const response = await fetch(`${API}/v1/customers?phone=2015550102`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    expect(response.status).toBe(403);
  });

  it('answer 204 without a body', async () => {
    const { session } = await seedAt('credit');
    const response = await fetch(`${API}/v1/auth/signout`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token}` },
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });
});

describe('/__mock routes', () => {
  it.each([
    ['cart', 'credit'],
    ['credit', 'credit'],
    ['shipping', 'shipping'],
    ['number', 'number'],
    ['terms', 'terms'],
    ['review', 'review'],
  ])('seed builds an order for step %s (next step %s)', async (step, nextStep) => {
    const { session, orderId } = await seedAt(step);
    const response = await fetch(`${API}/v1/order/${orderId}`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    expect(Order.parse(await response.json()).nextStep).toBe(nextStep);
  });

  it('seed takes lines and refuses what cannot be seeded', async () => {
    const lines = [{ planId: 'essentials-15', deviceId: 'moto-g-play-64' }];
    const { json } = await post('/__mock/seed', { phone: '2015550101', step: 'review', lines });
    expect(SeedResult.parse(json).orderId).toMatch(/^ord_/);
    expect((await post('/__mock/seed', { phone: '2015550105', step: 'shipping' })).status).toBe(
      409,
    );
    expect((await post('/__mock/seed', { phone: '2015550199', step: 'credit' })).status).toBe(422);
    expect((await post('/__mock/seed', { phone: '2015550101', step: 'payment' })).status).toBe(400);
    expect((await post('/__mock/seed', 'nope')).status).toBe(400);
  });

  it('lists every order on the server', async () => {
    await seedAt('credit');
    await seedAt('credit', '2015550102');
    const { orders } = (await (await fetch(`${API}/__mock/orders`)).json()) as {
      orders: unknown[];
    };
    expect(orders.map((order) => Order.parse(order).customerId)).toEqual(['C1000101', 'C1000102']);
  });

  it('collects funnel events sent as plain text, and refuses a batch with anything else in it', async () => {
    const event = {
      name: 'step_viewed',
      schemaVersion: 1,
      visitId: '5b0f2c39-4c8e-4d43-9a53-2f3c1a0d6e11',
      at: '2026-03-01T12:00:00.000Z',
      step: 'offers',
      language: 'en',
      kiosk: false,
    };
    const send = (events: unknown[]) =>
      fetch(`${API}/__mock/analytics`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', 'User-Agent': 'Kiosk 7' },
        body: JSON.stringify({ events }),
      });
    expect((await send([event])).status).toBe(204);
    expect((await send([event, { ...event, phone: '2015550101' }])).status).toBe(400);

    const { events } = (await (await fetch(`${API}/__mock/analytics`)).json()) as {
      events: unknown[];
    };
    expect(events).toEqual([event]);
  });

  it('logs /v1 requests without anything personal', async () => {
    await post('/v1/auth/generateotp', { identifier: '2015550101', channel: 'sms' });
    const { json } = await post('/v1/auth', {
      method: 'otp',
      identifier: '2015550101',
      code: '123456',
    });
    const token = (json as { token: string }).token;
    await fetch(`${API}/v1/customers?email=maya.patel@example.com`, {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'en-US' },
    });
    await post(
      '/v1/order/submit',
      { orderId: 'x' },
      { Authorization: `Bearer ${token}`, 'Idempotency-Key': 'key-9' },
    );
    const log: unknown = await (await fetch(`${API}/__mock/requests`)).json();
    expect(log).toEqual({
      requests: [
        {
          at: expect.any(String) as unknown,
          method: 'POST',
          path: '/v1/auth/generateotp',
          operationId: 'generateOtp',
          status: 202,
        },
        {
          at: expect.any(String) as unknown,
          method: 'POST',
          path: '/v1/auth',
          operationId: 'authenticate',
          status: 200,
        },
        {
          at: expect.any(String) as unknown,
          method: 'GET',
          path: '/v1/customers',
          operationId: 'getCustomers',
          status: 200,
          acceptLanguage: 'en-US',
        },
        {
          at: expect.any(String) as unknown,
          method: 'POST',
          path: '/v1/order/submit',
          operationId: 'submitOrder',
          status: 404,
          idempotencyKey: 'key-9',
        },
      ],
    });
    const text = JSON.stringify(log);
    for (const secret of ['123456', token, '2015550101', 'maya'])
      expect(text).not.toContain(secret);
  });

  it('reset forgets orders, sessions and the log', async () => {
    const { session } = await seedAt('credit');
    await fetch(`${API}/v1/auth-methods`);
    expect((await fetch(`${API}/__mock/reset`, { method: 'POST' })).status).toBe(204);
    expect(mockRuntime.backend.listOrders()).toEqual([]);
    expect(mockRuntime.requests()).toEqual([]);
    const response = await fetch(`${API}/v1/offers`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    expect(response.status).toBe(401);
  });
});

describe('test isolation (src/testing/setup.ts)', () => {
  // Two tests that run in this order: the first leaves every kind of state behind, the second
  // finds none of it. The second fails when run without the first, so it cannot pass vacuously.
  let leftBehind: { token: string; orderId: string } | undefined;
  const noMethods = { methods: [] };

  it('leaves an order, a session, a sign-in lock, a moved clock, a log and an override', async () => {
    const { session, orderId } = await seedAt('credit');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await post('/v1/auth', { method: 'password', identifier: '2015550102', password: 'wrong' });
    }
    const locked = await post('/v1/auth', {
      method: 'password',
      identifier: '2015550102',
      password: 'Checkout-Demo-1',
    });
    expect(ApiErrorBody.parse(locked.json).code).toBe('SIGN_IN_LOCKED');
    expect((await post('/v1/sandbox/clock', { advanceSeconds: 24 * 60 * 60 })).status).toBe(200);
    server.use(http.get('*/v1/auth-methods', () => HttpResponse.json(noMethods)));
    expect(await (await fetch(`${API}/v1/auth-methods`)).json()).toEqual(noMethods);
    expect(mockRuntime.backend.listOrders()).toHaveLength(1);
    expect(mockRuntime.requests()).not.toEqual([]);
    leftBehind = { token: session.token, orderId };
  });

  it('starts the next test with none of it', async () => {
    expect(leftBehind, 'run together with the test before it').toBeDefined();
    const { token, orderId } = leftBehind ?? { token: '', orderId: '' };
    expect(mockRuntime.backend.listOrders()).toEqual([]);
    expect(mockRuntime.requests()).toEqual([]);
    const order = await fetch(`${API}/v1/order/${orderId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(order.status).toBe(401);
    const signIn = await post('/v1/auth', {
      method: 'password',
      identifier: '2015550102',
      password: 'Checkout-Demo-1',
    });
    expect(signIn.status).toBe(200);
    // A code asked for now lives 10 minutes from the real clock, not from a day ahead.
    const code = await post('/v1/auth/generateotp', { identifier: '2015550101', channel: 'sms' });
    const { expiresAt } = code.json as { expiresAt: string };
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    const methods: unknown = await (await fetch(`${API}/v1/auth-methods`)).json();
    expect(AuthMethodsResponse.parse(methods)).not.toEqual(noMethods);
  });
});
