// Responses are untrusted: whatever the server answers, callApi resolves with a schema-valid value
// or rejects with ApiError, never anything else.
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mock-backend';
import { ApiError } from './api-error';
import { callApi } from './client';
import { operations } from './contract/operations';
import { orderFixture } from './testing/fixtures';

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
];

const hostileString = fc.oneof(
  fc.constantFrom(...MARKUP),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  // Huge: past any sane field length.
  fc.integer({ min: 10_000, max: 50_000 }).map((length) => 'A'.repeat(length)),
);

const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A valid order with one field removed or replaced by something hostile. */
const brokenOrder = fc
  .record({
    field: fc.constantFrom(...Object.keys(orderFixture())),
    value: fc.option(hostileValue, { nil: undefined }),
  })
  .map(({ field, value }) => {
    const order: Record<string, unknown> = { ...orderFixture() };
    if (value === undefined) delete order[field];
    else order[field] = value;
    return JSON.stringify(order);
  });

const body = fc.oneof(
  brokenOrder,
  fc.json({ maxDepth: 3 }),
  // Not JSON at all: markup, text, nothing.
  fc.constantFrom('', ' ', '<html><body>Bad gateway</body></html>', ...MARKUP),
  fc.string(),
  hostileString.map((value) => JSON.stringify({ code: value, message: value })),
);

// Statuses a Response with a body may carry (204, 205 and 304 have none).
const status = fc.oneof(
  fc.constant(200),
  fc.integer({ min: 200, max: 599 }).filter((value) => ![204, 205, 304].includes(value)),
);

type Probe = 'getOrder' | 'getOffers' | 'getCustomers' | 'validateOrder';
const probes: Record<Probe, () => Promise<unknown>> = {
  getOrder: () => callApi('getOrder', { params: { id: 'ord-1' } }),
  getOffers: () => callApi('getOffers'),
  getCustomers: () => callApi('getCustomers', { query: { email: 'a@example.com' } }),
  validateOrder: () => callApi('validateOrder', { params: { id: 'ord-1' } }),
};

describe('callApi with hostile responses', () => {
  it('resolves only with schema-valid data and rejects only with ApiError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(probes) as Probe[])),
        status,
        body,
        async (operationId, statusCode, text) => {
          server.use(http.all('*/v1/*', () => new HttpResponse(text, { status: statusCode })));
          const outcome = await probes[operationId]().then(
            (data) => ({ data }),
            (error: unknown) => ({ error }),
          );
          if ('error' in outcome) {
            expect(outcome.error).toBeInstanceOf(ApiError);
          } else {
            expect(statusCode).toBeLessThan(300);
            expect(operations[operationId].response.safeParse(outcome.data).success).toBe(true);
          }
        },
      ),
      // A fixed seed keeps CI reproducible; no shrinking, so a failure reports its case at once
      // instead of searching through huge bodies.
      { numRuns: 100, seed: 20261127, endOnFailure: true },
    );
  });

  it('rejects markup where the contract wants a fixed value, and passes it on as plain text where it wants text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MARKUP), async (markup) => {
        const order = orderFixture();
        server.use(
          http.get('*/v1/order/bad', () => HttpResponse.json({ ...order, status: markup })),
          http.get('*/v1/order/text', () =>
            HttpResponse.json({ ...order, lines: [{ ...order.lines[0], planName: markup }] }),
          ),
        );
        const error = await callApi('getOrder', { params: { id: 'bad' } }).catch(
          (reason: unknown) => reason,
        );
        expect(error).toBeInstanceOf(ApiError);
        expect(error).toMatchObject({ code: 'MALFORMED_RESPONSE' });
        const text = await callApi('getOrder', { params: { id: 'text' } });
        expect(text.lines[0]?.planName).toBe(markup);
      }),
      { numRuns: MARKUP.length },
    );
  });
});
