// @vitest-environment node
import { creditBody, iphoneLine, ok, planOnlyLine, refused, seed, setup, signIn } from './testing';

const apply = (token: string, id: string, referenceId: string, keepLineIds?: string[]) => ({
  token,
  params: { id },
  body: { referenceId, keepLineIds },
});

describe('submitCredit', () => {
  it('approves (201) 555-0101; the order stays open and still needs the policy applied', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit');
    const result = ok('submitCredit', backend.submitCredit({ token, params, body: creditBody() }));
    expect(result).toEqual({
      decision: 'approved',
      referenceId: expect.stringMatching(/^CR-\d{8}$/) as unknown,
    });
    const order = ok('getOrder', backend.getOrder({ token, params }));
    expect(order).toMatchObject({ status: 'open', nextStep: 'credit' });
    expect(order.credit).toEqual({ ...result, policyApplied: false });
  });

  it('never stores the SSN or the date of birth', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit');
    ok('submitCredit', backend.submitCredit({ token, params, body: creditBody() }));
    const state = JSON.stringify(backend.serialize());
    expect(state).not.toContain('987654321');
    expect(state).not.toContain('1985-07-14');
  });

  it.each([
    ['ssn', { ...creditBody(), ssn: '123-45-6789' }],
    ['dateOfBirth', { ...creditBody(), dateOfBirth: '14/07/1985' }],
    [
      'authorization.accepted',
      { ...creditBody(), authorization: { ...creditBody().authorization, accepted: false } },
    ],
    ['address.zip', { ...creditBody(), address: { ...creditBody().address, zip: '7030' } }],
  ])('refuses a malformed %s', (field, body) => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit');
    const error = refused(backend.submitCredit({ token, params, body }), 400, 'VALIDATION_FAILED');
    expect(error.fieldErrors.map((fieldError) => fieldError.field)).toContain(field);
  });

  it('answers a repeated check with the decision already made', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit');
    const first = backend.submitCredit({ token, params, body: creditBody() });
    expect(backend.submitCredit({ token, params, body: creditBody() })).toEqual(first);
  });

  it('puts a manual-review order ((201) 555-0104) in review, where it cannot continue', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550104', 'credit');
    const { referenceId } = ok(
      'submitCredit',
      backend.submitCredit({ token, params, body: creditBody() }),
    );
    expect(ok('getOrder', backend.getOrder({ token, params })).status).toBe('in_review');
    const policy = ok('getCreditPolicy', backend.getCreditPolicy({ token, params }));
    expect(policy.manualReview).toEqual({
      reference: referenceId,
      phone: '1-800-555-0177',
      nextSteps: expect.any(Array) as unknown,
    });
    refused(backend.applyCreditPolicy(apply(token, params.id, referenceId)), 409, 'ORDER_NOT_OPEN');
    refused(
      backend.replaceLines({ token, params, body: { lines: [planOnlyLine] } }),
      409,
      'ORDER_NOT_OPEN',
    );
    refused(backend.submitCredit({ token, params, body: creditBody() }), 409, 'ORDER_NOT_OPEN');
  });

  it('declines (201) 555-0105 with a full adverse-action notice', () => {
    const { backend, now } = setup();
    const { token, params } = seed(backend, '2015550105', 'credit');
    expect(
      ok('submitCredit', backend.submitCredit({ token, params, body: creditBody() })).decision,
    ).toBe('declined');
    expect(ok('getOrder', backend.getOrder({ token, params })).status).toBe('declined');
    const { adverseAction, maxLines } = ok(
      'getCreditPolicy',
      backend.getCreditPolicy({ token, params }),
    );
    expect(maxLines).toBe(0);
    expect(adverseAction).toMatchObject({
      bureauName: expect.any(String) as unknown,
      bureauAddress: expect.any(String) as unknown,
      bureauPhone: expect.any(String) as unknown,
      bureauWebsite: expect.stringMatching(/^https:\/\//) as unknown,
      score: 548,
      scoreRange: { min: 300, max: 850 },
      scoreDate: new Date(now()).toISOString().slice(0, 10),
    });
    expect(adverseAction?.keyFactors.length).toBeGreaterThan(1);
    expect(adverseAction?.statements?.join(' ')).toMatch(
      /did not make this decision.*60 days.*dispute/,
    );
    refused(
      backend.createFulfillment({
        token,
        params,
        body: {
          shippingAddress: creditBody().address,
          e911Address: creditBody().address,
          deliveryOption: 'standard',
          simType: 'esim',
        },
      }),
      409,
      'ORDER_NOT_OPEN',
    );
  });
});

describe('getCreditPolicy', () => {
  it('refuses before the credit check', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit');
    refused(backend.getCreditPolicy({ token, params }), 409, 'STEP_OUT_OF_ORDER');
  });

  it("refuses another customer's order", () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'credit');
    backend.submitCredit({ token, params, body: creditBody() });
    refused(
      backend.getCreditPolicy({ token: signIn(backend, '2015550102'), params }),
      403,
      'FORBIDDEN',
    );
  });

  it('gives (201) 555-0102 a deposit with the risk-based pricing notice', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550102', 'credit');
    ok('submitCredit', backend.submitCredit({ token, params, body: creditBody() }));
    const policy = ok('getCreditPolicy', backend.getCreditPolicy({ token, params }));
    expect(policy).toMatchObject({
      decision: 'approved_with_deposit',
      depositCents: 20000,
      maxLines: 5,
    });
    expect(policy.riskBasedPricingNotice).toMatch(/consumer report/);
  });

  it('gives (201) 555-0103 a one-line cap and a 30% down payment', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550103', 'credit');
    ok('submitCredit', backend.submitCredit({ token, params, body: creditBody() }));
    expect(ok('getCreditPolicy', backend.getCreditPolicy({ token, params }))).toMatchObject({
      decision: 'approved_with_conditions',
      maxLines: 1,
      deviceDownPaymentPercent: 30,
      depositCents: 0,
    });
  });
});

describe('applyCreditPolicy', () => {
  function checked(phone: string, lines = [iphoneLine]) {
    const context = setup();
    const seeded = seed(context.backend, phone, 'credit', lines);
    const { referenceId } = ok(
      'submitCredit',
      context.backend.submitCredit({
        token: seeded.token,
        params: seeded.params,
        body: creditBody(),
      }),
    );
    return { ...context, ...seeded, referenceId };
  }

  it('refuses before the credit check', () => {
    const { backend } = setup();
    const { token, orderId } = seed(backend, '2015550101', 'credit');
    refused(
      backend.applyCreditPolicy(apply(token, orderId, 'CR-00000000')),
      409,
      'STEP_OUT_OF_ORDER',
    );
  });

  it('adds the deposit to what is due on the first bill', () => {
    const { backend, token, orderId, params, referenceId } = checked('2015550102');
    const before = ok('getOrder', backend.getOrder({ token, params }));
    const order = ok(
      'applyCreditPolicy',
      backend.applyCreditPolicy(apply(token, orderId, referenceId)),
    );
    expect(order.credit?.policyApplied).toBe(true);
    expect(order.nextStep).toBe('shipping');
    expect(order.totals.depositCents).toBe(20000);
    expect(order.totals.dueOnFirstBillCents).toBe(before.totals.dueOnFirstBillCents + 20000);
  });

  it('raises the down payment to 30% of the full price and lowers the installment', () => {
    const { backend, token, orderId, referenceId } = checked('2015550103');
    const [line] = ok(
      'applyCreditPolicy',
      backend.applyCreditPolicy(apply(token, orderId, referenceId)),
    ).lines;
    // iPhone 16 Pro: 30% of 1099.99 = 330.00 down; (1099.99 - 330.00) / 36 = 21.39; promotion credit 30.56.
    expect(line?.dueOnFirstBillCents).toBe(33000 + 3500);
    expect(line?.monthlyCents).toBe(9000 + 2139 - 3056);
  });

  it('keeps the first lines up to the cap by default, keeping the other answers', () => {
    const { backend, token, orderId, params, referenceId } = checked('2015550103', [
      planOnlyLine,
      iphoneLine,
    ]);
    const before = ok('getOrder', backend.getOrder({ token, params }));
    const order = ok(
      'applyCreditPolicy',
      backend.applyCreditPolicy(apply(token, orderId, referenceId)),
    );
    expect(order.lines).toEqual([before.lines[0]]);
    expect(order.credit?.referenceId).toBe(referenceId);
  });

  it('keeps the lines named in keepLineIds', () => {
    const { backend, token, orderId, params, referenceId } = checked('2015550103', [
      planOnlyLine,
      iphoneLine,
    ]);
    const second = ok('getOrder', backend.getOrder({ token, params })).lines[1]?.id ?? '';
    const order = ok(
      'applyCreditPolicy',
      backend.applyCreditPolicy(apply(token, orderId, referenceId, [second])),
    );
    expect(order.lines.map((line) => line.id)).toEqual([second]);
  });

  it('refuses to keep more lines than the cap', () => {
    const { backend, token, orderId, params, referenceId } = checked('2015550103', [
      planOnlyLine,
      iphoneLine,
    ]);
    const ids = ok('getOrder', backend.getOrder({ token, params })).lines.map((line) => line.id);
    refused(
      backend.applyCreditPolicy(apply(token, orderId, referenceId, ids)),
      422,
      'LINE_LIMIT_EXCEEDED',
    );
  });

  it.each([[['ln_unknown']], [[]]])(
    'refuses keepLineIds %j that name no line of the order',
    (keep) => {
      const { backend, token, orderId, referenceId } = checked('2015550103', [
        planOnlyLine,
        iphoneLine,
      ]);
      refused(
        backend.applyCreditPolicy(apply(token, orderId, referenceId, keep)),
        422,
        'VALIDATION_FAILED',
      );
    },
  );

  it('refuses a reference that is not the decision of this order', () => {
    const { backend, token, orderId } = checked('2015550101');
    const error = refused(
      backend.applyCreditPolicy(apply(token, orderId, 'CR-12345678')),
      422,
      'VALIDATION_FAILED',
    );
    expect(error.fieldErrors[0]?.field).toBe('referenceId');
  });

  it('can be applied again without changing anything', () => {
    const { backend, token, orderId, referenceId } = checked('2015550102');
    const first = backend.applyCreditPolicy(apply(token, orderId, referenceId));
    expect(backend.applyCreditPolicy(apply(token, orderId, referenceId))).toEqual(first);
  });
});
