/**
 * The sign-in page as a state machine: which stage shows, and what each stage needs to show it.
 * The stages make the calls and dispatch what came of them (sign-in-refusals.ts reads a refusal);
 * every move between stages is here.
 */
import type { ApiError } from '@/api/api-error';
import type { OtpChannel, PasskeyRegistrationOptions } from '@/api/contract/schemas';
import type { IdentifierKind, SignInMethod } from './sign-in-schema';

/** A code asked for: where it goes, and how many codes this page has asked for so far. */
export interface CodeAsked {
  identifier: string;
  kind: IdentifierKind;
  channel: OtpChannel;
  /** Re-keys the announcement of each new code, so that each one is read out. */
  sends: number;
}

/** A code that was asked for: what the code stage shows and when another may be asked for. */
export interface CodeRequest extends CodeAsked {
  resendAvailableAt: string;
  /** Whole minutes the code stays valid, worked out when it was sent. */
  validMinutes: number | null;
  /** True when the server said a code went out moments ago (cooldown), so none was sent now. */
  earlier: boolean;
}

/** What was entered on the identifier stage: it is all there again when the customer comes back. */
export interface EnteredIdentifier {
  identifier: string;
  method: SignInMethod;
  /** True once the customer picked the method themselves; until then it follows what is typed. */
  methodChosen: boolean;
}

export type PasskeyProblem = 'cancelled' | 'not-found' | 'invalid' | 'failed';

/** A call that failed for a reason the page has no words of its own for: a notice with a retry. */
export interface Failure {
  error: ApiError;
  retry: () => void;
}

export interface IdentifierStageState {
  name: 'identifier';
  /** Back from a later stage: the identifier field takes the focus. */
  returned: boolean;
  /** The server no longer took the identifier a code was asked for. */
  notRecognised: boolean;
  passkeyProblem: PasskeyProblem | null;
}

export interface CodeStageState {
  name: 'code';
  request: CodeRequest;
  /** Signed in: the passkey offer is being prepared. */
  finishing: boolean;
}

export type Stage =
  | IdentifierStageState
  | CodeStageState
  | { name: 'locked'; retryAt: string }
  | { name: 'passkey-offer'; options: PasskeyRegistrationOptions; customerId: string };

export interface SignInState {
  stage: Stage;
  entered: EnteredIdentifier | null;
  failure: Failure | null;
}

export type SignInEvent =
  /** A call starts; the identifier stage says what was entered. */
  | { type: 'started'; entered?: EnteredIdentifier }
  | { type: 'code-sent'; request: CodeRequest }
  /** No new code went out: another may be asked for from `availableAt`. */
  | { type: 'resend-later'; availableAt: string }
  | { type: 'locked'; retryAt: string }
  /** What went wrong with a passkey; null once the customer turns to a code instead. */
  | { type: 'passkey-problem'; problem: PasskeyProblem | null }
  | { type: 'failed'; failure: Failure }
  /** Signed in with a code: the passkey offer is being prepared. */
  | { type: 'finishing' }
  | { type: 'passkey-offered'; options: PasskeyRegistrationOptions; customerId: string }
  /** Back to the identifier: the customer's choice, or the server no longer took it. */
  | { type: 'back'; notRecognised?: boolean };

function identifierStage(returned: boolean, notRecognised: boolean): Stage {
  return { name: 'identifier', returned, notRecognised, passkeyProblem: null };
}

export const initialSignInState: SignInState = {
  stage: identifierStage(false, false),
  entered: null,
  failure: null,
};

function withPasskeyProblem(state: SignInState, problem: PasskeyProblem | null): SignInState {
  const { stage } = state;
  return stage.name === 'identifier'
    ? { ...state, stage: { ...stage, passkeyProblem: problem } }
    : state;
}

export function signInReducer(state: SignInState, event: SignInEvent): SignInState {
  const { stage } = state;
  switch (event.type) {
    case 'started':
      return {
        ...withPasskeyProblem(state, null),
        entered: event.entered ?? state.entered,
        failure: null,
      };
    case 'code-sent':
      return { ...state, stage: { name: 'code', request: event.request, finishing: false } };
    case 'resend-later':
      if (stage.name !== 'code') return state;
      return {
        ...state,
        stage: { ...stage, request: { ...stage.request, resendAvailableAt: event.availableAt } },
      };
    case 'locked':
      return { ...state, stage: { name: 'locked', retryAt: event.retryAt } };
    case 'passkey-problem':
      return withPasskeyProblem(state, event.problem);
    case 'failed':
      return { ...state, failure: event.failure };
    case 'finishing':
      return stage.name === 'code' ? { ...state, stage: { ...stage, finishing: true } } : state;
    case 'passkey-offered':
      return {
        ...state,
        stage: { name: 'passkey-offer', options: event.options, customerId: event.customerId },
      };
    case 'back': {
      // The customer's own way back focuses the field; the server's refusal puts words by it.
      const notRecognised = event.notRecognised === true;
      return { ...state, stage: identifierStage(!notRecognised, notRecognised), failure: null };
    }
  }
}
