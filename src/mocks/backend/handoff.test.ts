// @vitest-environment node
import type { MockBackend } from './create-mock-backend';
import { START, ok, refused, seed, setup, signIn } from './testing';

const MINUTE = 60 * 1000;
const MAYA = '2015550101';
const DANIEL = '2015550102';

/** Maya's order at `step`, signed in on the kiosk, with a hand-off open on it. */
function kioskWithHandoff(backend: MockBackend, step: 'credit' | 'terms' = 'credit') {
  const kiosk = seed(backend, MAYA, step);
  const handoff = ok('createHandoff', backend.createHandoff(kiosk));
  return { kiosk, handoff };
}

const tokenState = (backend: MockBackend, token: string) =>
  backend.getHandoffTokenState({ body: { token } });

const claim = (backend: MockBackend, session: string, token: string) =>
  backend.claimHandoff({ token: session, body: { token } });

describe('createHandoff', () => {
  it('answers an opaque 256-bit token and a code, for 10 minutes', () => {
    const { backend } = setup();
    const { handoff } = kioskWithHandoff(backend);
    expect(handoff.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(handoff.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(Date.parse(handoff.expiresAt)).toBe(START + 10 * MINUTE);
    const again = ok('createHandoff', backend.createHandoff(seed(backend, DANIEL, 'credit')));
    expect(again.token).not.toBe(handoff.token);
  });

  it('replaces the open hand-off: the earlier token and code are expired', () => {
    const { backend, advance } = setup();
    const { kiosk, handoff: first } = kioskWithHandoff(backend);
    advance(MINUTE);
    const second = ok('createHandoff', backend.createHandoff(kiosk));
    expect(ok('getHandoffTokenState', tokenState(backend, first.token))).toEqual({
      state: 'expired',
    });
    refused(backend.redeemHandoffCode({ body: { code: first.code } }), 409, 'HANDOFF_EXPIRED');
    expect(ok('getHandoff', backend.getHandoff(kiosk))).toEqual({
      state: 'open',
      expiresAt: second.expiresAt,
    });
  });

  it('is refused for a customer without an order, and for an order that is not open', () => {
    const { backend } = setup();
    const token = signIn(backend, MAYA);
    const params = { id: 'ord_none' };
    refused(backend.createHandoff({ token, params }), 404, 'NOT_FOUND');
    refused(backend.getHandoff({ token, params }), 404, 'NOT_FOUND');
    refused(backend.sendHandoffLink({ token, params }), 404, 'NOT_FOUND');
    refused(backend.createHandoff({ params }), 401, 'UNAUTHENTICATED');

    const placed = seed(backend, DANIEL, 'review');
    ok(
      'submitOrder',
      backend.submitOrder({
        token: placed.token,
        body: { orderId: placed.orderId },
        headers: { 'Idempotency-Key': 'k' },
      }),
    );
    refused(backend.createHandoff(placed), 409, 'ORDER_NOT_OPEN');
  });
});

describe('getHandoff, the kiosk view', () => {
  it('says none, then open, then expired at 10 minutes', () => {
    const { backend, advance } = setup();
    const kiosk = seed(backend, MAYA, 'credit');
    expect(ok('getHandoff', backend.getHandoff(kiosk))).toEqual({ state: 'none' });
    const handoff = ok('createHandoff', backend.createHandoff(kiosk));
    expect(ok('getHandoff', backend.getHandoff(kiosk)).state).toBe('open');
    advance(10 * MINUTE);
    expect(ok('getHandoff', backend.getHandoff(kiosk))).toEqual({
      state: 'expired',
      expiresAt: handoff.expiresAt,
    });
  });
});

describe('getHandoffTokenState', () => {
  it('needs no session and answers the state only', () => {
    const { backend } = setup();
    const { handoff } = kioskWithHandoff(backend);
    const answer = tokenState(backend, handoff.token);
    expect(answer).toEqual({ status: 200, body: { state: 'valid' } });
  });

  it('refuses an unknown token and one that is not a token', () => {
    const { backend } = setup();
    kioskWithHandoff(backend);
    refused(tokenState(backend, 'A'.repeat(43)), 404, 'NOT_FOUND');
    refused(tokenState(backend, 'ord_123'), 400, 'VALIDATION_FAILED');
  });
});

describe('expiry', () => {
  it('is 10 minutes: valid a moment before, expired at 10 minutes, and then not claimable', () => {
    const { backend, advance } = setup();
    const { handoff } = kioskWithHandoff(backend);
    advance(10 * MINUTE - 1);
    expect(ok('getHandoffTokenState', tokenState(backend, handoff.token)).state).toBe('valid');
    advance(1);
    expect(ok('getHandoffTokenState', tokenState(backend, handoff.token)).state).toBe('expired');
    const phone = signIn(backend, MAYA);
    refused(claim(backend, phone, handoff.token), 409, 'HANDOFF_EXPIRED');
    refused(backend.redeemHandoffCode({ body: { code: handoff.code } }), 409, 'HANDOFF_EXPIRED');
  });

  it("moves with the sandbox's test clock", () => {
    const { backend } = setup();
    const { handoff } = kioskWithHandoff(backend);
    ok('advanceSandboxClock', backend.advanceSandboxClock({ body: { advanceSeconds: 600 } }));
    expect(ok('getHandoffTokenState', tokenState(backend, handoff.token)).state).toBe('expired');
  });

  it('is forgotten a day after it expired', () => {
    const { backend, advance } = setup();
    const { kiosk, handoff } = kioskWithHandoff(backend);
    advance(10 * MINUTE + 24 * 60 * MINUTE);
    ok('createHandoff', backend.createHandoff({ ...kiosk, token: signIn(backend, MAYA) }));
    refused(tokenState(backend, handoff.token), 404, 'NOT_FOUND');
  });
});

describe('claimHandoff', () => {
  it("lands the same customer's phone on the order's next step", () => {
    const { backend } = setup();
    const { kiosk, handoff } = kioskWithHandoff(backend, 'terms');
    const phone = signIn(backend, MAYA);
    expect(ok('claimHandoff', claim(backend, phone, handoff.token))).toEqual({
      orderId: kiosk.orderId,
      nextStep: 'terms',
    });
    expect(ok('getOrder', backend.getOrder({ token: phone, params: kiosk.params })).nextStep).toBe(
      'terms',
    );
  });

  it('works once: used afterwards, except as a retry by the session that claimed it', () => {
    const { backend } = setup();
    const { kiosk, handoff } = kioskWithHandoff(backend);
    const phone = signIn(backend, MAYA);
    const first = ok('claimHandoff', claim(backend, phone, handoff.token));
    expect(ok('claimHandoff', claim(backend, phone, handoff.token))).toEqual(first);
    refused(claim(backend, signIn(backend, MAYA), handoff.token), 409, 'HANDOFF_USED');
    expect(ok('getHandoffTokenState', tokenState(backend, handoff.token))).toEqual({
      state: 'used',
    });
    refused(backend.redeemHandoffCode({ body: { code: handoff.code } }), 409, 'HANDOFF_USED');
    expect(ok('getHandoff', backend.getHandoff({ ...kiosk, token: phone })).state).toBe('claimed');
  });

  it('refuses another customer, saying nothing of the order, and stays valid for its own', () => {
    const { backend } = setup();
    const { kiosk, handoff } = kioskWithHandoff(backend);
    const stranger = signIn(backend, DANIEL);
    const answer = claim(backend, stranger, handoff.token);
    refused(answer, 403, 'FORBIDDEN');
    expect(JSON.stringify(answer.body)).not.toContain(kiosk.orderId);
    refused(backend.getHandoff({ ...kiosk, token: stranger }), 403, 'FORBIDDEN');
    refused(backend.createHandoff({ ...kiosk, token: stranger }), 403, 'FORBIDDEN');
    expect(ok('getHandoffTokenState', tokenState(backend, handoff.token)).state).toBe('valid');
    ok('claimHandoff', claim(backend, signIn(backend, MAYA), handoff.token));
  });

  it('needs a session: the token alone grants nothing', () => {
    const { backend } = setup();
    const { handoff } = kioskWithHandoff(backend);
    refused(backend.claimHandoff({ body: { token: handoff.token } }), 401, 'UNAUTHENTICATED');
    refused(claim(backend, signIn(backend, MAYA), 'B'.repeat(43)), 404, 'NOT_FOUND');
  });

  it("ends the kiosk's session: its token gets 401 SESSION_HANDED_OFF on every call", () => {
    const { backend, advance } = setup();
    const { kiosk, handoff } = kioskWithHandoff(backend);
    const phone = signIn(backend, MAYA);
    ok('claimHandoff', claim(backend, phone, handoff.token));
    refused(backend.getHandoff(kiosk), 401, 'SESSION_HANDED_OFF');
    refused(backend.getOrder(kiosk), 401, 'SESSION_HANDED_OFF');
    refused(backend.signOut(kiosk), 401, 'SESSION_HANDED_OFF');
    ok('getOrder', backend.getOrder({ ...kiosk, token: phone }));
    // Past the time the kiosk's session would have ended anyway, it is just unknown.
    advance(30 * MINUTE);
    refused(backend.getOrder(kiosk), 401, 'UNAUTHENTICATED');
  });
});

describe('number holds', () => {
  it('stay held through a kiosk wipe while the hand-off is open, and after the claim', () => {
    const { backend, advance } = setup();
    const kiosk = seed(backend, MAYA, 'terms');
    const before = ok('getOrder', backend.getOrder(kiosk)).lines;
    const [line] = before;
    if (!line?.hold) throw new Error('seeded without a hold');
    advance(12 * MINUTE);
    ok('createHandoff', backend.createHandoff(kiosk));
    const renewed = ok('getOrder', backend.getOrder(kiosk)).lines[0]?.hold;
    expect(renewed).toEqual({
      number: line.hold.number,
      expiresAt: new Date(START + 12 * MINUTE + 15 * MINUTE).toISOString(),
    });

    // The kiosk's wipe: the release is refused, the sign-out leaves the hand-off open.
    const release = () => backend.releaseNumber({ ...kiosk, body: { lineId: line.id } });
    refused(release(), 409, 'HANDOFF_OPEN');
    expect(ok('getOrder', backend.getOrder(kiosk)).lines[0]?.hold).toEqual(renewed);
    const { token } = ok('createHandoff', backend.createHandoff(kiosk));
    ok('signOut', backend.signOut(kiosk));

    advance(9 * MINUTE);
    const phone = signIn(backend, MAYA);
    ok('claimHandoff', claim(backend, phone, token));
    const order = ok('getOrder', backend.getOrder({ ...kiosk, token: phone }));
    expect(order.nextStep).toBe('terms');
    expect(order.lines.map((each) => each.hold)).toEqual([
      {
        number: line.hold.number,
        expiresAt: new Date(START + 21 * MINUTE + 15 * MINUTE).toISOString(),
      },
    ]);
  });

  it("stay held after the claim ends the kiosk's session: its wipe can release nothing", () => {
    const { backend } = setup();
    const { kiosk, handoff } = kioskWithHandoff(backend, 'terms');
    const lineId = ok('getOrder', backend.getOrder(kiosk)).lines[0]?.id ?? '';
    const phone = signIn(backend, MAYA);
    ok('claimHandoff', claim(backend, phone, handoff.token));
    refused(backend.releaseNumber({ ...kiosk, body: { lineId } }), 401, 'SESSION_HANDED_OFF');
    const hold = ok('getOrder', backend.getOrder({ ...kiosk, token: phone })).lines[0]?.hold;
    expect(hold?.number).toMatch(/^\d{10}$/);
  });

  it('may be released again once the hand-off expired', () => {
    const { backend, advance } = setup();
    const { kiosk } = kioskWithHandoff(backend, 'terms');
    const lineId = ok('getOrder', backend.getOrder(kiosk)).lines[0]?.id ?? '';
    advance(10 * MINUTE);
    const order = ok('releaseNumber', backend.releaseNumber({ ...kiosk, body: { lineId } }));
    expect(order.lines[0]?.hold).toBeNull();
  });
});

describe('redeemHandoffCode', () => {
  it("answers the open hand-off's token for its code", () => {
    const { backend } = setup();
    const { handoff } = kioskWithHandoff(backend);
    expect(
      ok('redeemHandoffCode', backend.redeemHandoffCode({ body: { code: handoff.code } })),
    ).toEqual({ token: handoff.token });
  });

  it('counts 5 wrong codes, then locks code entry for 15 minutes', () => {
    const { backend, advance } = setup();
    const { handoff } = kioskWithHandoff(backend);
    const wrong = handoff.code.startsWith('2') ? '33333333' : '22222222';
    const redeem = (code: string) => backend.redeemHandoffCode({ body: { code } });
    for (const remaining of [4, 3, 2, 1]) {
      expect(refused(redeem(wrong), 422, 'HANDOFF_CODE_INVALID').attemptsRemaining).toBe(remaining);
    }
    const locked = redeem(wrong);
    expect(refused(locked, 423, 'HANDOFF_CODE_LOCKED').retryAt).toBe(
      new Date(START + 15 * MINUTE).toISOString(),
    );
    expect(locked.headers).toEqual({ 'Retry-After': String(15 * 60) });
    // Even the right code, until the lock ends.
    refused(redeem(handoff.code), 423, 'HANDOFF_CODE_LOCKED');
    advance(15 * MINUTE);
    const fresh = ok('createHandoff', backend.createHandoff(seed(backend, DANIEL, 'credit')));
    expect(refused(redeem(wrong), 422, 'HANDOFF_CODE_INVALID').attemptsRemaining).toBe(4);
    ok('redeemHandoffCode', redeem(fresh.code));
  });

  it('forgets a wrong code 15 minutes after it was typed', () => {
    const { backend, advance } = setup();
    const { handoff } = kioskWithHandoff(backend);
    const wrong = handoff.code.startsWith('2') ? '33333333' : '22222222';
    const redeem = () => backend.redeemHandoffCode({ body: { code: wrong } });
    for (const remaining of [4, 3, 2, 1]) {
      expect(refused(redeem(), 422, 'HANDOFF_CODE_INVALID').attemptsRemaining).toBe(remaining);
    }
    advance(15 * MINUTE);
    expect(refused(redeem(), 422, 'HANDOFF_CODE_INVALID').attemptsRemaining).toBe(4);
  });

  it('does not reset the count for a right code', () => {
    const { backend } = setup();
    const { handoff } = kioskWithHandoff(backend);
    const wrong = handoff.code.startsWith('2') ? '33333333' : '22222222';
    const redeem = (code: string) => backend.redeemHandoffCode({ body: { code } });
    expect(refused(redeem(wrong), 422, 'HANDOFF_CODE_INVALID').attemptsRemaining).toBe(4);
    ok('redeemHandoffCode', redeem(handoff.code));
    expect(refused(redeem(wrong), 422, 'HANDOFF_CODE_INVALID').attemptsRemaining).toBe(3);
  });

  it('does not count a code that is not one (400)', () => {
    const { backend } = setup();
    kioskWithHandoff(backend);
    for (const code of ['0000OOOO', 'abcdefgh', '2345']) {
      refused(backend.redeemHandoffCode({ body: { code } }), 400, 'VALIDATION_FAILED');
    }
    const wrong = refused(
      backend.redeemHandoffCode({ body: { code: 'ZZZZZZZZ' } }),
      422,
      'HANDOFF_CODE_INVALID',
    );
    expect(wrong.attemptsRemaining).toBe(4);
  });
});

describe('sendHandoffLink', () => {
  it("texts the open hand-off's link to the account's number, and the mock keeps the text", () => {
    const { backend } = setup();
    const { kiosk, handoff } = kioskWithHandoff(backend);
    expect(ok('sendHandoffLink', backend.sendHandoffLink(kiosk))).toEqual({
      phoneMasked: '(•••) •••-0101',
      resendAvailableAt: new Date(START + 30 * 1000).toISOString(),
    });
    const [message, ...others] = backend.listMessages();
    expect(others).toEqual([]);
    expect(message?.to).toBe(MAYA);
    expect(message?.body).toContain(`https://checkout.test/continue#${handoff.token}`);
    expect(message?.body).not.toContain(kiosk.orderId);
  });

  it('is limited to 3 texts an hour per customer, 30 seconds apart', () => {
    const { backend, advance } = setup();
    const { kiosk } = kioskWithHandoff(backend);
    const send = (session = kiosk) => backend.sendHandoffLink(session);
    ok('sendHandoffLink', send());
    const tooSoon = send();
    expect(refused(tooSoon, 429, 'HANDOFF_LINK_RATE_LIMITED').retryAt).toBe(
      new Date(START + 30 * 1000).toISOString(),
    );
    expect(tooSoon.headers).toEqual({ 'Retry-After': '30' });
    advance(30 * 1000);
    ok('sendHandoffLink', send());
    advance(30 * 1000);
    expect(ok('sendHandoffLink', send()).resendAvailableAt).toBe(
      new Date(START + 60 * MINUTE).toISOString(),
    );
    advance(30 * 1000);
    expect(refused(send(), 429, 'HANDOFF_LINK_RATE_LIMITED').retryAt).toBe(
      new Date(START + 60 * MINUTE).toISOString(),
    );
    expect(backend.listMessages()).toHaveLength(3);

    // A new hand-off does not start the count again; the hour does.
    const later = { ...kiosk, token: signIn(backend, MAYA) };
    ok('createHandoff', backend.createHandoff(later));
    refused(send(later), 429, 'HANDOFF_LINK_RATE_LIMITED');
    advance(60 * MINUTE - 90 * 1000);
    const latest = { ...kiosk, token: signIn(backend, MAYA) };
    ok('createHandoff', backend.createHandoff(latest));
    ok('sendHandoffLink', send(latest));
  });

  it('needs an open hand-off', () => {
    const { backend, advance } = setup();
    const kiosk = seed(backend, MAYA, 'credit');
    refused(backend.sendHandoffLink(kiosk), 404, 'NOT_FOUND');
    const { token } = ok('createHandoff', backend.createHandoff(kiosk));
    advance(10 * MINUTE);
    refused(backend.sendHandoffLink(kiosk), 409, 'HANDOFF_EXPIRED');
    const phone = signIn(backend, MAYA);
    const again = ok('createHandoff', backend.createHandoff(kiosk));
    ok('claimHandoff', claim(backend, phone, again.token));
    refused(backend.sendHandoffLink({ ...kiosk, token: phone }), 409, 'HANDOFF_USED');
    expect(token).not.toBe(again.token);
    expect(backend.listMessages()).toEqual([]);
  });
});
