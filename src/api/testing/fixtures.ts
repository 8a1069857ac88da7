/**
 * Small contract-valid values for the API layer's own tests (the mock backend has the real data).
 * Each is parsed with its schema, so a contract change that breaks them fails loudly here.
 */
import { ApiErrorBody, Order, Session, type ErrorCode } from '../contract/schemas';

export const FUTURE = '2999-01-01T00:00:00.000Z';

export function sessionFixture(overrides: Partial<Session> = {}): Session {
  return Session.parse({
    token: 'test-token-0123456789abcdef',
    customerId: 'cust-1',
    expiresAt: FUTURE,
    ...overrides,
  });
}

export function orderFixture(overrides: Partial<Order> = {}): Order {
  return Order.parse({
    id: 'ord-1',
    customerId: 'cust-1',
    status: 'open',
    lines: [
      {
        id: 'line-1',
        planId: 'plan-unlimited',
        planName: 'Unlimited',
        monthlyCents: 6500,
        dueOnFirstBillCents: 3500,
        esimCapable: true,
        hold: null,
      },
    ],
    credit: null,
    fulfillment: null,
    totals: {
      monthlyCents: 6500,
      dueOnFirstBillCents: 3500,
      depositCents: 0,
      shippingCents: 0,
      estimatedTaxesCents: 0,
      taxesEstimated: true,
    },
    nextStep: 'credit',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  });
}

export function errorBodyFixture(code: ErrorCode, extra: Partial<ApiErrorBody> = {}): ApiErrorBody {
  return ApiErrorBody.parse({ code, message: `${code} (test)`, ...extra });
}
