/**
 * The contract's shapes for signing in: sending a code, the passkey challenge and the sign-in
 * itself. They load with the first of those calls, apart from the first call's shapes
 * (`public-schemas.ts`).
 */
import { z } from 'zod';
import { isoDateTime, named } from './boot-schemas';
import { OtpChannel } from './public-schemas';

export const Identifier = named(
  'Identifier',
  z.string().min(3).max(254).describe('A US phone number in any common format, or an e-mail.'),
);

export const GenerateOtpRequest = named(
  'GenerateOtpRequest',
  z.object({ identifier: Identifier, channel: OtpChannel }),
);
export type GenerateOtpRequest = z.infer<typeof GenerateOtpRequest>;

export const GenerateOtpResponse = named(
  'GenerateOtpResponse',
  z.object({
    channel: OtpChannel,
    expiresAt: isoDateTime,
    resendAvailableAt: isoDateTime,
  }),
  'The same answer whether or not the identifier has an account.',
);
export type GenerateOtpResponse = z.infer<typeof GenerateOtpResponse>;

export const Base64Url = named(
  'Base64Url',
  z
    .string()
    .min(1)
    .max(8192)
    .regex(/^[A-Za-z0-9_-]+$/),
  'Bytes in unpadded base64url, as WebAuthn writes them.',
);

export const PasskeyChallenge = named(
  'PasskeyChallenge',
  z.object({
    challenge: Base64Url,
    rpId: z.string().describe('The relying party: the host name the app runs on.'),
    timeoutMs: z.number().int().positive(),
    userVerification: z.enum(['required', 'preferred', 'discouraged']),
    expiresAt: isoDateTime,
  }),
  'A single-use challenge for `navigator.credentials.get`; it works once, until `expiresAt`.',
);
export type PasskeyChallenge = z.infer<typeof PasskeyChallenge>;

export const PasskeyAssertion = named(
  'PasskeyAssertion',
  z.object({
    id: Base64Url.describe('The credential id.'),
    clientDataJSON: Base64Url,
    authenticatorData: Base64Url,
    signature: Base64Url,
    userHandle: Base64Url.optional(),
  }),
  "What `navigator.credentials.get` answered (the credential's `response`), base64url.",
);
export type PasskeyAssertion = z.infer<typeof PasskeyAssertion>;

export const AuthRequest = named(
  'AuthRequest',
  z.discriminatedUnion('method', [
    z.object({
      method: z.literal('otp'),
      identifier: Identifier,
      code: z.string().regex(/^\d{6}$/),
    }),
    z.object({
      method: z.literal('password'),
      identifier: Identifier,
      password: z.string().min(1).max(200),
    }),
    z.object({
      method: z.literal('passkey'),
      identifier: Identifier,
      credential: PasskeyAssertion,
    }),
  ]),
);
export type AuthRequest = z.infer<typeof AuthRequest>;
