/**
 * "Continue on your phone": a signed-in device opens a hand-off of an order; the phone reads
 * the token's state, or redeems the typed code for it, and claims it once signed in as the same
 * customer. The claim ends the session that opened the hand-off, and the order's number holds
 * stay held throughout. The rules and figures are the contract's (see its hand-off section).
 */
import {
  HANDOFF_CODE_ALPHABET,
  HANDOFF_CODE_LENGTH,
  type KnownErrorCode,
  HANDOFF_PATH,
} from '@/api/contract/schemas';
import { sandboxTimeRules as rules } from '@/api/contract/sandbox';
import { toBase64Url } from '@/lib/base64url';
import { findPersonaById } from '../data/personas';
import { requireSession } from './auth';
import { errorResponse, fail } from './errors';
import type { HandoffRecord } from './handoff-state';
import { maskPhone } from './identity';
import { HOLD_MS } from './numbers';
import { isHoldActive, orderView, requireOpen, requireOrder } from './order-model';
import { pageOrigin } from './webauthn-passkeys';
import type { Context, OperationImpl, OperationImpls, SessionRecord, StoredOrder } from './types';

const SECOND = 1000;
export const HANDOFF_TTL_MS = rules.handoffTtl * SECOND;
export const CODE_MAX_FAILURES = rules.handoffCodeMaxFailures;
export const CODE_WINDOW_MS = rules.handoffCodeWindow * SECOND;
export const CODE_LOCKOUT_MS = rules.handoffCodeLockout * SECOND;
export const TEXT_MAX_SENDS = rules.handoffTextMaxSends;
export const TEXT_WINDOW_MS = rules.handoffTextWindow * SECOND;
export const TEXT_COOLDOWN_MS = rules.handoffTextCooldown * SECOND;
/** How long an expired hand-off is kept, so that its token answers `expired` and not 404. */
const FORGOTTEN_AFTER_MS = 24 * 60 * 60 * SECOND;
/** Texts kept for `/__mock/messages`, newest last. */
const MAX_MESSAGES = 50;

const iso = (ms: number) => new Date(ms).toISOString();

type TokenState = 'valid' | 'expired' | 'used';

function stateOf(record: HandoffRecord, now: number): TokenState {
  if (record.claimedBy !== undefined) return 'used';
  return now >= record.expiresAt ? 'expired' : 'valid';
}

/** 256 bits from the platform CSPRNG, unpadded base64url: 43 characters. */
function newToken(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Characters drawn without modulo bias: bytes past the last whole multiple are skipped. */
function newCode(): string {
  const size = HANDOFF_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < HANDOFF_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(HANDOFF_CODE_LENGTH * 2))) {
      if (byte < limit && code.length < HANDOFF_CODE_LENGTH)
        code += HANDOFF_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/** The order's latest hand-off with its token, if it ever had one. */
function latestOf(ctx: Context, orderId: string) {
  const token = ctx.state.handoffs.latest[orderId];
  const record = token === undefined ? undefined : ctx.state.handoffs.byToken[token];
  return token !== undefined && record ? { token, record } : undefined;
}

function hasOpenHandoff(ctx: Context, orderId: string): boolean {
  const latest = latestOf(ctx, orderId);
  return latest !== undefined && stateOf(latest.record, ctx.now) === 'valid';
}

/** Forgets hand-offs a day after they expired, and the sessions a claim ended once they would have. */
function prune(ctx: Context): void {
  const book = ctx.state.handoffs;
  for (const [token, record] of Object.entries(book.byToken)) {
    if (ctx.now < record.expiresAt + FORGOTTEN_AFTER_MS) continue;
    delete book.byToken[token];
    if (book.latest[record.orderId] === token) delete book.latest[record.orderId];
  }
  for (const [token, expiresAt] of Object.entries(book.endedSessions)) {
    if (ctx.now >= expiresAt) delete book.endedSessions[token];
  }
}

/** Every unexpired hold of an open order runs a full hold again from now. */
function renewHolds(ctx: Context, order: StoredOrder): void {
  if (order.status !== 'open') return;
  for (const line of order.lines) {
    if (line.hold && isHoldActive(line.hold, ctx.now)) {
      line.hold = { number: line.hold.number, expiresAt: iso(ctx.now + HOLD_MS) };
    }
  }
}

function refuseClosed(state: TokenState, expired: string, used: string): void {
  if (state === 'used') throw fail(409, 'HANDOFF_USED', used);
  if (state === 'expired') throw fail(409, 'HANDOFF_EXPIRED', expired);
}

/**
 * The session check of every signed-in call: a session that a claim ended answers
 * SESSION_HANDED_OFF until it would have expired, so the kiosk can tell a claim from a timeout.
 */
export function requireLiveSession(ctx: Context, token: string | undefined): SessionRecord {
  const endedUntil = token === undefined ? undefined : ctx.state.handoffs.endedSessions[token];
  if (endedUntil !== undefined && ctx.now < endedUntil) {
    throw fail(401, 'SESSION_HANDED_OFF', 'This order continues on another device.');
  }
  return requireSession(ctx, token);
}

/** Wraps releaseNumber: while a hand-off of the order is open, its holds stay (a kiosk wipe). */
export function keepHoldsWhileHandoffOpen(
  release: OperationImpl<'releaseNumber'>,
): OperationImpl<'releaseNumber'> {
  return (ctx, input) => {
    // The release's own checks answer first; refusing afterwards discards its change.
    const response = release(ctx, input);
    if (hasOpenHandoff(ctx, input.params.id ?? '')) {
      throw fail(
        409,
        'HANDOFF_OPEN',
        'This order is being continued on another device; its numbers stay held.',
      );
    }
    return response;
  };
}

/** Why a link may not be texted now, with when it may; expects the times pruned to the window. */
function textRefusal(ctx: Context, sent: number[]): number | null {
  const [oldest] = sent;
  const latest = sent.at(-1);
  if (oldest !== undefined && sent.length >= TEXT_MAX_SENDS) return oldest + TEXT_WINDOW_MS;
  if (latest !== undefined && ctx.now < latest + TEXT_COOLDOWN_MS) return latest + TEXT_COOLDOWN_MS;
  return null;
}

function wrongCode(ctx: Context, code: KnownErrorCode, message: string, retryAt?: number) {
  return errorResponse(
    code === 'HANDOFF_CODE_LOCKED' ? 423 : 422,
    code,
    message,
    retryAt === undefined
      ? { attemptsRemaining: CODE_MAX_FAILURES - ctx.state.handoffs.wrongCodes.length }
      : { retryAt: iso(retryAt) },
  );
}

export const handoffOperations: Pick<
  OperationImpls,
  | 'createHandoff'
  | 'getHandoff'
  | 'sendHandoffLink'
  | 'getHandoffTokenState'
  | 'redeemHandoffCode'
  | 'claimHandoff'
> = {
  createHandoff: (ctx, { session, token, params }) => {
    const order = requireOrder(ctx, session, params.id);
    requireOpen(order);
    prune(ctx);
    const book = ctx.state.handoffs;
    const previous = latestOf(ctx, order.id);
    if (previous && stateOf(previous.record, ctx.now) === 'valid') {
      previous.record.expiresAt = ctx.now;
    }
    const codesInUse = new Set(
      Object.values(book.byToken)
        .filter((record) => stateOf(record, ctx.now) === 'valid')
        .map((record) => record.code),
    );
    let code = newCode();
    while (codesInUse.has(code)) code = newCode();
    const handoffToken = newToken();
    const record: HandoffRecord = {
      orderId: order.id,
      personaId: session.personaId,
      openedBy: token ?? '',
      code,
      expiresAt: ctx.now + HANDOFF_TTL_MS,
    };
    book.byToken[handoffToken] = record;
    book.latest[order.id] = handoffToken;
    renewHolds(ctx, order);
    return {
      status: 201,
      body: { token: handoffToken, code, expiresAt: iso(record.expiresAt) },
    };
  },

  getHandoff: (ctx, { session, params }) => {
    const order = requireOrder(ctx, session, params.id);
    const latest = latestOf(ctx, order.id);
    if (!latest) return { status: 200, body: { state: 'none' } };
    const states = { valid: 'open', used: 'claimed', expired: 'expired' } as const;
    return {
      status: 200,
      body: {
        state: states[stateOf(latest.record, ctx.now)],
        expiresAt: iso(latest.record.expiresAt),
      },
    };
  },

  sendHandoffLink: (ctx, { session, params, origin }) => {
    const order = requireOrder(ctx, session, params.id);
    const latest = latestOf(ctx, order.id);
    if (!latest) throw fail(404, 'NOT_FOUND', 'This order has no hand-off; open one first.');
    refuseClosed(
      stateOf(latest.record, ctx.now),
      'The hand-off has expired; open a new one.',
      'The hand-off has already been claimed.',
    );
    const persona = findPersonaById(order.personaId);
    if (!persona) throw new Error(`Unknown persona ${order.personaId}`);
    const texts = ctx.state.handoffs.texts;
    const sent = (texts[persona.id] ?? []).filter((at) => at > ctx.now - TEXT_WINDOW_MS);
    const refusedUntil = textRefusal(ctx, sent);
    if (refusedUntil !== null) {
      throw fail(429, 'HANDOFF_LINK_RATE_LIMITED', 'Too many links texted; try again later.', {
        retryAt: iso(refusedUntil),
      });
    }
    sent.push(ctx.now);
    texts[persona.id] = sent;
    const link = `${origin ?? pageOrigin()}${HANDOFF_PATH}#${latest.token}`;
    ctx.state.messages = [
      ...ctx.state.messages,
      {
        at: iso(ctx.now),
        to: persona.phone,
        body:
          `Continue your order on your phone: ${link} ` +
          `The link works once, for ${rules.handoffTtl / 60} minutes. ` +
          'If you did not ask for it, ignore this text.',
      },
    ].slice(-MAX_MESSAGES);
    return {
      status: 202,
      body: {
        phoneMasked: maskPhone(persona.phone),
        resendAvailableAt: iso(textRefusal(ctx, sent) ?? ctx.now),
      },
    };
  },

  getHandoffTokenState: (ctx, { body }) => {
    const record = ctx.state.handoffs.byToken[body.token];
    if (!record) throw fail(404, 'NOT_FOUND', 'This link is not known.');
    return { status: 200, body: { state: stateOf(record, ctx.now) } };
  },

  redeemHandoffCode: (ctx, { body }) => {
    const book = ctx.state.handoffs;
    if (book.codeLockedUntil !== null && ctx.now >= book.codeLockedUntil) {
      book.codeLockedUntil = null;
    }
    if (book.codeLockedUntil !== null) {
      return wrongCode(ctx, 'HANDOFF_CODE_LOCKED', 'Too many wrong codes.', book.codeLockedUntil);
    }
    book.wrongCodes = book.wrongCodes.filter((at) => at > ctx.now - CODE_WINDOW_MS);
    const matches = Object.entries(book.byToken).filter(([, record]) => record.code === body.code);
    const open = matches.find(([, record]) => stateOf(record, ctx.now) === 'valid');
    if (open) return { status: 200, body: { token: open[0] } };
    const [closed] = matches.map(([, record]) => record).sort((a, b) => b.expiresAt - a.expiresAt);
    if (closed) {
      refuseClosed(
        stateOf(closed, ctx.now),
        'This code has expired; ask for a new one.',
        'This code has already been used.',
      );
    }
    // Returned, not thrown, so that the count is kept.
    book.wrongCodes.push(ctx.now);
    if (book.wrongCodes.length >= CODE_MAX_FAILURES) {
      book.wrongCodes = [];
      book.codeLockedUntil = ctx.now + CODE_LOCKOUT_MS;
      return wrongCode(ctx, 'HANDOFF_CODE_LOCKED', 'Too many wrong codes.', book.codeLockedUntil);
    }
    return wrongCode(ctx, 'HANDOFF_CODE_INVALID', 'The code is not correct.');
  },

  claimHandoff: (ctx, { session, token, body }) => {
    const book = ctx.state.handoffs;
    const record = book.byToken[body.token];
    if (!record) throw fail(404, 'NOT_FOUND', 'This link is not known.');
    if (record.personaId !== session.personaId) {
      throw fail(403, 'FORBIDDEN', 'This link was made for another customer.');
    }
    const order = requireOrder(ctx, session, record.orderId);
    const answer = () => ({
      status: 200,
      body: { orderId: order.id, nextStep: orderView(ctx, order).nextStep },
    });
    // A retry from the session that claimed it (its answer lost on the way) succeeds again.
    if (record.claimedBy !== undefined && record.claimedBy === token) return answer();
    refuseClosed(
      stateOf(record, ctx.now),
      'This link has expired; ask for a new one.',
      'This link has already been used.',
    );
    record.claimedBy = token ?? '';
    prune(ctx);
    for (const other of Object.values(book.byToken)) {
      if (other.orderId !== order.id || other.openedBy === token) continue;
      const ended = ctx.state.sessions[other.openedBy];
      if (!ended) continue;
      delete ctx.state.sessions[other.openedBy];
      book.endedSessions[other.openedBy] = ended.expiresAt;
    }
    renewHolds(ctx, order);
    return answer();
  },
};
