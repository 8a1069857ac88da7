import { ApiError } from '@/api/api-error';
import type { PasskeyRegistrationOptions } from '@/api/contract/schemas';
import {
  initialSignInState,
  signInReducer,
  type CodeRequest,
  type SignInEvent,
  type SignInState,
} from './sign-in-machine';

const request: CodeRequest = {
  identifier: '2015550101',
  kind: 'phone',
  channel: 'sms',
  sends: 1,
  resendAvailableAt: '2030-01-01T10:00:30Z',
  validMinutes: 10,
  earlier: false,
};

const entered = { identifier: '2015550101', method: 'sms', methodChosen: false } as const;

const failure = {
  error: new ApiError({ operationId: 'generateOtp', status: 500, code: 'INTERNAL', message: '' }),
  retry: () => undefined,
};

/** The state after these events, from the start. */
const after = (...events: SignInEvent[]): SignInState =>
  events.reduce(signInReducer, initialSignInState);

const onCode = after({ type: 'started', entered }, { type: 'code-sent', request });

describe('the sign-in machine', () => {
  it('starts on the identifier, with nothing entered and nothing wrong', () => {
    expect(initialSignInState).toEqual({
      stage: { name: 'identifier', returned: false, notRecognised: false, passkeyProblem: null },
      entered: null,
      failure: null,
    });
  });

  it('keeps what was entered when a call starts, and clears what went wrong before', () => {
    const before = after(
      { type: 'passkey-problem', problem: 'cancelled' },
      { type: 'failed', failure },
    );
    expect(before.failure).toBe(failure);
    expect(before.stage).toMatchObject({ passkeyProblem: 'cancelled' });

    const started = signInReducer(before, { type: 'started', entered });
    expect(started).toEqual({
      stage: { name: 'identifier', returned: false, notRecognised: false, passkeyProblem: null },
      entered,
      failure: null,
    });
    // A call of the code stage says nothing of the identifier: what was entered stays.
    expect(signInReducer(onCode, { type: 'started' }).entered).toBe(entered);
  });

  it('moves to the code once one is sent, and a new code replaces the request', () => {
    expect(onCode.stage).toEqual({ name: 'code', request, finishing: false });
    const resent = { ...request, sends: 2, resendAvailableAt: '2030-01-01T10:01:30Z' };
    expect(signInReducer(onCode, { type: 'code-sent', request: resent }).stage).toEqual({
      name: 'code',
      request: resent,
      finishing: false,
    });
  });

  it('moves only the countdown when no new code went out', () => {
    const later = signInReducer(onCode, {
      type: 'resend-later',
      availableAt: '2030-01-01T11:00:00Z',
    });
    expect(later.stage).toEqual({
      name: 'code',
      request: { ...request, resendAvailableAt: '2030-01-01T11:00:00Z' },
      finishing: false,
    });
    // On the identifier there is no countdown to move.
    const onIdentifier = after({ type: 'started', entered });
    expect(
      signInReducer(onIdentifier, { type: 'resend-later', availableAt: '2030-01-01T11:00:00Z' }),
    ).toBe(onIdentifier);
  });

  it('locks, and goes back to the identifier from the lock with what was entered', () => {
    const locked = signInReducer(onCode, { type: 'locked', retryAt: '2030-01-01T10:15:00Z' });
    expect(locked.stage).toEqual({ name: 'locked', retryAt: '2030-01-01T10:15:00Z' });

    const back = signInReducer(locked, { type: 'back' });
    expect(back).toEqual({
      stage: { name: 'identifier', returned: true, notRecognised: false, passkeyProblem: null },
      entered,
      failure: null,
    });
  });

  it('goes back from the code, dropping a failure of the code stage', () => {
    const failed = signInReducer(onCode, { type: 'failed', failure });
    expect(failed.failure).toBe(failure);
    expect(signInReducer(failed, { type: 'back' })).toMatchObject({
      stage: { name: 'identifier', returned: true },
      failure: null,
    });
  });

  it('goes back to say the identifier is not recognised, without taking the focus there', () => {
    expect(signInReducer(onCode, { type: 'back', notRecognised: true }).stage).toEqual({
      name: 'identifier',
      returned: false,
      notRecognised: true,
      passkeyProblem: null,
    });
  });

  it('shows a passkey problem on the identifier, until the customer turns to a code', () => {
    const problem = after({ type: 'passkey-problem', problem: 'not-found' });
    expect(problem.stage).toMatchObject({ name: 'identifier', passkeyProblem: 'not-found' });
    const instead = signInReducer(problem, { type: 'passkey-problem', problem: null });
    expect(instead.stage).toMatchObject({ name: 'identifier', passkeyProblem: null });
    // Nowhere else to show one.
    expect(signInReducer(onCode, { type: 'passkey-problem', problem: 'failed' })).toBe(onCode);
  });

  it('finishes a code sign-in on the code stage, then offers a passkey', () => {
    const finishing = signInReducer(onCode, { type: 'finishing' });
    expect(finishing.stage).toEqual({ name: 'code', request, finishing: true });

    const options = { challenge: 'abc' } as unknown as PasskeyRegistrationOptions;
    const offered = signInReducer(finishing, {
      type: 'passkey-offered',
      options,
      customerId: 'C1000102',
    });
    expect(offered.stage).toEqual({ name: 'passkey-offer', options, customerId: 'C1000102' });
  });
});
