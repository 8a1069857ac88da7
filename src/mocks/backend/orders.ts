import type { OffersResponse } from '@/api/contract/schemas';
import { catalog, localizeCatalog } from '../data/catalog';
import { sessionPersona } from './customers';
import { fail } from './errors';
import { CONTENT_LANGUAGE_TAG } from './language';
import { buildLines, orderView, problemsOf, requireOpen, requireOrder } from './order-model';
import { appliedPolicy } from './policy';
import { randomDigits, randomString } from './random';
import type { Context, MockState, OperationImpls, StoredOrder } from './types';

/**
 * How many orders the mock keeps, however long it runs. Past it the oldest is forgotten, so a
 * kiosk's day of customers neither grows the server's memory (and the copy of the state each
 * call makes) nor keeps every placed order's number out of the inventory. Far more than a test
 * or a demo looks back on.
 */
export const MAX_KEPT_ORDERS = 50;

/** Forgets the oldest orders past MAX_KEPT_ORDERS, with the record of their submission. */
function forgetOldestOrders(state: MockState): void {
  // Orders are kept in the order they were created (string keys keep insertion order).
  const ids = Object.keys(state.orders);
  const forgotten = new Set(ids.slice(0, Math.max(0, ids.length - MAX_KEPT_ORDERS)));
  if (forgotten.size === 0) return;
  for (const id of forgotten) delete state.orders[id];
  for (const [key, record] of Object.entries(state.idempotency)) {
    if (forgotten.has(record.orderId)) delete state.idempotency[key];
  }
}

function availableOffers(ctx: Context): OffersResponse {
  const soldOut = new Set(ctx.state.soldOutOfferIds);
  const offered = (id: string | undefined) => id === undefined || !soldOut.has(id);
  return {
    ...catalog,
    plans: catalog.plans.filter((plan) => offered(plan.id)),
    devices: catalog.devices.filter((device) => offered(device.id)),
    promotions: catalog.promotions.filter((promotion) => offered(promotion.id)),
    bundles: catalog.bundles.filter(
      (b) => offered(b.id) && offered(b.planId) && offered(b.deviceId) && offered(b.promotionId),
    ),
  };
}

export function lineLimitExceeded(maxLines: number) {
  return fail(
    422,
    'LINE_LIMIT_EXCEEDED',
    `The credit decision allows at most ${maxLines} line(s).`,
    {
      fieldErrors: [{ field: 'lines', code: 'too_big', message: `At most ${maxLines} line(s).` }],
    },
  );
}

export const orderOperations: Pick<
  OperationImpls,
  'getOffers' | 'createOrder' | 'getOrder' | 'replaceLines' | 'validateOrder' | 'submitOrder'
> = {
  getOffers: (ctx) => {
    const language = ctx.language ?? 'en';
    return {
      status: 200,
      body: localizeCatalog(availableOffers(ctx), language),
      headers: { 'Content-Language': CONTENT_LANGUAGE_TAG[language] },
    };
  },

  createOrder: (ctx, { session, body }) => {
    const persona = sessionPersona(session);
    const account = persona.accounts.find((candidate) => candidate.customerId === body.customerId);
    if (!account) throw fail(403, 'FORBIDDEN', 'This account belongs to another customer.');
    if (!account.canOrderOnline) {
      throw fail(
        422,
        'ACCOUNT_CANNOT_ORDER_ONLINE',
        'This account cannot order online; visit a store or call us.',
      );
    }
    const order: StoredOrder = {
      id: `ord_${randomString(12)}`,
      personaId: persona.id,
      customerId: account.customerId,
      status: 'open',
      lines: buildLines(ctx, body.lines),
      credit: null,
      fulfillment: null,
      createdAt: new Date(ctx.now).toISOString(),
    };
    ctx.state.orders[order.id] = order;
    forgetOldestOrders(ctx.state);
    return { status: 201, body: orderView(ctx, order) };
  },

  getOrder: (ctx, { session, params }) => ({
    status: 200,
    body: orderView(ctx, requireOrder(ctx, session, params.id)),
  }),

  replaceLines: (ctx, { session, params, body }) => {
    const order = requireOrder(ctx, session, params.id);
    requireOpen(order);
    const policy = appliedPolicy(order);
    if (policy && body.lines.length > policy.maxLines) throw lineLimitExceeded(policy.maxLines);
    order.lines = buildLines(ctx, body.lines, order.lines);
    return { status: 200, body: orderView(ctx, order) };
  },

  validateOrder: (ctx, { session, params }) => {
    const problems = problemsOf(ctx, requireOrder(ctx, session, params.id));
    return { status: 200, body: { valid: problems.length === 0, problems } };
  },

  submitOrder: (ctx, { session, body, headers }) => {
    const key = `${session.personaId}:${headers['idempotency-key'] ?? ''}`;
    const fingerprint = JSON.stringify(body);
    const previous = ctx.state.idempotency[key];
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw fail(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for a different request.',
        );
      }
      return {
        status: previous.status,
        body: previous.body,
        headers: { 'Idempotent-Replayed': 'true' },
      };
    }

    const order = requireOrder(ctx, session, body.orderId);
    requireOpen(order);
    const problems = problemsOf(ctx, order);
    if (problems.length > 0) {
      throw fail(
        422,
        'ORDER_INVALID',
        `The order is not ready: ${problems.map((p) => p.message).join(' ')}`,
      );
    }
    order.status = 'submitted';
    order.orderNumber = `W${randomDigits(9)}`;
    order.submittedAt = new Date(ctx.now).toISOString();
    const response = { status: 201, body: orderView(ctx, order) };
    // Only a placed order is remembered: a refused attempt may be retried with the same key.
    ctx.state.idempotency[key] = { orderId: order.id, fingerprint, ...response };
    return response;
  },
};
