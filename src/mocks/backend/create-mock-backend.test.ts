// @vitest-environment node
import { operations } from '@/api/contract/operations';
import { createMockBackend } from './create-mock-backend';
import { creditBody, ok, refused, seed, setup, signIn } from './testing';
import { initialState, type MockState } from './types';

describe('createMockBackend', () => {
  it('has one method per operation of the contract', () => {
    const backend = createMockBackend();
    for (const id of Object.keys(operations))
      expect(typeof backend[id as keyof typeof operations]).toBe('function');
  });

  it('keeps its state as plain JSON that a new backend can continue from', () => {
    const { backend, now } = setup();
    const { token, params } = seed(backend, '2015550101', 'terms');
    const state = backend.serialize();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    const restored = createMockBackend({
      now,
      state: JSON.parse(JSON.stringify(state)) as MockState,
    });
    expect(restored.getOrder({ token, params })).toEqual(backend.getOrder({ token, params }));
  });

  it('restores a snapshot in place', () => {
    const { backend } = setup();
    const snapshot = backend.serialize();
    const { token } = seed(backend, '2015550101', 'credit');
    backend.restore(snapshot);
    refused(backend.getOffers({ token }), 401, 'UNAUTHENTICATED');
  });

  it('hands out copies, so changing one does not change the backend', () => {
    const { backend } = setup();
    seed(backend, '2015550101', 'credit');
    const copy = backend.serialize();
    copy.orders = {};
    expect(backend.listOrders()).toHaveLength(1);
  });

  it('forgets sessions and orders on reset', () => {
    const { backend } = setup();
    const { token } = seed(backend, '2015550101', 'credit');
    backend.reset();
    expect(backend.serialize()).toEqual(initialState());
    refused(backend.getOffers({ token }), 401, 'UNAUTHENTICATED');
  });

  it('leaves the state unchanged when it refuses a request', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'terms');
    const before = backend.serialize();
    refused(
      backend.updateFulfillment({
        token,
        params,
        body: {
          deliveryOption: 'express',
          agreements: [
            {
              agreementId: 'service-agreement',
              version: 'old',
              acceptedAt: new Date().toISOString(),
            },
          ],
        },
      }),
      409,
      'AGREEMENT_VERSION_MISMATCH',
    );
    expect(backend.serialize()).toEqual(before);
  });

  it('keeps no SSN, date of birth, code or password after a whole checkout', () => {
    const { backend } = setup();
    backend.generateOtp({ body: { identifier: '2015550102', channel: 'sms' } });
    backend.authenticate({ body: { method: 'otp', identifier: '2015550102', code: '123456' } });
    const { token, params } = seed(backend, '2015550101', 'credit');
    backend.submitCredit({ token, params, body: creditBody() });
    const state = JSON.stringify(backend.serialize());
    for (const secret of [
      '987654321',
      '1985-07-14',
      '123456789',
      '1990-01-01',
      '123456"',
      'Checkout-Demo-1',
    ]) {
      expect(state).not.toContain(secret);
    }
  });

  it('reads headers whatever their case', () => {
    const { backend } = setup();
    const { token, orderId } = seed(backend, '2015550101', 'review');
    ok(
      'submitOrder',
      backend.submitOrder({ token, body: { orderId }, headers: { 'IDEMPOTENCY-KEY': 'k' } }),
    );
  });

  it('refuses an Idempotency-Key longer than 255 characters', () => {
    const { backend } = setup();
    const token = signIn(backend, '2015550101');
    const headers = { 'Idempotency-Key': 'k'.repeat(256) };
    refused(
      backend.submitOrder({ token, body: { orderId: 'x' }, headers }),
      400,
      'IDEMPOTENCY_KEY_REQUIRED',
    );
  });
});
