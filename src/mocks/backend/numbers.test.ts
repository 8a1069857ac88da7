// @vitest-environment node
import { HOLD_MS } from './numbers';
import { START, iphoneLine, ok, refused, seed, setup, signIn } from './testing';
import type { MockBackend } from './create-mock-backend';

function lineIds(backend: MockBackend, token: string, params: { id: string }) {
  return ok('getOrder', backend.getOrder({ token, params })).lines.map((line) => line.id);
}

function atNumberStep(backend: MockBackend, phone = '2015550101', lines = [iphoneLine]) {
  const seeded = seed(backend, phone, 'number', lines);
  const [lineId = ''] = lineIds(backend, seeded.token, seeded.params);
  const search = (query: { areaCode?: string; zip?: string }, line = lineId) =>
    backend.searchNumbers({
      token: seeded.token,
      params: seeded.params,
      body: { lineId: line, ...query },
    });
  const reserve = (number: string, line = lineId) =>
    backend.reserveNumber({
      token: seeded.token,
      params: seeded.params,
      body: { lineId: line, number },
    });
  return { ...seeded, lineId, search, reserve };
}

describe('searchNumbers', () => {
  it('offers a few numbers of the area code, with nearby area codes', () => {
    const { backend } = setup();
    const { search } = atNumberStep(backend);
    const result = ok('searchNumbers', search({ areaCode: '973' }));
    expect(result.numbers).toHaveLength(5);
    expect(result.numbers.every((number) => number.startsWith('973'))).toBe(true);
    expect(result.nearbyAreaCodes).toEqual(['862', '201']);
  });

  it('maps a ZIP code to its area code', () => {
    const { backend } = setup();
    const { search } = atNumberStep(backend);
    expect(ok('searchNumbers', search({ zip: '10010' })).numbers[0]).toMatch(/^212/);
  });

  it('answers an empty list with nearby area codes for 999', () => {
    const { backend } = setup();
    const { search } = atNumberStep(backend);
    expect(ok('searchNumbers', search({ areaCode: '999' }))).toEqual({
      numbers: [],
      nearbyAreaCodes: ['201', '551', '973'],
    });
  });

  it('refuses both or neither of area code and ZIP', () => {
    const { backend } = setup();
    const { search } = atNumberStep(backend);
    refused(search({}), 400, 'VALIDATION_FAILED');
    refused(search({ areaCode: '201', zip: '07030' }), 400, 'VALIDATION_FAILED');
  });

  it('refuses an unknown line', () => {
    const { backend } = setup();
    const { search } = atNumberStep(backend);
    refused(search({ areaCode: '201' }, 'ln_unknown'), 404, 'NOT_FOUND');
  });

  it('refuses before delivery is set', () => {
    const { backend } = setup();
    const { token, params } = seed(backend, '2015550101', 'shipping');
    const [lineId = ''] = lineIds(backend, token, params);
    const body = { lineId, areaCode: '201' };
    refused(backend.searchNumbers({ token, params, body }), 409, 'STEP_OUT_OF_ORDER');
    refused(
      backend.reserveNumber({ token, params, body: { lineId, number: '2015550120' } }),
      409,
      'STEP_OUT_OF_ORDER',
    );
  });

  it('leaves out numbers another order holds', () => {
    const { backend } = setup();
    const first = atNumberStep(backend, '2015550101');
    const second = atNumberStep(backend, '2015550102');
    const [number = ''] = ok('searchNumbers', first.search({ areaCode: '201' })).numbers;
    ok('reserveNumber', first.reserve(number));
    expect(ok('searchNumbers', second.search({ areaCode: '201' })).numbers).not.toContain(number);
  });
});

describe('reserveNumber', () => {
  it('holds the number for 15 minutes; the order moves on to terms', () => {
    const { backend } = setup();
    const { reserve } = atNumberStep(backend);
    const order = ok('reserveNumber', reserve('2015550120'));
    expect(order.lines[0]?.hold).toEqual({
      number: '2015550120',
      expiresAt: new Date(START + HOLD_MS).toISOString(),
    });
    expect(order.nextStep).toBe('terms');
  });

  it('renews the hold when the same number is reserved again', () => {
    const { backend, advance } = setup();
    const { reserve } = atNumberStep(backend);
    ok('reserveNumber', reserve('2015550120'));
    advance(10 * 60 * 1000);
    const renewed = ok('reserveNumber', reserve('2015550120'));
    expect(renewed.lines[0]?.hold?.expiresAt).toBe(
      new Date(START + 10 * 60 * 1000 + HOLD_MS).toISOString(),
    );
  });

  it('switches a line to another number, freeing the first', () => {
    const { backend } = setup();
    const { reserve, search } = atNumberStep(backend);
    ok('reserveNumber', reserve('2015550120'));
    ok('reserveNumber', reserve('2015550127'));
    expect(ok('searchNumbers', search({ areaCode: '201' })).numbers).toContain('2015550120');
  });

  it('refuses a number another order holds', () => {
    const { backend } = setup();
    ok('reserveNumber', atNumberStep(backend, '2015550101').reserve('2015550120'));
    refused(atNumberStep(backend, '2015550102').reserve('2015550120'), 409, 'NUMBER_TAKEN');
  });

  it('refuses a number another line of the same order holds', () => {
    const { backend } = setup();
    const { reserve, token, params } = atNumberStep(backend, '2015550101', [
      iphoneLine,
      iphoneLine,
    ]);
    const [, second = ''] = lineIds(backend, token, params);
    ok('reserveNumber', reserve('2015550120'));
    refused(reserve('2015550120', second), 409, 'NUMBER_TAKEN');
  });

  it('refuses a number that is not in the inventory', () => {
    const { backend } = setup();
    refused(atNumberStep(backend).reserve('2015550101'), 409, 'NUMBER_TAKEN');
  });

  it('lets an expired hold go: validate reports it, another order may take the number', () => {
    const { backend, advance } = setup();
    const first = atNumberStep(backend, '2015550101');
    ok('reserveNumber', first.reserve('2015550120'));
    advance(HOLD_MS);
    const { problems } = ok(
      'validateOrder',
      backend.validateOrder({ token: first.token, params: first.params }),
    );
    expect(problems[0]).toMatchObject({
      code: 'HOLD_EXPIRED',
      step: 'number',
      lineId: first.lineId,
    });
    expect(
      ok('getOrder', backend.getOrder({ token: first.token, params: first.params })).nextStep,
    ).toBe('number');
    const second = atNumberStep(backend, '2015550102');
    ok('reserveNumber', second.reserve('2015550120'));
    refused(first.reserve('2015550120'), 409, 'NUMBER_TAKEN');
  });

  it('renews an expired hold nobody else took', () => {
    const { backend, advance } = setup();
    const { reserve } = atNumberStep(backend);
    ok('reserveNumber', reserve('2015550120'));
    advance(HOLD_MS + 1);
    expect(ok('reserveNumber', reserve('2015550120')).nextStep).toBe('terms');
  });

  it('never offers a sold number again', () => {
    const { backend, advance } = setup();
    const { token, orderId } = seed(backend, '2015550101', 'review');
    const placed = ok(
      'submitOrder',
      backend.submitOrder({ token, body: { orderId }, headers: { 'Idempotency-Key': 'k' } }),
    );
    const sold = placed.lines[0]?.hold?.number ?? '';
    advance(HOLD_MS * 2);
    const other = atNumberStep(backend, '2015550102');
    expect(ok('searchNumbers', other.search({ areaCode: sold.slice(0, 3) })).numbers).not.toContain(
      sold,
    );
    refused(other.reserve(sold), 409, 'NUMBER_TAKEN');
  });

  it("refuses another customer's order", () => {
    const { backend } = setup();
    const { params, lineId } = atNumberStep(backend);
    const body = { lineId, number: '2015550120' };
    refused(
      backend.reserveNumber({ token: signIn(backend, '2015550102'), params, body }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('releaseNumber', () => {
  it('drops the hold and makes the number available again', () => {
    const { backend } = setup();
    const { reserve, search, token, params, lineId } = atNumberStep(backend);
    ok('reserveNumber', reserve('2015550120'));
    const order = ok('releaseNumber', backend.releaseNumber({ token, params, body: { lineId } }));
    expect(order.lines[0]?.hold).toBeNull();
    expect(ok('searchNumbers', search({ areaCode: '201' })).numbers).toContain('2015550120');
  });

  it('refuses an unknown line', () => {
    const { backend } = setup();
    const { token, params } = atNumberStep(backend);
    refused(backend.releaseNumber({ token, params, body: { lineId: 'ln_x' } }), 404, 'NOT_FOUND');
  });
});
