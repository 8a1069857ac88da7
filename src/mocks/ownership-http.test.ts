// @vitest-environment node
// Ownership over real HTTP: one customer's bearer token reaches nothing of another customer's.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { http, passthrough } from 'msw';
import { z } from 'zod';
import { ApiErrorBody, Session } from '@/api/contract/schemas';
import { createMockHttpServer } from './http-server';
import { server as msw } from './node';
import { createMockRuntime } from './runtime';

let httpServer: Server;
let base: string;

beforeAll(async () => {
  httpServer = createMockHttpServer({ runtime: createMockRuntime(), log: () => undefined });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => httpServer.close(() => resolve())));

// These requests must reach the real server, not the in-process MSW of the test setup.
beforeEach(() => msw.use(http.all('*', () => passthrough())));

const json = { 'Content-Type': 'application/json' };
const Seeded = z.object({ session: Session, orderId: z.string() });

async function seed(phone: string) {
  const response = await fetch(`${base}/__mock/seed`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ phone, step: 'review' }),
  });
  return Seeded.parse(await response.json());
}

const address = { line1: '1 Main St', city: 'Hoboken', state: 'NJ', zip: '07030' };

describe('ownership over HTTP', () => {
  it("refuses one customer's token on another customer's account and order with 403", async () => {
    const maya = await seed('(201) 555-0101');
    const daniel = await seed('(201) 555-0102');
    const other = daniel.orderId;
    const requests: [method: string, path: string, body?: unknown][] = [
      ['GET', `/v1/customers?customerId=${daniel.session.customerId}`],
      ['GET', `/v1/order/${other}`],
      ['GET', `/v1/order/${other}/validate`],
      ['GET', `/v1/order/${other}/agreements`],
      ['GET', `/v1/order/${other}/credit.policy`],
      ['PATCH', `/v1/order/${other}/fulfillment`, { deliveryOption: 'express' }],
      [
        'POST',
        `/v1/order/${other}/fulfillment`,
        {
          shippingAddress: address,
          e911Address: address,
          deliveryOption: 'standard',
          simType: 'esim',
        },
      ],
      ['PUT', `/v1/order/${other}/lines`, { lines: [{ planId: 'plan-essential' }] }],
      ['POST', `/v1/order/${other}/number.available`, { lineId: 'line-1', areaCode: '201' }],
      ['POST', '/v1/order/submit', { orderId: other, agreementIds: [] }],
    ];

    for (const [method, path, body] of requests) {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...json,
          Authorization: `Bearer ${maya.session.token}`,
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = { request: `${method} ${path}`, status: response.status };
      expect(answer).toEqual({ request: `${method} ${path}`, status: 403 });
      expect(ApiErrorBody.parse(await response.json()).code).toBe('FORBIDDEN');
    }

    // Still Daniel's, unchanged by any of the above.
    const own = await fetch(`${base}/v1/order/${other}`, {
      headers: { Authorization: `Bearer ${daniel.session.token}` },
    });
    expect(own.status).toBe(200);
  });
});
