import type { Dispatch } from 'react';
import type { ApiError } from '@/api/api-error';
import { useGenerateOtp } from '@/api/auth';
import type { CodeAsked, SignInEvent } from './sign-in-machine';

/** Asks for a code; once one has gone out, the page moves to (or stays on) the code stage. */
export function useSendCode(dispatch: Dispatch<SignInEvent>) {
  const generateOtp = useGenerateOtp();

  const sendCode = (asked: CodeAsked, onError: (error: ApiError) => void) => {
    generateOtp.mutate(
      { identifier: asked.identifier, channel: asked.channel },
      {
        onSuccess: ({ channel, expiresAt, resendAvailableAt }) => {
          const minutes = Math.round((Date.parse(expiresAt) - Date.now()) / 60_000);
          dispatch({
            type: 'code-sent',
            request: {
              ...asked,
              channel,
              resendAvailableAt,
              validMinutes: minutes > 0 ? minutes : null,
              earlier: false,
            },
          });
        },
        onError,
      },
    );
  };

  return { sendCode, pending: generateOtp.isPending };
}
