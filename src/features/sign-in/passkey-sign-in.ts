import { useState, type Dispatch } from 'react';
import { ApiError } from '@/api/api-error';
import { getPasskeyChallenge } from '@/api/auth';
import type { PasskeyAssertion } from '@/api/contract/schemas';
import type { SignInCallbacks, useSignIn } from './finish-sign-in';
import { isCancelledByUser } from './passkey-support';
import type { SignInEvent } from './sign-in-machine';

/** Signing in with a passkey: the browser's prompt answers a challenge, then the sign-in call. */
export function usePasskeySignIn(
  dispatch: Dispatch<SignInEvent>,
  signIn: ReturnType<typeof useSignIn>['signIn'],
) {
  const [prompting, setPrompting] = useState(false);

  const signInWithPasskey = async (identifier: string, callbacks: SignInCallbacks) => {
    setPrompting(true);
    let credential: PasskeyAssertion;
    try {
      // The ceremony's code loads only now, so the page's first load does not carry it.
      const [ceremony, challenge] = await Promise.all([
        import('./passkey-ceremony'),
        getPasskeyChallenge(),
      ]);
      credential = await ceremony.getAssertion(challenge);
    } catch (error) {
      setPrompting(false);
      if (error instanceof ApiError) callbacks.onError(error);
      else {
        const problem = isCancelledByUser(error) ? 'cancelled' : 'failed';
        dispatch({ type: 'passkey-problem', problem });
      }
      return;
    }
    signIn(
      { method: 'passkey', identifier, credential },
      { ...callbacks, onSettled: () => setPrompting(false) },
    );
  };

  return { signInWithPasskey, pending: prompting };
}
