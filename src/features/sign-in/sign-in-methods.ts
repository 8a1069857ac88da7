import type { AuthMethod } from '@/api/contract/schemas';
import type { IdentifierKind, SignInMethod } from './sign-in-schema';

/** The methods this page offers, in the API's order; passkeys only where they can work. */
export function methodOptions(methods: readonly AuthMethod[], passkeys: boolean): SignInMethod[] {
  const options = methods.flatMap((method): SignInMethod[] => {
    if (method.type === 'otp') return method.channels;
    if (method.type === 'password') return ['password'];
    return passkeys ? ['passkey'] : [];
  });
  return [...new Set(options)];
}

/** The code channel that matches what was typed (a phone → text, an e-mail → e-mail). */
export function preferredMethod(
  options: readonly SignInMethod[],
  kind: IdentifierKind | null,
): SignInMethod | undefined {
  const channel: SignInMethod = kind === 'email' ? 'email' : 'sms';
  if (options.includes(channel)) return channel;
  return options.find((option) => option === 'sms' || option === 'email') ?? options[0];
}
