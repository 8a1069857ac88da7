import { ApiError } from '@/api/api-error';
import type { KnownErrorCode } from '@/api/contract/schemas';
import type { CodeAsked } from './sign-in-machine';
import { signInMessages } from './sign-in-messages';
import { refusalOf } from './sign-in-refusals';

const RETRY_AT = '2030-01-01T10:15:00Z';

function refusal(
  code: KnownErrorCode,
  extra: { retryAt?: string; attemptsRemaining?: number } = {},
) {
  const body = { code, message: 'refused', fieldErrors: [], ...extra };
  return new ApiError({ operationId: 'authenticate', status: 401, code, message: '', body });
}

const asked: CodeAsked = { identifier: '2015550101', kind: 'phone', channel: 'sms', sends: 1 };
const retry = () => undefined;
const context = { t: signInMessages.get(), dateTime: () => '10:15 AM', retry, asked };

describe('what a refusal means to the sign-in page', () => {
  it('locks on either stage, when the server says until when', () => {
    const locked = refusal('SIGN_IN_LOCKED', { retryAt: RETRY_AT });
    const event = { type: 'locked', retryAt: RETRY_AT };
    expect(refusalOf(locked, 'identifier', context)).toEqual({ event });
    expect(refusalOf(locked, 'code', context)).toEqual({ event });
  });

  it('takes a code sent moments ago as sent, or moves only the countdown when resending', () => {
    const cooldown = refusal('OTP_COOLDOWN', { retryAt: RETRY_AT });
    expect(refusalOf(cooldown, 'identifier', context)).toEqual({
      event: {
        type: 'code-sent',
        request: { ...asked, resendAvailableAt: RETRY_AT, validMinutes: null, earlier: true },
      },
    });
    expect(refusalOf(cooldown, 'code', context)).toEqual({
      event: { type: 'resend-later', availableAt: RETRY_AT },
    });
  });

  it('words too many codes by the field of the stage that asked', () => {
    const limited = refusal('OTP_RATE_LIMITED', { retryAt: RETRY_AT });
    const message = 'You have asked for too many codes. You can ask for a new one at 10:15 AM.';
    const event = { type: 'resend-later', availableAt: RETRY_AT };
    expect(refusalOf(limited, 'identifier', context)).toEqual({
      field: { name: 'identifier', message },
      event,
    });
    expect(refusalOf(limited, 'code', context)).toEqual({
      field: { name: 'code', message },
      event,
    });
  });

  it('words a wrong or expired code by the code, with the tries left', () => {
    expect(refusalOf(refusal('OTP_INVALID', { attemptsRemaining: 1 }), 'code', context)).toEqual({
      field: {
        name: 'code',
        message: 'That code is not right. You have 1 try left before sign-in is locked.',
      },
    });
    expect(refusalOf(refusal('OTP_INVALID'), 'code', context).field?.message).toBe(
      'That code is not right. Check it and try again.',
    );
    expect(refusalOf(refusal('OTP_EXPIRED'), 'code', context).field?.message).toBe(
      'That code has expired. Ask for a new code below.',
    );
  });

  it('words a wrong password by the password', () => {
    expect(
      refusalOf(refusal('PASSWORD_INVALID', { attemptsRemaining: 3 }), 'identifier', context),
    ).toEqual({
      field: { name: 'password', message: 'That password is not right. You have 3 tries left.' },
    });
  });

  it('words an identifier the server does not take by it, going back to it from the code', () => {
    expect(refusalOf(refusal('VALIDATION_FAILED'), 'identifier', context)).toEqual({
      field: { name: 'identifier', message: context.t.identifierNotRecognised },
    });
    expect(refusalOf(refusal('VALIDATION_FAILED'), 'code', context)).toEqual({
      event: { type: 'back', notRecognised: true },
    });
  });

  it('names the passkey problem', () => {
    expect(refusalOf(refusal('PASSKEY_NOT_FOUND'), 'identifier', context)).toEqual({
      event: { type: 'passkey-problem', problem: 'not-found' },
    });
    expect(refusalOf(refusal('PASSKEY_INVALID'), 'identifier', context)).toEqual({
      event: { type: 'passkey-problem', problem: 'invalid' },
    });
  });

  it('leaves anything else, and a refusal without its details, to a notice with a retry', () => {
    const failed = (error: ApiError) => ({ event: { type: 'failed', failure: { error, retry } } });
    for (const error of [refusal('INTERNAL'), refusal('OTP_INVALID')]) {
      expect(refusalOf(error, 'identifier', context)).toEqual(failed(error));
    }
    for (const error of [
      refusal('SIGN_IN_LOCKED'),
      refusal('OTP_COOLDOWN'),
      refusal('PASSWORD_INVALID'),
    ]) {
      expect(refusalOf(error, 'code', context)).toEqual(failed(error));
    }
  });
});
