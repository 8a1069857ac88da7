/**
 * Signing in, the same for every method: the call, then what follows it (a passkey offer after a
 * code, the checkout resumed where a session ended, or the account step).
 */
import type { Dispatch } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '@/api/api-error';
import { getPasskeyRegistrationOptions, useAuthenticate } from '@/api/auth';
import type { RequestBody } from '@/api/client';
import { getLastCustomerId } from '@/api/session';
import { clearDraft } from '@/checkout/draft';
import { paths } from '@/checkout/paths';
import { handoffToken, takeResumePath } from '@/checkout/resume';
import type { SignInEvent } from './sign-in-machine';

type AuthenticateBody = RequestBody<'authenticate'>;

/** Called once signed in; `before` is the customer this page last held, if any. */
export type SignedIn = (
  customerId: string,
  before: string | null,
  method: AuthenticateBody['method'],
) => void;

export function useFinishSignIn(dispatch: Dispatch<SignInEvent>, passkeys: boolean) {
  const navigate = useNavigate();

  // A hand-off link opened on this device: back to /continue, which claims the order.
  const goOn = (customerId: string) => {
    const resumePath = takeResumePath(customerId);
    void navigate(handoffToken.get() ? paths.continue : (resumePath ?? paths.account), {
      replace: true,
    });
  };

  /** After a code sign-in: a passkey for next time, if this customer has none yet. */
  const offerPasskey = async (customerId: string) => {
    dispatch({ type: 'finishing' });
    try {
      const options = await getPasskeyRegistrationOptions();
      if (options.excludeCredentials.length === 0) {
        dispatch({ type: 'passkey-offered', options, customerId });
        return;
      }
    } catch {
      // The offer is a nicety: without its options, the checkout simply goes on.
    }
    goOn(customerId);
  };

  const signedIn: SignedIn = (customerId, before, method) => {
    // Choices made for someone else (a shared screen) must not carry over to this customer.
    if (before !== null && before !== customerId) clearDraft();
    if (method === 'otp' && passkeys) void offerPasskey(customerId);
    else goOn(customerId);
  };

  return { signedIn, goOn };
}

export interface SignInCallbacks {
  /** Signed in: the stage forgets the secret it held (a code, a password). */
  onSuccess: () => void;
  onError: (error: ApiError) => void;
  onSettled?: () => void;
}

/** The sign-in call of a stage; success goes on to `signedIn`. */
export function useSignIn(signedIn: SignedIn) {
  const authenticate = useAuthenticate();

  const signIn = (body: AuthenticateBody, { onSuccess, onError, onSettled }: SignInCallbacks) => {
    // Read before signing in: `useAuthenticate` records the new customer on success.
    const before = getLastCustomerId();
    authenticate.mutate(body, {
      onSuccess: (session) => {
        onSuccess();
        authenticate.reset();
        signedIn(session.customerId, before, body.method);
      },
      onError,
      onSettled,
    });
  };

  return { signIn, pending: authenticate.isPending };
}
