/**
 * Every error code the sign-in page words itself, read in one place: what a refusal of a stage's
 * call means. Words go next to a field of that stage; the machine moves on the event.
 */
import type { ApiError } from '@/api/api-error';
import type { CodeAsked, SignInEvent } from './sign-in-machine';
import type { signInMessages } from './sign-in-messages';

type SignInField = 'identifier' | 'password' | 'code';

export interface Refusal<Field extends SignInField = SignInField> {
  field?: { name: Field; message: string };
  /** Without one, nothing else changes: the customer corrects the field and tries again. */
  event?: SignInEvent;
}

export interface RefusalContext {
  t: ReturnType<typeof signInMessages.get>;
  dateTime: (iso: string) => string;
  /** Makes the same call again, from the notice of a failure the page has no words for. */
  retry: () => void;
  /** The code the call asked for, when it asked for one. */
  asked?: CodeAsked;
}

export function refusalOf(
  error: ApiError,
  stage: 'identifier',
  context: RefusalContext,
): Refusal<'identifier' | 'password'>;
export function refusalOf(error: ApiError, stage: 'code', context: RefusalContext): Refusal<'code'>;
export function refusalOf(
  error: ApiError,
  stage: 'identifier' | 'code',
  { t, dateTime, retry, asked }: RefusalContext,
): Refusal {
  const { retryAt, attemptsRemaining: left } = error;
  const onCode = stage === 'code';
  const words = (name: SignInField, message: string): Refusal => ({ field: { name, message } });

  switch (error.code) {
    case 'SIGN_IN_LOCKED':
      if (retryAt) return { event: { type: 'locked', retryAt } };
      break;
    case 'OTP_COOLDOWN':
      // Resent too soon: the countdown shows when a new code can be asked for. Asked for afresh:
      // a code went out moments ago, so the customer can enter that one.
      if (retryAt && onCode) return { event: { type: 'resend-later', availableAt: retryAt } };
      if (retryAt && asked) {
        const request = { ...asked, resendAvailableAt: retryAt, validMinutes: null, earlier: true };
        return { event: { type: 'code-sent', request } };
      }
      break;
    case 'OTP_RATE_LIMITED':
      if (retryAt) {
        const message = t.tooManyCodes({ time: dateTime(retryAt) });
        return {
          field: { name: onCode ? 'code' : 'identifier', message },
          event: { type: 'resend-later', availableAt: retryAt },
        };
      }
      break;
    case 'VALIDATION_FAILED':
      if (onCode) return { event: { type: 'back', notRecognised: true } };
      return words('identifier', t.identifierNotRecognised);
    case 'OTP_INVALID':
      if (onCode)
        return words('code', left === undefined ? t.codeWrong : t.codeWrongAttempts(left));
      break;
    case 'OTP_EXPIRED':
      if (onCode) return words('code', t.codeExpired);
      break;
    case 'PASSWORD_INVALID':
      if (!onCode) {
        return words(
          'password',
          left === undefined ? t.passwordWrong : t.passwordWrongAttempts(left),
        );
      }
      break;
    case 'PASSKEY_NOT_FOUND':
      if (!onCode) return { event: { type: 'passkey-problem', problem: 'not-found' } };
      break;
    case 'PASSKEY_INVALID':
      if (!onCode) return { event: { type: 'passkey-problem', problem: 'invalid' } };
      break;
  }
  return { event: { type: 'failed', failure: { error, retry } } };
}
