/**
 * The sign-in rules: one answer for every identifier, the resend cooldown, the lockout after
 * wrong codes and, with a test clock, code expiry and the end of the lockout. The cooldown and
 * the lockout use an identifier without an account, new on every run, so no persona is locked
 * and no earlier run's lockout is in the way.
 */
import { randomUUID } from 'node:crypto';
import {
  SANDBOX_OTP,
  SANDBOX_UNKNOWN_PHONE,
  sandboxTimeRules,
} from '../../../src/api/contract/sandbox';
import type { ApiError, OtpSent, Session } from '../api-types';
import { isAboutSecondsAhead } from '../clock';
import { excerpt } from '../excerpt';
import { advanceClock, expectError, runFlow, withTestClock, type Flow, type Kit } from '../flow';
import type { Exchange } from '../http';
import type { RuleId } from '../rules';
import { authenticate, sendCode } from './steps';

/** The code after the right one: wrong for every identifier. */
const WRONG_CODE = String((Number(SANDBOX_OTP) + 1) % 1_000_000).padStart(6, '0');
/** How far `Retry-After` may be from the expected number of seconds (rounding, latency). */
const RETRY_AFTER_TOLERANCE_S = 5;

// Calls whose answer a check judges, refusals included (`sendCode` needs a success).
const requestCode = (kit: Kit, identifier: string, channel = 'sms') =>
  kit.api.call('generateOtp', { body: { identifier, channel } });

const tryCode = (kit: Kit, identifier: string, code: string) =>
  kit.api.call('authenticate', { body: { method: 'otp', identifier, code } });

/** Checks that a refusal says when to retry: `retryAt` in the body and `Retry-After` (seconds). */
function expectRetryAfter(
  kit: Kit,
  rule: RuleId,
  exchange: Exchange,
  refusal: ApiError,
  seconds: number,
): void {
  const header = Number(exchange.headers.get('retry-after') ?? Number.NaN);
  const retryAtOk = isAboutSecondsAhead(kit.clock, refusal.retryAt, seconds);
  const headerOk =
    Number.isInteger(header) && Math.abs(header - seconds) <= RETRY_AFTER_TOLERANCE_S;
  kit.ledger.check(rule, retryAtOk && headerOk, () => ({
    request: exchange.summary,
    problem: `retryAt and Retry-After must both say about ${seconds} s from now`,
    details: [
      `body: ${excerpt({ retryAt: refusal.retryAt })}`,
      `Retry-After: ${exchange.headers.get('retry-after') ?? 'absent'}`,
    ],
  }));
}

async function checkCooldown(flow: Flow, stranger: string): Promise<void> {
  await sendCode(flow, stranger, 'email');
  const again = await requestCode(flow, stranger, 'email');
  const refusal = expectError(flow, 'sign-in.cooldown', again, 429, 'OTP_COOLDOWN');
  if (refusal) {
    expectRetryAfter(flow, 'sign-in.cooldown', again, refusal, sandboxTimeRules.otpResendCooldown);
  }
}

/**
 * Wrong codes count `attemptsRemaining` down to the lock. The wrong code that reaches
 * maxSignInFailures may answer 423 itself, or 401 with 0 attempts left and then 423.
 */
async function checkLockout(flow: Flow, stranger: string): Promise<void> {
  const max = sandboxTimeRules.maxSignInFailures;
  for (let attempt = 1; attempt <= max + 1; attempt++) {
    const answer = await tryCode(flow, stranger, WRONG_CODE);
    if (answer.status === 423) {
      const tooEarly = attempt < max;
      const locked = expectError(flow, 'sign-in.lockout', answer, 423, 'SIGN_IN_LOCKED');
      flow.ledger.check('sign-in.lockout', !tooEarly, () => ({
        request: answer.summary,
        problem: `locked after ${attempt} wrong codes; maxSignInFailures is ${max}`,
      }));
      if (locked) {
        expectRetryAfter(flow, 'sign-in.lockout', answer, locked, sandboxTimeRules.signInLockout);
      }
      return;
    }
    const refusal = expectError(flow, 'sign-in.lockout', answer, 401, 'OTP_INVALID');
    if (!refusal) return;
    const { attemptsRemaining } = refusal;
    const countsDown = flow.ledger.check(
      'sign-in.lockout',
      attemptsRemaining === max - attempt,
      () => ({
        request: answer.summary,
        problem: `after ${attempt} wrong code(s), attemptsRemaining must be ${max - attempt}`,
        details: [`body: ${excerpt({ attemptsRemaining })}`],
      }),
    );
    if (!countsDown) return;
  }
  flow.ledger.fail('sign-in.lockout', {
    problem: `sign-in was not locked after ${max + 1} wrong codes`,
  });
}

async function checkLockoutEnds(flow: Flow, stranger: string): Promise<void> {
  const rule = 'sign-in.lockout-ends';
  if (!(await advanceClock(flow, rule, sandboxTimeRules.signInLockout + 1))) return;
  const answer = await tryCode(flow, stranger, WRONG_CODE);
  // The stranger's code has expired by now, so OTP_EXPIRED is as right as OTP_INVALID.
  flow.ledger.check(rule, answer.status === 401, () => ({
    request: answer.summary,
    problem: `${sandboxTimeRules.signInLockout + 1} s after the lock, a wrong code must answer 401, not ${answer.status}`,
    details: [`body: ${excerpt(answer.body)}`],
  }));
}

export async function checkSignIn(kit: Kit): Promise<void> {
  const plan = {
    name: 'the sign-in checks',
    blame: 'sign-in.lockout',
    rules: ['sign-in.cooldown', 'sign-in.lockout', 'sign-in.lockout-ends'],
  } as const;
  await runFlow(kit, plan, async (flow) => {
    const stranger = `conformance-${randomUUID()}@example.com`;
    await checkCooldown(flow, stranger);
    await checkLockout(flow, stranger);
    await withTestClock(flow, 'sign-in.lockout-ends', () => checkLockoutEnds(flow, stranger));
  });
}

function codeAnswerShape(exchange: Exchange): string {
  const body = exchange.body as Partial<OtpSent> | null;
  const resendAfterMs =
    Date.parse(body?.resendAvailableAt ?? '') - Date.parse(body?.expiresAt ?? '');
  // Whole seconds: the two requests are made a moment apart.
  const shape = {
    status: exchange.status,
    fields: Object.keys(body ?? {}).sort(),
    channel: body?.channel,
    resendBeforeExpiryS: Math.round(resendAfterMs / 1000),
  };
  return excerpt(shape);
}

/**
 * Signs a persona in, comparing the answer to its code request with the unknown phone's: the
 * same status, fields, channel and timings, so no answer tells whether an account exists.
 */
export async function signInComparingUnknownPhone(flow: Flow, phone: string): Promise<Session> {
  const accountAnswer = await sendCode(flow, phone);
  const unknown = await requestCode(flow, SANDBOX_UNKNOWN_PHONE);
  const [personaShape, unknownShape] = [codeAnswerShape(accountAnswer), codeAnswerShape(unknown)];
  flow.ledger.check('sign-in.same-answer', personaShape === unknownShape, () => ({
    request: unknown.summary,
    problem: "the unknown phone's answer differs from an account's",
    details: [`account: ${personaShape}`, `unknown phone: ${unknownShape}`],
  }));
  return authenticate(flow, phone);
}

/**
 * Signs a persona in. With a test clock, its first code is let expire first: trying it then must
 * answer 401 OTP_EXPIRED, and a new code signs in.
 */
export async function signInAfterExpiredCode(flow: Flow, phone: string): Promise<Session> {
  await sendCode(flow, phone);
  let session: Session | undefined;
  await withTestClock(flow, 'sign-in.otp-expiry', async () => {
    if (!(await advanceClock(flow, 'sign-in.otp-expiry', sandboxTimeRules.otpTtl + 1))) return;
    const late = await tryCode(flow, phone, SANDBOX_OTP);
    expectError(flow, 'sign-in.otp-expiry', late, 401, 'OTP_EXPIRED');
    if (late.status === 200) session = late.body as Session;
    else await sendCode(flow, phone);
  });
  return session ?? authenticate(flow, phone);
}
