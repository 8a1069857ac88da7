// @vitest-environment node
import type { Address } from '@/api/contract/schemas';
import { ambiguousSuggestions } from '../data/addresses';
import {
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

const home: Address = {
  line1: '221 Washington St',
  line2: 'Apt 4',
  city: 'Hoboken',
  state: 'NJ',
  zip: '07030',
};
const delivery = (
  shippingAddress: Address = home,
  e911Address: Address = shippingAddress,
  simType = 'esim',
) => ({
  shippingAddress,
  e911Address,
  deliveryOption: 'standard',
  simType,
});

describe('createFulfillment', () => {
  it('sets delivery once the credit policy is applied; taxes are then no longer estimated', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'shipping');
    const order = ok(
      'createFulfillment',
      backend.createFulfillment({ token, params, body: delivery() }),
    );
    expect(order.fulfillment).toEqual({ ...delivery(), agreements: [] });
    expect(order.totals.taxesEstimated).toBe(false);
    expect(order.nextStep).toBe('number');
  });

  it('refuses before the credit check and before the policy is applied', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit');
    const error = refused(
      backend.createFulfillment({ token, params, body: delivery() }),
      409,
      'STEP_OUT_OF_ORDER',
    );
    expect(error.message).toMatch(/credit/);
    ok('submitCredit', backend.submitCredit({ token, params, body: creditBody() }));
    refused(
      backend.createFulfillment({ token, params, body: delivery() }),
      409,
      'STEP_OUT_OF_ORDER',
    );
  });

  it('refuses a second POST and points to PATCH', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'number');
    expect(
      refused(
        backend.createFulfillment({ token, params, body: delivery() }),
        409,
        'STEP_OUT_OF_ORDER',
      ).message,
    ).toMatch(/PATCH/);
  });

  it('refuses a PO Box as undeliverable, naming line1', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'shipping');
    const poBox = { ...home, line1: 'PO Box 1234', line2: undefined };
    const error = refused(
      backend.createFulfillment({ token, params, body: delivery(poBox, home) }),
      422,
      'ADDRESS_UNDELIVERABLE',
    );
    expect(error.fieldErrors).toEqual([
      {
        field: 'shippingAddress.line1',
        code: 'undeliverable',
        message: expect.any(String) as unknown,
      },
    ]);
    const e911 = refused(
      backend.createFulfillment({
        token,
        params,
        body: delivery(home, { ...poBox, line1: 'P.O. Box 9' }),
      }),
      422,
      'ADDRESS_UNDELIVERABLE',
    );
    expect(e911.fieldErrors[0]?.field).toBe('e911Address.line1');
  });

  it('refuses a state that is not a US state', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'shipping');
    const error = refused(
      backend.createFulfillment({ token, params, body: delivery({ ...home, state: 'ZZ' }) }),
      422,
      'ADDRESS_UNDELIVERABLE',
    );
    expect(error.fieldErrors.map((fieldError) => fieldError.field)).toEqual([
      'shippingAddress.state',
      'e911Address.state',
    ]);
  });

  it('offers suggestions for an ambiguous address (500 Main St) and accepts a suggestion', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'shipping');
    const vague = { line1: '500 Main Street', city: 'Hackensak', state: 'NJ', zip: '07601' };
    const error = refused(
      backend.createFulfillment({ token, params, body: delivery(vague, home) }),
      422,
      'ADDRESS_AMBIGUOUS',
    );
    expect(error.suggestions).toEqual(ambiguousSuggestions);
    expect(error.fieldErrors[0]?.field).toBe('shippingAddress.line1');
    const picked = ambiguousSuggestions[1];
    if (!picked) throw new Error('no suggestion');
    ok(
      'createFulfillment',
      backend.createFulfillment({ token, params, body: delivery(picked, home) }),
    );
  });

  it('refuses an eSIM when a device cannot use one', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'shipping', [iphoneLine, motoLine]);
    const error = refused(
      backend.createFulfillment({ token, params, body: delivery() }),
      422,
      'VALIDATION_FAILED',
    );
    expect(error.fieldErrors[0]?.field).toBe('simType');
    ok(
      'createFulfillment',
      backend.createFulfillment({ token, params, body: delivery(home, home, 'physical') }),
    );
  });

  it("refuses another customer's order", () => {
    const { backend } = setup();
    const { params } = seed(backend, '2015550101', 'shipping');
    refused(
      backend.createFulfillment({ token: signIn(backend, '2015550102'), params, body: delivery() }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('updateFulfillment', () => {
  it('refuses before the first POST', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'shipping');
    refused(
      backend.updateFulfillment({ token, params, body: { deliveryOption: 'express' } }),
      409,
      'STEP_OUT_OF_ORDER',
    );
  });

  it('changes only the given fields, checking addresses again', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'number');
    const e911 = { line1: '9 Linden Ave', city: 'Fort Lee', state: 'NJ', zip: '07024' };
    const order = ok(
      'updateFulfillment',
      backend.updateFulfillment({ token, params, body: { e911Address: e911 } }),
    );
    expect(order.fulfillment).toMatchObject({
      e911Address: e911,
      simType: 'esim',
      deliveryOption: 'standard',
    });
    refused(
      backend.updateFulfillment({
        token,
        params,
        body: { shippingAddress: { ...e911, line1: 'PO Box 7' } },
      }),
      422,
      'ADDRESS_UNDELIVERABLE',
    );
  });

  it('reports an eSIM that lines changed since then no longer support on the shipping step', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'terms');
    const order = ok(
      'replaceLines',
      backend.replaceLines({ token, params, body: { lines: [iphoneLine, motoLine] } }),
    );
    expect(order.nextStep).toBe('shipping');
    refused(
      backend.updateFulfillment({ token, params, body: { simType: 'esim' } }),
      422,
      'VALIDATION_FAILED',
    );
    expect(
      ok(
        'updateFulfillment',
        backend.updateFulfillment({ token, params, body: { simType: 'physical' } }),
      ).nextStep,
    ).toBe('number');
  });
});

describe('agreements', () => {
  it('needs the device installment agreement only when a line has a device', () => {
    const { backend } = setup();
    const withDevice = seed(backend, '2015550101', 'credit');
    const ids = ok('getAgreements', backend.getAgreements(withDevice)).agreements.map(
      (agreement) => agreement.id,
    );
    expect(ids).toEqual([
      'service-agreement',
      'device-installment',
      'e911-disclosure',
      'electronic-communications',
    ]);
    const planOnly = seed(backend, '2015550102', 'credit', [planOnlyLine]);
    const response = backend.getAgreements(planOnly);
    expect(ok('getAgreements', response).agreements.map((agreement) => agreement.id)).not.toContain(
      'device-installment',
    );
    expect(response.headers).toEqual({ 'Content-Language': 'en-US' });
  });

  it('gives every agreement a version and paragraphs', () => {
    const { backend } = setup();
    const { agreements } = ok(
      'getAgreements',
      backend.getAgreements(seed(backend, '2015550101', 'credit')),
    );
    for (const agreement of agreements) {
      expect(agreement.version).toMatch(/^\d{4}\.\d+$/);
      expect(agreement.body.length).toBeGreaterThan(1);
    }
  });

  it('refuses acceptance before every line holds a number', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'number');
    const [agreement] = ok('getAgreements', backend.getAgreements({ token, params })).agreements;
    const body = {
      agreements: [
        {
          agreementId: agreement?.id ?? '',
          version: agreement?.version ?? '',
          acceptedAt: new Date().toISOString(),
        },
      ],
    };
    const error = refused(
      backend.updateFulfillment({ token, params, body }),
      409,
      'STEP_OUT_OF_ORDER',
    );
    expect(error.message).toMatch(/number/);
  });

  it('records each acceptance separately with its version and time, keeping the first time', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'terms');
    const { agreements } = ok('getAgreements', backend.getAgreements({ token, params }));
    let order = ok('getOrder', backend.getOrder({ token, params }));
    agreements.forEach((agreement, index) => {
      const acceptedAt = new Date(Date.UTC(2026, 2, 2, 15, index)).toISOString();
      const body = {
        agreements: [{ agreementId: agreement.id, version: agreement.version, acceptedAt }],
      };
      order = ok('updateFulfillment', backend.updateFulfillment({ token, params, body }));
      expect(order.nextStep).toBe(index === agreements.length - 1 ? 'review' : 'terms');
    });
    expect(order.fulfillment?.agreements).toHaveLength(agreements.length);
    const [first] = agreements;
    const again = {
      agreementId: first?.id ?? '',
      version: first?.version ?? '',
      acceptedAt: new Date().toISOString(),
    };
    const after = ok(
      'updateFulfillment',
      backend.updateFulfillment({ token, params, body: { agreements: [again] } }),
    );
    expect(after.fulfillment?.agreements).toEqual(order.fulfillment?.agreements);
  });

  it('refuses an outdated version', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'terms');
    const body = {
      agreements: [
        {
          agreementId: 'service-agreement',
          version: '2024.1',
          acceptedAt: new Date().toISOString(),
        },
      ],
    };
    const error = refused(
      backend.updateFulfillment({ token, params, body }),
      409,
      'AGREEMENT_VERSION_MISMATCH',
    );
    expect(error.fieldErrors[0]?.field).toBe('agreements.0.version');
  });

  it('refuses an agreement this order does not need', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'terms', [planOnlyLine]);
    const body = {
      agreements: [
        {
          agreementId: 'device-installment',
          version: '2025.1',
          acceptedAt: new Date().toISOString(),
        },
      ],
    };
    refused(backend.updateFulfillment({ token, params, body }), 422, 'VALIDATION_FAILED');
  });
});
