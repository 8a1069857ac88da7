/**
 * Drives the mock through its MSW handlers, as the app does, and checks every answer against
 * the contract: the operation's status and response schema, or a declared error status with
 * the one error shape.
 */
import { errorCasesOf } from '@/api/contract/openapi';
import { operations, type Operation, type OperationId } from '@/api/contract/operations';
import { orderTransitions } from '@/api/contract/order-states';
import { sandboxTimeRules } from '@/api/contract/sandbox';
import { ApiErrorBody, type Address, type Order } from '@/api/contract/schemas';
import type { ResponseOf } from './backend/types';
import { createSoftwarePasskey, registrationClientData } from './backend/webauthn-testing';
import { SeedResult } from './seed';

interface Call {
  token?: string;
  id?: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

const seen = new Set<string>();

async function call(operationId: OperationId, { token, id, query, body, headers }: Call = {}) {
  const operation: Operation = operations[operationId];
  const search = query ? `?${new URLSearchParams(query).toString()}` : '';
  const response = await fetch(
    `http://localhost${operation.path.replace('{id}', id ?? '')}${search}`,
    {
      method: operation.method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
  );
  const text = await response.text();
  const json: unknown = text === '' ? null : JSON.parse(text);
  const where = `${operationId} answered ${response.status} ${text}`;
  if (response.status === operation.status) {
    if (operation.response === null) expect(text, where).toBe('');
    // toEqual after parsing also catches fields the contract does not have.
    else expect(operation.response.parse(json), where).toEqual(json);
  } else {
    const body = ApiErrorBody.parse(json);
    expect(body, where).toEqual(json);
    // The status and code are among the ones the document lists for this operation.
    const documented = errorCasesOf(operationId).map(({ status, code }) => `${status} ${code}`);
    expect(documented, where).toContain(`${response.status} ${body.code}`);
  }
  seen.add(`${operationId} ${response.status}`);
  return { status: response.status, json };
}

/** Calls an operation that must succeed and returns its typed body. */
async function expectOk<K extends OperationId>(
  operationId: K,
  request: Call = {},
): Promise<ResponseOf<K>> {
  const { status, json } = await call(operationId, request);
  expect(status).toBe(operations[operationId].status);
  const schema = operations[operationId].response;
  return (schema ? schema.parse(json) : undefined) as ResponseOf<K>;
}

async function expectError(operationId: OperationId, request: Call, status: number, code: string) {
  const result = await call(operationId, request);
  expect({ status: result.status, code: ApiErrorBody.parse(result.json).code }).toEqual({
    status,
    code,
  });
  return ApiErrorBody.parse(result.json);
}

async function seedAt(step: string, phone = '2015550101') {
  const response = await fetch('http://localhost/__mock/seed', {
    method: 'POST',
    body: JSON.stringify({ phone, step }),
  });
  expect(response.status).toBe(201);
  const { session, orderId } = SeedResult.parse(await response.json());
  return { token: session.token, id: orderId };
}

const now = () => new Date().toISOString();

/** The order is where the state machine's row for this successful call says it goes. */
function expectMovedBy(call: OperationId, order: Order) {
  const row = orderTransitions.find(
    (transition) => transition.call === call && transition.status === order.status,
  );
  expect(row, `${call} left the order ${order.status}`).toBeDefined();
  expect(order.nextStep, `nextStep after ${call}`).toBe(row?.nextStep);
}

describe('the mock honours the contract', () => {
  it('on the happy path of (201) 555-0101, through all nine steps', async () => {
    // 1 Sign in
    const { methods } = await expectOk('getAuthMethods');
    expect(methods.map((method) => method.type)).toContain('otp');
    await expectOk('generateOtp', { body: { identifier: '(201) 555-0101', channel: 'sms' } });
    const session = await expectOk('authenticate', {
      body: { method: 'otp', identifier: '201-555-0101', code: '123456' },
    });
    const token = session.token;

    // 2 Account
    const [customer] = (await expectOk('getCustomers', { token, query: { phone: '2015550101' } }))
      .customers;
    if (!customer) throw new Error('no customer');

    // 3 Offers, 4 Cart
    const offers = await expectOk('getOffers', { token });
    const bundle = offers.bundles[0];
    if (!bundle) throw new Error('no bundle');
    const bundleLine = {
      planId: bundle.planId,
      deviceId: bundle.deviceId,
      promotionId: bundle.promotionId,
    };
    let order = await expectOk('createOrder', {
      token,
      body: { customerId: customer.id, lines: [bundleLine] },
    });
    expectMovedBy('createOrder', order);
    const id = order.id;
    order = await expectOk('replaceLines', {
      token,
      id,
      body: { lines: [bundleLine, { planId: 'unlimited-plus', deviceId: 'pixel-9a-128' }] },
    });
    expect(order.lines).toHaveLength(2);
    await expectOk('getOrder', { token, id });

    // 5 Credit
    const credit = await expectOk('submitCredit', {
      token,
      id,
      body: {
        authorization: { accepted: true, disclosureVersion: '2025.1', acceptedAt: now() },
        ssn: '987654321',
        dateOfBirth: '1985-07-14',
        address: customer.serviceAddress,
      },
    });
    expect(credit.decision).toBe('approved');
    expectMovedBy('submitCredit', await expectOk('getOrder', { token, id }));
    const policy = await expectOk('getCreditPolicy', { token, id });
    order = await expectOk('applyCreditPolicy', {
      token,
      id,
      body: { referenceId: policy.referenceId },
    });
    expectMovedBy('applyCreditPolicy', order);

    // 6 Shipping
    const address: Address = customer.serviceAddress;
    order = await expectOk('createFulfillment', {
      token,
      id,
      body: {
        shippingAddress: address,
        e911Address: address,
        deliveryOption: 'standard',
        simType: 'esim',
      },
    });
    expectMovedBy('createFulfillment', order);
    order = await expectOk('updateFulfillment', { token, id, body: { deliveryOption: 'express' } });
    expect(order.totals.shippingCents).toBeGreaterThan(0);

    // 7 Number, for each line; release and take another on the way
    for (const line of order.lines) {
      const { numbers } = await expectOk('searchNumbers', {
        token,
        id,
        body: { lineId: line.id, zip: address.zip },
      });
      const [first = '', second = ''] = numbers;
      await expectOk('reserveNumber', { token, id, body: { lineId: line.id, number: first } });
      await expectOk('releaseNumber', { token, id, body: { lineId: line.id } });
      order = await expectOk('reserveNumber', {
        token,
        id,
        body: { lineId: line.id, number: second },
      });
    }
    expectMovedBy('reserveNumber', order);

    // 8 Terms, one agreement at a time
    const { agreements } = await expectOk('getAgreements', {
      token,
      id,
      headers: { 'Accept-Language': 'en-US' },
    });
    for (const agreement of agreements) {
      order = await expectOk('updateFulfillment', {
        token,
        id,
        body: {
          agreements: [
            { agreementId: agreement.id, version: agreement.version, acceptedAt: now() },
          ],
        },
      });
    }
    expectMovedBy('updateFulfillment', order);

    // 9 Review and submit, retried once
    expect(await expectOk('validateOrder', { token, id })).toEqual({ valid: true, problems: [] });
    const headers = { 'Idempotency-Key': crypto.randomUUID() };
    const placed = await expectOk('submitOrder', { token, body: { orderId: id }, headers });
    const retried = await expectOk('submitOrder', { token, body: { orderId: id }, headers });
    expect(retried).toEqual(placed);
    expectMovedBy('submitOrder', placed);

    await expectOk('signOut', { token });
    const all = (await (await fetch('http://localhost/__mock/orders')).json()) as {
      orders: unknown[];
    };
    expect(all.orders).toHaveLength(1);
  });

  it('when it refuses sign-in', async () => {
    await expectError(
      'generateOtp',
      { body: { identifier: 'nonsense', channel: 'sms' } },
      400,
      'VALIDATION_FAILED',
    );
    await expectOk('generateOtp', { body: { identifier: '2015550101', channel: 'email' } });
    await expectError(
      'generateOtp',
      { body: { identifier: '2015550101', channel: 'email' } },
      429,
      'OTP_COOLDOWN',
    );
    await expectOk('generateOtp', { body: { identifier: '2015550199', channel: 'sms' } });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const error = await expectError(
        'authenticate',
        { body: { method: 'otp', identifier: '2015550199', code: '123456' } },
        401,
        'OTP_INVALID',
      );
      expect(error.attemptsRemaining).toBe(4 - attempt);
    }
    const locked = await expectError(
      'authenticate',
      { body: { method: 'password', identifier: '2015550199', password: 'x' } },
      423,
      'SIGN_IN_LOCKED',
    );
    expect(locked.retryAt).toBeDefined();
    await expectError(
      'authenticate',
      { body: { method: 'password', identifier: '2015550102', password: 'wrong' } },
      401,
      'PASSWORD_INVALID',
    );
    await expectError('authenticate', { body: { method: 'passkey' } }, 400, 'VALIDATION_FAILED');
    await expectError('signOut', {}, 401, 'UNAUTHENTICATED');
    await expectError('getOffers', { token: 'made-up-token-123456' }, 401, 'UNAUTHENTICATED');
  });

  it('for passkeys: registration after sign-in, then sign-in with a single-use challenge', async () => {
    // The browser mock's passkeys belong to the page's origin; here, jsdom's.
    const { origin, hostname: rpId } = window.location;
    const daniel = await seedAt('credit', '2015550102');
    const options = await expectOk('getPasskeyRegistrationOptions', { token: daniel.token });
    expect(options.excludeCredentials).toEqual([]);
    const passkey = await createSoftwarePasskey();
    const registration = {
      id: passkey.id,
      clientDataJSON: registrationClientData(options.challenge, origin),
      publicKey: passkey.publicKey,
      publicKeyAlgorithm: -7,
    };
    await expectOk('registerPasskey', { token: daniel.token, body: registration });
    await expectError(
      'registerPasskey',
      { token: daniel.token, body: registration },
      422,
      'PASSKEY_INVALID',
    );
    await expectError('getPasskeyRegistrationOptions', {}, 401, 'UNAUTHENTICATED');

    const signInBody = async (identifier = '2015550102') => {
      const { challenge } = await expectOk('getPasskeyChallenge');
      return {
        method: 'passkey',
        identifier,
        credential: await passkey.assert({ challenge, origin, rpId }),
      };
    };
    const first = await signInBody();
    expect((await expectOk('authenticate', { body: first })).customerId).toBe('C1000102');
    await expectError('authenticate', { body: first }, 401, 'PASSKEY_INVALID');
    await expectError(
      'authenticate',
      { body: await signInBody('2015550103') },
      401,
      'PASSKEY_NOT_FOUND',
    );
  });

  it('when it refuses ownership, unknown orders and accounts', async () => {
    const maya = await seedAt('review');
    const daniel = await seedAt('credit', '2015550102');
    await expectError(
      'getCustomers',
      { token: daniel.token, query: { customerId: 'C1000101' } },
      403,
      'FORBIDDEN',
    );
    await expectError('getOrder', { token: daniel.token, id: maya.id }, 403, 'FORBIDDEN');
    await expectError('getOrder', { token: daniel.token, id: 'ord_nope' }, 404, 'NOT_FOUND');
    await expectError('getAgreements', { token: daniel.token, id: 'ord_nope' }, 404, 'NOT_FOUND');
    await expectError('validateOrder', { token: daniel.token, id: maya.id }, 403, 'FORBIDDEN');
    await expectError(
      'createOrder',
      {
        token: daniel.token,
        body: { customerId: 'C1000101', lines: [{ planId: 'unlimited-plus' }] },
      },
      403,
      'FORBIDDEN',
    );
    const taylor = await expectOk('authenticate', {
      body: { method: 'password', identifier: '2015550107', password: 'Checkout-Demo-1' },
    });
    await expectError(
      'createOrder',
      {
        token: taylor.token,
        body: { customerId: 'C1000107', lines: [{ planId: 'unlimited-plus' }] },
      },
      422,
      'ACCOUNT_CANNOT_ORDER_ONLINE',
    );
  });

  it('when steps come out of order or the cart is wrong', async () => {
    const order = await seedAt('credit');
    const lines = [{ planId: 'unlimited-plus' }];
    await expectError(
      'createOrder',
      { token: order.token, body: { customerId: 'C1000101', lines: [{ planId: 'x' }] } },
      422,
      'VALIDATION_FAILED',
    );
    await expectError(
      'createOrder',
      { token: order.token, body: { customerId: 'C1000101', lines: [] } },
      400,
      'VALIDATION_FAILED',
    );
    await expectError('getCreditPolicy', order, 409, 'STEP_OUT_OF_ORDER');
    await expectError(
      'applyCreditPolicy',
      { ...order, body: { referenceId: 'CR-1' } },
      409,
      'STEP_OUT_OF_ORDER',
    );
    const address = { line1: '221 Washington St', city: 'Hoboken', state: 'NJ', zip: '07030' };
    const delivery = {
      shippingAddress: address,
      e911Address: address,
      deliveryOption: 'standard',
      simType: 'physical',
    };
    await expectError('createFulfillment', { ...order, body: delivery }, 409, 'STEP_OUT_OF_ORDER');
    await expectError(
      'updateFulfillment',
      { ...order, body: { simType: 'physical' } },
      409,
      'STEP_OUT_OF_ORDER',
    );
    await expectError(
      'searchNumbers',
      { ...order, body: { lineId: 'ln_x', areaCode: '201' } },
      404,
      'NOT_FOUND',
    );
    await expectError(
      'submitOrder',
      { token: order.token, body: { orderId: order.id }, headers: { 'Idempotency-Key': 'k1' } },
      422,
      'ORDER_INVALID',
    );
    await expectError(
      'submitOrder',
      { token: order.token, body: { orderId: order.id } },
      400,
      'IDEMPOTENCY_KEY_REQUIRED',
    );
    await expectOk('replaceLines', { ...order, body: { lines } });

    const atShipping = await seedAt('shipping');
    const lineId = (await expectOk('getOrder', atShipping)).lines[0]?.id ?? '';
    await expectError(
      'searchNumbers',
      { ...atShipping, body: { lineId, areaCode: '201' } },
      409,
      'STEP_OUT_OF_ORDER',
    );
    await expectError(
      'reserveNumber',
      { ...atShipping, body: { lineId, number: '2015550120' } },
      409,
      'STEP_OUT_OF_ORDER',
    );
    const poBox = { ...address, line1: 'PO Box 12' };
    await expectError(
      'createFulfillment',
      { ...atShipping, body: { ...delivery, shippingAddress: poBox } },
      422,
      'ADDRESS_UNDELIVERABLE',
    );
    const vague = await expectError(
      'createFulfillment',
      {
        ...atShipping,
        body: { ...delivery, shippingAddress: { ...address, line1: '500 Main St' } },
      },
      422,
      'ADDRESS_AMBIGUOUS',
    );
    expect(vague.suggestions?.length).toBeGreaterThanOrEqual(2);

    const atNumber = await seedAt('number');
    await expectError(
      'createFulfillment',
      { ...atNumber, body: delivery },
      409,
      'STEP_OUT_OF_ORDER',
    );
    const agreement = { agreementId: 'service-agreement', version: '2025.2', acceptedAt: now() };
    await expectError(
      'updateFulfillment',
      { ...atNumber, body: { agreements: [agreement] } },
      409,
      'STEP_OUT_OF_ORDER',
    );
    const empty = await expectOk('searchNumbers', {
      ...atNumber,
      body: { lineId: (await expectOk('getOrder', atNumber)).lines[0]?.id ?? '', areaCode: '999' },
    });
    expect(empty.numbers).toEqual([]);
    expect(empty.nearbyAreaCodes.length).toBeGreaterThan(0);

    const atTerms = await seedAt('terms');
    const old = { ...agreement, version: '2020.1' };
    await expectError(
      'updateFulfillment',
      { ...atTerms, body: { agreements: [old] } },
      409,
      'AGREEMENT_VERSION_MISMATCH',
    );
    const other = await seedAt('terms', '2015550102');
    const taken = (await expectOk('getOrder', atTerms)).lines[0]?.hold?.number ?? '';
    const otherLine = (await expectOk('getOrder', other)).lines[0]?.id ?? '';
    await expectError(
      'reserveNumber',
      { ...other, body: { lineId: otherLine, number: taken } },
      409,
      'NUMBER_TAKEN',
    );
    await expectError('releaseNumber', { ...other, body: { lineId: 'ln_x' } }, 404, 'NOT_FOUND');
  });

  it('for the credit outcomes of every persona', async () => {
    const creditBody = (address: Address) => ({
      authorization: { accepted: true, disclosureVersion: '2025.1', acceptedAt: now() },
      ssn: '987654321',
      dateOfBirth: '1985-07-14',
      address,
    });
    const address = { line1: '1 Main St', city: 'Hoboken', state: 'NJ', zip: '07030' };
    const outcomes: Record<string, string> = {
      '2015550101': 'approved',
      '2015550102': 'approved_with_deposit',
      '2015550103': 'approved_with_conditions',
      '2015550104': 'manual_review',
      '2015550105': 'declined',
    };
    for (const [phone, decision] of Object.entries(outcomes)) {
      const order = await seedAt('credit', phone);
      await expectError(
        'submitCredit',
        { ...order, body: { ...creditBody(address), ssn: '12' } },
        400,
        'VALIDATION_FAILED',
      );
      expect(
        (await expectOk('submitCredit', { ...order, body: creditBody(address) })).decision,
      ).toBe(decision);
      const policy = await expectOk('getCreditPolicy', order);
      if (decision === 'manual_review' || decision === 'declined') {
        await expectError(
          'applyCreditPolicy',
          { ...order, body: { referenceId: policy.referenceId } },
          409,
          'ORDER_NOT_OPEN',
        );
        await expectError(
          'replaceLines',
          { ...order, body: { lines: [{ planId: 'unlimited-plus' }] } },
          409,
          'ORDER_NOT_OPEN',
        );
        expect((await expectOk('validateOrder', order)).valid).toBe(false);
      } else {
        await expectError(
          'applyCreditPolicy',
          { ...order, body: { referenceId: policy.referenceId, keepLineIds: ['ln_unknown'] } },
          422,
          'VALIDATION_FAILED',
        );
        await expectOk('applyCreditPolicy', {
          ...order,
          body: { referenceId: policy.referenceId },
        });
      }
    }
    const capped = await seedAt('shipping', '2015550103');
    await expectError(
      'replaceLines',
      { ...capped, body: { lines: [{ planId: 'unlimited-plus' }, { planId: 'essentials-15' }] } },
      422,
      'LINE_LIMIT_EXCEEDED',
    );
  });

  it('when an order is submitted', async () => {
    const order = await seedAt('review');
    const submit = (key: string, orderId = order.id) => ({
      token: order.token,
      body: { orderId },
      headers: { 'Idempotency-Key': key },
    });
    await expectOk('submitOrder', submit('first'));
    await expectError('submitOrder', submit('first', 'ord_other'), 422, 'IDEMPOTENCY_KEY_REUSED');
    await expectError('submitOrder', submit('second'), 409, 'ORDER_NOT_OPEN');
    await expectError('submitOrder', submit('third', 'ord_unknown'), 404, 'NOT_FOUND');
    await expectError(
      'updateFulfillment',
      { ...order, body: { deliveryOption: 'express' } },
      409,
      'ORDER_NOT_OPEN',
    );
    expect((await expectOk('validateOrder', order)).problems[0]?.code).toBe('ORDER_SUBMITTED');
  });

  it("moves time with the sandbox's test clock: a hold expires", async () => {
    const order = await seedAt('review');
    const clock = await expectOk('advanceSandboxClock', {
      body: { advanceSeconds: sandboxTimeRules.numberHold + 1 },
    });
    expect(Date.parse(clock.now) - Date.now()).toBeGreaterThan(15 * 60 * 1000);
    const { problems } = await expectOk('validateOrder', order);
    expect(problems.map(({ code, step }) => `${code} ${step}`)).toEqual(['HOLD_EXPIRED number']);
    expect((await expectOk('getOrder', order)).nextStep).toBe('number');
  });

  it('for hand-offs: opened, texted, read, redeemed and claimed once, by its customer', async () => {
    const kiosk = await seedAt('terms');
    const tokenOf = (token: string) => ({ body: { token } });
    expect(await expectOk('getHandoff', kiosk)).toEqual({ state: 'none' });
    await expectError('sendHandoffLink', kiosk, 404, 'NOT_FOUND');
    await expectError('createHandoff', { token: kiosk.token, id: 'ord_nope' }, 404, 'NOT_FOUND');
    const handoff = await expectOk('createHandoff', kiosk);
    await expectOk('sendHandoffLink', kiosk);
    await expectError('sendHandoffLink', kiosk, 429, 'HANDOFF_LINK_RATE_LIMITED');
    const { messages } = (await (await fetch('http://localhost/__mock/messages')).json()) as {
      messages: { to: string; body: string }[];
    };
    expect(messages.map(({ to }) => to)).toEqual(['2015550101']);
    expect(messages[0]?.body).toContain(`/continue#${handoff.token}`);
    const lineId = (await expectOk('getOrder', kiosk)).lines[0]?.id ?? '';
    await expectError('releaseNumber', { ...kiosk, body: { lineId } }, 409, 'HANDOFF_OPEN');

    expect(await expectOk('getHandoffTokenState', tokenOf(handoff.token))).toEqual({
      state: 'valid',
    });
    await expectError('getHandoffTokenState', tokenOf('x'.repeat(43)), 404, 'NOT_FOUND');
    const wrong = { body: { code: handoff.code === '22222222' ? '33333333' : '22222222' } };
    await expectError('redeemHandoffCode', wrong, 422, 'HANDOFF_CODE_INVALID');
    expect(await expectOk('redeemHandoffCode', { body: { code: handoff.code } })).toEqual({
      token: handoff.token,
    });

    const daniel = await seedAt('credit', '2015550102');
    const claimFor = (token: string) => ({ token, ...tokenOf(handoff.token) });
    await expectError('claimHandoff', claimFor(daniel.token), 403, 'FORBIDDEN');
    const phone = await seedAt('credit');
    expect(await expectOk('claimHandoff', claimFor(phone.token))).toEqual({
      orderId: kiosk.id,
      nextStep: 'terms',
    });
    await expectError('getOrder', kiosk, 401, 'SESSION_HANDED_OFF');
    const onPhone = { token: phone.token, id: kiosk.id };
    expect((await expectOk('getHandoff', onPhone)).state).toBe('claimed');
    await expectError('sendHandoffLink', onPhone, 409, 'HANDOFF_USED');
    await expectError('redeemHandoffCode', { body: { code: handoff.code } }, 409, 'HANDOFF_USED');
    const again = await seedAt('credit');
    await expectError('claimHandoff', claimFor(again.token), 409, 'HANDOFF_USED');

    const next = await expectOk('createHandoff', onPhone);
    await expectOk('advanceSandboxClock', {
      body: { advanceSeconds: sandboxTimeRules.handoffTtl },
    });
    expect(await expectOk('getHandoffTokenState', tokenOf(next.token))).toEqual({
      state: 'expired',
    });
    await expectError(
      'claimHandoff',
      { token: again.token, ...tokenOf(next.token) },
      409,
      'HANDOFF_EXPIRED',
    );
    await expectError('redeemHandoffCode', { body: { code: next.code } }, 409, 'HANDOFF_EXPIRED');
    await expectError('sendHandoffLink', onPhone, 409, 'HANDOFF_EXPIRED');
    // One wrong code above, three more, and the fifth locks code entry.
    for (const remaining of [3, 2, 1]) {
      const error = await expectError('redeemHandoffCode', wrong, 422, 'HANDOFF_CODE_INVALID');
      expect(error.attemptsRemaining).toBe(remaining);
    }
    await expectError('redeemHandoffCode', wrong, 423, 'HANDOFF_CODE_LOCKED');
  });

  it('exercising every operation, each with its success status', () => {
    for (const [id, operation] of Object.entries(operations) as [OperationId, Operation][]) {
      expect(seen, id).toContain(`${id} ${operation.status}`);
    }
  });
});
