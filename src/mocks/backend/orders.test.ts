// @vitest-environment node
import { ACTIVATION_FEE_CENTS } from '../data/catalog';
import { MAX_KEPT_ORDERS } from './orders';
import { initialState, type MockRequest } from './types';
import {
  START,
  creditBody,
  iphoneLine,
  motoLine,
  ok,
  planOnlyLine,
  refused,
  seed,
  setup,
  signIn,
} from './testing';

const create = (token: string, lines = [iphoneLine], customerId = 'C1000101') => ({
  token,
  body: { customerId, lines },
});

describe('getOffers', () => {
  it('offers plans priced without autopay, devices, bundles and promotions that fit together', () => {
    const { backend } = setup();
    const offers = ok('getOffers', backend.getOffers({ token: signIn(backend, '2015550101') }));
    expect(offers.plans.length).toBeGreaterThanOrEqual(4);
    expect(offers.plans.map((plan) => plan.data)).toContain('15 GB');
    for (const plan of offers.plans) {
      expect(plan.autopayDiscountCents).toBeGreaterThanOrEqual(500);
      expect(plan.autopayDiscountCents).toBeLessThanOrEqual(1000);
    }
    expect(offers.devices.length).toBeGreaterThanOrEqual(5);
    expect(offers.devices.some((device) => !device.esimCapable)).toBe(true);
    expect(offers.devices.every((device) => device.installmentMonths === 36)).toBe(true);
    expect(offers.promotions.length).toBeGreaterThanOrEqual(3);
    expect(offers.promotions.every((promotion) => promotion.conditions.length > 0)).toBe(true);
    expect(offers.bundles.length).toBeGreaterThanOrEqual(2);
    for (const bundle of offers.bundles) {
      expect(offers.plans.some((plan) => plan.id === bundle.planId)).toBe(true);
      expect(offers.devices.some((device) => device.id === bundle.deviceId)).toBe(true);
      expect(offers.promotions.some((promotion) => promotion.id === bundle.promotionId)).toBe(true);
    }
  });

  const offersWith = (soldOutOfferIds: string[]) => {
    const { backend } = setup({ ...initialState(), soldOutOfferIds });
    return ok('getOffers', backend.getOffers({ token: signIn(backend, '2015550101') }));
  };
  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  it.each([
    ['plan', 'unlimited-plus', ['galaxy-s25-plus']],
    ['phone', 'galaxy-s25-128', ['galaxy-s25-plus']],
    ['promotion', 'pixel-9a-on-us', ['pixel-9a-starter']],
    ['bundle', 'iphone-16-pro-premium', ['iphone-16-pro-premium']],
  ])('leaves out a %s that sold out, the bundles with it, and nothing else', (_, id, gone) => {
    const all = offersWith([]);
    const offers = offersWith([id]);
    for (const kind of ['plans', 'devices', 'promotions'] as const) {
      expect(ids(offers[kind])).toEqual(ids(all[kind]).filter((offerId) => offerId !== id));
    }
    expect(ids(offers.bundles)).toEqual(
      ids(all.bundles).filter((bundleId) => !gone.includes(bundleId)),
    );
  });

  it('leaves out sold-out offers and the bundles that use them', () => {
    const { backend } = setup({ ...initialState(), soldOutOfferIds: ['galaxy-s25-128'] });
    const offers = ok('getOffers', backend.getOffers({ token: signIn(backend, '2015550101') }));
    expect(offers.devices.map((device) => device.id)).not.toContain('galaxy-s25-128');
    expect(offers.bundles.map((bundle) => bundle.id)).not.toContain('galaxy-s25-plus');
  });
});

describe('createOrder', () => {
  it('creates an open order whose next step is credit, with totals', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    const order = ok('createOrder', backend.createOrder(create(token, [iphoneLine, motoLine])));
    expect(order).toMatchObject({
      customerId: 'C1000101',
      status: 'open',
      credit: null,
      fulfillment: null,
      nextStep: 'credit',
      createdAt: new Date(START).toISOString(),
    });
    expect(order.id).toMatch(/^ord_\w{12}$/);
    expect(order.lines[0]).toMatchObject({
      planId: 'unlimited-premium',
      planName: 'Unlimited Premium',
      deviceId: 'iphone-16-pro-256',
      deviceName: 'Apple iPhone 16 Pro 256 GB, Desert Titanium',
      promotionId: 'iphone-16-pro-on-us',
      promotionTitle: 'iPhone 16 Pro on us',
      hold: null,
    });
    expect(order.lines[0]?.id).toMatch(/^ln_\w{10}$/);
    expect(order.lines[1]).toMatchObject({
      deviceName: 'Motorola moto g play 64 GB, Sapphire Blue',
    });
    expect(order.lines[1]?.promotionId).toBeUndefined();
    // iPhone: 9000 plan + 3056 installment - 3056 credit; moto: 4500 plan + (14999 - 2999) / 36 = 333.
    expect(order.lines.map((line) => line.monthlyCents)).toEqual([9000, 4500 + 333]);
    expect(order.lines.map((line) => line.dueOnFirstBillCents)).toEqual([
      ACTIVATION_FEE_CENTS,
      2999 + ACTIVATION_FEE_CENTS,
    ]);
    expect(order.lines.map((line) => line.esimCapable)).toEqual([true, false]);
    expect(order.totals).toEqual({
      monthlyCents: 13833,
      dueOnFirstBillCents: 2999 + 2 * ACTIVATION_FEE_CENTS,
      depositCents: 0,
      shippingCents: 0,
      estimatedTaxesCents: Math.round(13833 * 0.06625),
      taxesEstimated: true,
    });
  });

  it("refuses another customer's account", () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    refused(backend.createOrder(create(token, [iphoneLine], 'C1000102')), 403, 'FORBIDDEN');
  });

  it('refuses an account that cannot order online ((201) 555-0107)', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550107');
    refused(
      backend.createOrder(create(token, [iphoneLine], 'C1000107')),
      422,
      'ACCOUNT_CANNOT_ORDER_ONLINE',
    );
  });

  it('lets a customer with two accounts order on either', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550106');
    expect(
      ok('createOrder', backend.createOrder(create(token, [planOnlyLine], 'C1000116'))).customerId,
    ).toBe('C1000116');
  });

  it.each([[[]], [Array.from({ length: 6 }, () => planOnlyLine)]])(
    'refuses %# lines outside 1 to 5',
    (lines) => {
      const { backend } = setup();
      const token = signIn(backend, '2015550101');
      refused(backend.createOrder(create(token, lines)), 400, 'VALIDATION_FAILED');
    },
  );

  it('refuses unknown offers, naming the field', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    const error = refused(
      backend.createOrder(create(token, [planOnlyLine, { planId: 'gold', deviceId: 'brick' }])),
      422,
      'VALIDATION_FAILED',
    );
    expect(error.fieldErrors.map(({ field, code }) => [field, code])).toEqual([
      ['lines.1.planId', 'unknown_offer'],
      ['lines.1.deviceId', 'unknown_offer'],
    ]);
  });

  it('refuses an unknown promotion, naming the field', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    const error = refused(
      backend.createOrder(create(token, [{ ...iphoneLine, promotionId: 'free-phone' }])),
      422,
      'VALIDATION_FAILED',
    );
    expect(error.fieldErrors.map(({ field, code }) => [field, code])).toEqual([
      ['lines.0.promotionId', 'unknown_offer'],
    ]);
  });

  it('refuses a promotion whose conditions the line does not meet', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    const line = {
      planId: 'essentials-15',
      deviceId: 'iphone-16-pro-256',
      promotionId: 'iphone-16-pro-on-us',
    };
    const error = refused(backend.createOrder(create(token, [line])), 422, 'VALIDATION_FAILED');
    expect(error.fieldErrors[0]).toMatchObject({
      field: 'lines.0.promotionId',
      code: 'promotion_conditions_not_met',
    });
  });

  it('refuses an offer that is sold out', () => {
    const { backend } = setup({ ...initialState(), soldOutOfferIds: ['iphone-16-pro-256'] });
    const token = signIn(backend, '2015550101');
    const error = refused(backend.createOrder(create(token)), 409, 'OFFER_UNAVAILABLE');
    expect(error.fieldErrors[0]?.field).toBe('lines.0.deviceId');
  });

  it('names every sold-out offer of every line', () => {
    const soldOutOfferIds = ['unlimited-premium', 'iphone-16-pro-on-us', 'moto-g-play-64'];
    const { backend } = setup({ ...initialState(), soldOutOfferIds });
    const token = signIn(backend, '2015550101');
    const error = refused(
      backend.createOrder(create(token, [iphoneLine, motoLine])),
      409,
      'OFFER_UNAVAILABLE',
    );
    expect(error.fieldErrors.map(({ field, code }) => [field, code])).toEqual([
      ['lines.0.planId', 'offer_unavailable'],
      ['lines.0.promotionId', 'offer_unavailable'],
      ['lines.1.deviceId', 'offer_unavailable'],
    ]);
  });
});

describe('getOrder', () => {
  it("answers the customer's own order, refuses another's and an unknown one", () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit');
    expect(ok('getOrder', backend.getOrder({ token, params })).id).toBe(params.id);
    refused(backend.getOrder({ token: signIn(backend, '2015550102'), params }), 403, 'FORBIDDEN');
    refused(backend.getOrder({ token, params: { id: 'ord_missing' } }), 404, 'NOT_FOUND');
  });

  it('lets the same customer resume after signing in again', () => {
    const { backend } = setup();
    const { params } = seed(backend, '2015550101', 'credit');
    ok('getOrder', backend.getOrder({ token: signIn(backend, 'maya.patel@example.com'), params }));
  });
});

describe('replaceLines', () => {
  it('keeps the lines (and number holds) whose plan and device are unchanged', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'terms', [iphoneLine, motoLine]);
    const before = ok('getOrder', backend.getOrder({ token, params }));
    const after = ok(
      'replaceLines',
      backend.replaceLines({
        token,
        params,
        body: { lines: [planOnlyLine, { ...iphoneLine, promotionId: undefined }] },
      }),
    );
    expect(after.lines[1]).toMatchObject({
      id: before.lines[0]?.id,
      hold: before.lines[0]?.hold,
      promotionId: undefined,
    });
    expect(after.lines[0]).toMatchObject({ hold: null });
    expect(after.lines[0]?.id).not.toBe(before.lines[1]?.id);
    expect(after.fulfillment).toEqual(before.fulfillment);
    expect(after.nextStep).toBe('number');
  });

  it('keeps the id and number hold of a line changed in place: another plan, or another phone', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'review', [iphoneLine, motoLine]);
    const before = ok('getOrder', backend.getOrder({ token, params }));
    // Line 1 takes another plan; line 2 another phone (say, the first one sold out).
    const lines = [
      { planId: 'unlimited-plus', deviceId: iphoneLine.deviceId },
      { planId: motoLine.planId, deviceId: 'pixel-9a-128' },
    ];
    const after = ok('replaceLines', backend.replaceLines({ token, params, body: { lines } }));
    expect(
      after.lines.map(({ id, planId, deviceId, hold }) => ({ id, planId, deviceId, hold })),
    ).toEqual([
      { id: before.lines[0]?.id, ...lines[0], hold: before.lines[0]?.hold },
      { id: before.lines[1]?.id, ...lines[1], hold: before.lines[1]?.hold },
    ]);
    expect(after.lines.every((line) => line.hold !== null)).toBe(true);
    expect(after.nextStep).toBe('review');
  });

  it('gives a new line, without a number, to a line sharing only its plan or its phone', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'terms', [iphoneLine, motoLine]);
    const before = ok('getOrder', backend.getOrder({ token, params }));
    const lines = [
      { planId: iphoneLine.planId, deviceId: 'pixel-9a-128' },
      { planId: 'unlimited-plus', deviceId: motoLine.deviceId },
      planOnlyLine,
    ];
    const after = ok('replaceLines', backend.replaceLines({ token, params, body: { lines } }));
    const beforeIds = before.lines.map((line) => line.id);
    expect(after.lines.map((line) => line.hold)).toEqual([null, null, null]);
    expect(after.lines.filter((line) => beforeIds.includes(line.id))).toEqual([]);
    expect(after.nextStep).toBe('number');
  });

  it('refuses more lines than an applied credit policy allows', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550103', 'shipping');
    const error = refused(
      backend.replaceLines({ token, params, body: { lines: [iphoneLine, planOnlyLine] } }),
      422,
      'LINE_LIMIT_EXCEEDED',
    );
    expect(error.message).toContain('1 line');
    expect(error.fieldErrors).toEqual([
      expect.objectContaining({ field: 'lines', code: 'too_big' }),
    ]);
  });

  it('accepts as many lines as an applied credit policy allows', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550103', 'shipping');
    const order = ok(
      'replaceLines',
      backend.replaceLines({ token, params, body: { lines: [planOnlyLine] } }),
    );
    expect(order.lines.map((line) => line.planId)).toEqual([planOnlyLine.planId]);
  });

  it('refuses changes to an order that is not open', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'review');
    backend.submitOrder({
      token,
      body: { orderId: params.id },
      headers: { 'Idempotency-Key': 'k1' },
    });
    refused(
      backend.replaceLines({ token, params, body: { lines: [planOnlyLine] } }),
      409,
      'ORDER_NOT_OPEN',
    );
  });
});

describe('validateOrder and nextStep', () => {
  it('lists what a new order still needs, each with the step that fixes it', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit', [iphoneLine, planOnlyLine]);
    const result = ok('validateOrder', backend.validateOrder({ token, params }));
    expect(result.valid).toBe(false);
    expect(result.problems.map((problem) => [problem.code, problem.step])).toEqual([
      ['CREDIT_CHECK_REQUIRED', 'credit'],
      ['FULFILLMENT_REQUIRED', 'shipping'],
      ['NUMBER_REQUIRED', 'number'],
      ['NUMBER_REQUIRED', 'number'],
      ['AGREEMENT_REQUIRED', 'terms'],
      ['AGREEMENT_REQUIRED', 'terms'],
      ['AGREEMENT_REQUIRED', 'terms'],
      ['AGREEMENT_REQUIRED', 'terms'],
    ]);
    const order = ok('getOrder', backend.getOrder({ token, params }));
    expect(result.problems.filter((p) => p.lineId).map((p) => p.lineId)).toEqual(
      order.lines.map((l) => l.id),
    );
  });

  it.each(['shipping', 'number', 'terms', 'review'] as const)(
    'has nextStep %s once the earlier steps are done',
    (step) => {
      const { backend } = setup();
      const { token, params } = seed(backend, '2015550101', step);
      expect(ok('getOrder', backend.getOrder({ token, params })).nextStep).toBe(step);
    },
  );

  it.each([
    ['2015550104', 'CREDIT_IN_REVIEW'],
    ['2015550105', 'CREDIT_DECLINED'],
  ] as const)('finds the order of %s stopped at credit: %s', (phone, code) => {
    const { backend } = setup();
    const { token, params } = seed(backend, phone, 'credit');
    backend.submitCredit({ token, params, body: creditBody() });
    const result = ok('validateOrder', backend.validateOrder({ token, params }));
    expect(result).toEqual({
      valid: false,
      problems: [expect.objectContaining({ code, step: 'credit' })],
    });
    expect(result.problems[0]?.message).not.toBe('');
  });

  it('gives every problem words for the logs', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit', [iphoneLine, planOnlyLine]);
    const { problems } = ok('validateOrder', backend.validateOrder({ token, params }));
    for (const { code, message } of problems) expect(message, code).not.toBe('');
  });

  it.each([
    ['a phone without eSIM', motoLine],
    ['a plan without a phone', planOnlyLine],
  ])('sends an eSIM order back to shipping when a line becomes %s', (_, line) => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'review', [iphoneLine]);
    expect(ok('getOrder', backend.getOrder({ token, params })).fulfillment?.simType).toBe('esim');
    backend.replaceLines({ token, params, body: { lines: [line] } });
    const { problems } = ok('validateOrder', backend.validateOrder({ token, params }));
    expect(problems.map((problem) => problem.code)).toEqual(['SIM_TYPE_UNSUPPORTED']);
    expect(problems[0]?.message).not.toBe('');
  });

  it('asks again for an agreement accepted in another version', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'review');
    const state = backend.serialize();
    const order = state.orders[params.id];
    const [first] = order?.fulfillment?.agreements ?? [];
    if (!first) throw new Error('the seeded order has no accepted agreement');
    first.version = `${first.version}-old`;
    backend.restore(state);
    const { problems } = ok('validateOrder', backend.validateOrder({ token, params }));
    expect(problems.map((problem) => problem.code)).toEqual(['AGREEMENT_REQUIRED']);
  });

  it("estimates taxes from the chosen account's service address until there is a shipping address", () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550106');
    const order = ok('createOrder', backend.createOrder(create(token, [planOnlyLine], 'C1000116')));
    expect(order.totals).toMatchObject({
      taxesEstimated: true,
      estimatedTaxesCents: Math.round(order.totals.monthlyCents * 0.08875),
    });
  });

  it('finds a placed order no longer open to change', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'review');
    backend.submitOrder({
      token,
      body: { orderId: params.id },
      headers: { 'Idempotency-Key': 'k' },
    });
    const result = ok('validateOrder', backend.validateOrder({ token, params }));
    expect(result).toEqual({
      valid: false,
      problems: [expect.objectContaining({ code: 'ORDER_SUBMITTED', step: 'review' })],
    });
  });

  it('finds a complete order valid', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'review');
    expect(ok('validateOrder', backend.validateOrder({ token, params }))).toEqual({
      valid: true,
      problems: [],
    });
  });

  it('reports an offer that sold out meanwhile on the cart step', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'review');
    backend.restore({ ...backend.serialize(), soldOutOfferIds: ['unlimited-premium'] });
    const { problems } = ok('validateOrder', backend.validateOrder({ token, params }));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'OFFER_UNAVAILABLE', step: 'cart' }),
    ]);
  });

  it("refuses another customer's order", () => {
    const { backend } = setup();
    const { params } = seed(backend, '2015550101', 'credit');
    refused(
      backend.validateOrder({ token: signIn(backend, '2015550102'), params }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('totals', () => {
  it('adds express shipping and uses the shipping address for taxes, no longer estimated', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'number');
    const order = ok('getOrder', backend.getOrder({ token, params }));
    expect(order.totals.taxesEstimated).toBe(false);
    const nyAddress = { line1: '340 E 23rd St', city: 'New York', state: 'NY', zip: '10010' };
    const express = ok(
      'updateFulfillment',
      backend.updateFulfillment({
        token,
        params,
        body: { deliveryOption: 'express', shippingAddress: nyAddress },
      }),
    );
    expect(express.totals).toMatchObject({
      shippingCents: 1500,
      dueOnFirstBillCents: order.totals.dueOnFirstBillCents + 1500,
      estimatedTaxesCents: Math.round(order.totals.monthlyCents * 0.08875),
    });
  });
});

describe('submitOrder', () => {
  const submit = (token: string, orderId: string, key?: string): MockRequest => ({
    token,
    body: { orderId },
    headers: key ? { 'Idempotency-Key': key } : {},
  });

  it('places a complete order once', () => {
    const { backend, now } = setup();
    const { token, orderId } = seed(backend, '2015550101', 'review');
    const order = ok('submitOrder', backend.submitOrder(submit(token, orderId, 'key-1')));
    expect(order).toMatchObject({
      status: 'submitted',
      submittedAt: new Date(now()).toISOString(),
    });
    expect(order.orderNumber).toMatch(/^W\d{9}$/);
  });

  it('requires an Idempotency-Key', () => {
    const { backend } = setup();
    const { token, orderId } = seed(backend, '2015550101', 'review');
    refused(backend.submitOrder(submit(token, orderId)), 400, 'IDEMPOTENCY_KEY_REQUIRED');
  });

  it('replays the first answer for a retry with the same key and body', () => {
    const { backend, advance } = setup();
    const { token, orderId } = seed(backend, '2015550101', 'review');
    const first = backend.submitOrder(submit(token, orderId, 'key-1'));
    advance(60_000);
    const retry = backend.submitOrder({
      ...submit(token, orderId, 'key-1'),
      headers: { 'idempotency-key': 'key-1' },
    });
    expect(retry.status).toBe(first.status);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers).toEqual({ 'Idempotent-Replayed': 'true' });
    expect(backend.listOrders()).toHaveLength(1);
  });

  it('refuses the same key with a different body', () => {
    const { backend } = setup();
    const { token, orderId } = seed(backend, '2015550101', 'review');
    ok('submitOrder', backend.submitOrder(submit(token, orderId, 'key-1')));
    refused(
      backend.submitOrder(submit(token, 'ord_other', 'key-1')),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('refuses a placed order under a new key', () => {
    const { backend } = setup();
    const { token, orderId } = seed(backend, '2015550101', 'review');
    ok('submitOrder', backend.submitOrder(submit(token, orderId, 'key-1')));
    refused(backend.submitOrder(submit(token, orderId, 'key-2')), 409, 'ORDER_NOT_OPEN');
  });

  it('refuses an incomplete order, and accepts the same key once it is complete', () => {
    const { backend } = setup();
    const { token, orderId, params } = seed(backend, '2015550101', 'terms');
    const error = refused(
      backend.submitOrder(submit(token, orderId, 'key-1')),
      422,
      'ORDER_INVALID',
    );
    const { problems } = ok('validateOrder', backend.validateOrder({ token, params }));
    expect(problems.length).toBeGreaterThan(1);
    expect(error.message).toBe(
      `The order is not ready: ${problems.map((problem) => problem.message).join(' ')}`,
    );
    expect(error.message).toContain('Customer Service Agreement');
    const { agreements } = ok('getAgreements', backend.getAgreements({ token, params }));
    const acceptedAt = new Date().toISOString();
    backend.updateFulfillment({
      token,
      params,
      body: {
        agreements: agreements.map((a) => ({ agreementId: a.id, version: a.version, acceptedAt })),
      },
    });
    ok('submitOrder', backend.submitOrder(submit(token, orderId, 'key-1')));
  });

  it("refuses another customer's order and an unknown one", () => {
    const { backend } = setup();
    const { orderId } = seed(backend, '2015550101', 'review');
    const other = signIn(backend, '2015550102');
    refused(backend.submitOrder(submit(other, orderId, 'key-1')), 403, 'FORBIDDEN');
    refused(backend.submitOrder(submit(other, 'ord_missing', 'key-2')), 404, 'NOT_FOUND');
  });

  it('scopes keys to the customer', () => {
    const { backend } = setup();
    const maya = seed(backend, '2015550101', 'review');
    const daniel = seed(backend, '2015550102', 'review');
    ok('submitOrder', backend.submitOrder(submit(maya.token, maya.orderId, 'shared-key')));
    ok('submitOrder', backend.submitOrder(submit(daniel.token, daniel.orderId, 'shared-key')));
  });

  it(`keeps the last ${MAX_KEPT_ORDERS} orders: an older one goes, with its key, and frees its number`, () => {
    const { backend } = setup();
    const first = seed(backend, '2015550101', 'review');
    const placed = ok('submitOrder', backend.submitOrder(submit(first.token, first.orderId, 'k')));
    const number = placed.lines[0]?.hold?.number ?? '';
    const next = seed(backend, '2015550101', 'number');
    const [line] = ok('getOrder', backend.getOrder(next)).lines;
    const offered = () =>
      ok(
        'searchNumbers',
        backend.searchNumbers({
          ...next,
          body: { lineId: line?.id ?? '', areaCode: number.slice(0, 3) },
        }),
      ).numbers;
    while (backend.listOrders().length < MAX_KEPT_ORDERS) {
      ok('createOrder', backend.createOrder(create(next.token)));
    }
    expect(offered()).not.toContain(number);

    ok('createOrder', backend.createOrder(create(next.token)));
    expect(backend.listOrders()).toHaveLength(MAX_KEPT_ORDERS);
    expect(backend.listOrders()[0]?.id).toBe(next.orderId);
    refused(backend.getOrder({ token: first.token, params: first.params }), 404, 'NOT_FOUND');
    expect(backend.serialize().idempotency).toEqual({});
    expect(offered()).toContain(number);
  });
});
