/**
 * The contract's shapes for the calls made before sign-in, and the error shape of every call.
 * They load apart from the rest (`schemas.ts`): building zod schemas costs time on a phone's
 * CPU, and the sign-in page needs only these.
 */
import { z } from 'zod';
import { isoDateTime, named } from './boot-schemas';

export const ErrorCode = named(
  'ErrorCode',
  z.enum([
    'VALIDATION_FAILED',
    'MALFORMED_REQUEST',
    'PAYLOAD_TOO_LARGE',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'STEP_OUT_OF_ORDER',
    'ORDER_NOT_OPEN',
    'OTP_INVALID',
    'OTP_EXPIRED',
    'OTP_COOLDOWN',
    'OTP_RATE_LIMITED',
    'SIGN_IN_LOCKED',
    'PASSWORD_INVALID',
    'PASSKEY_NOT_FOUND',
    'PASSKEY_INVALID',
    'ACCOUNT_CANNOT_ORDER_ONLINE',
    'OFFER_UNAVAILABLE',
    'LINE_LIMIT_EXCEEDED',
    'CREDIT_NOT_APPROVED',
    'ADDRESS_UNDELIVERABLE',
    'ADDRESS_AMBIGUOUS',
    'NUMBER_TAKEN',
    'HOLD_EXPIRED',
    'AGREEMENT_VERSION_MISMATCH',
    'ORDER_INVALID',
    'IDEMPOTENCY_KEY_REUSED',
    'IDEMPOTENCY_KEY_REQUIRED',
    'RATE_LIMITED',
    'INTERNAL',
    'SERVICE_UNAVAILABLE',
  ]),
  'A machine-readable error code. Clients show their own message for each code.',
);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const Address = named(
  'Address',
  z.object({
    line1: z.string().min(1).max(100),
    line2: z.string().max(100).optional(),
    city: z.string().min(1).max(60),
    state: z.string().regex(/^[A-Z]{2}$/),
    zip: z.string().regex(/^\d{5}(-\d{4})?$/),
  }),
);
export type Address = z.infer<typeof Address>;

export const FieldError = named(
  'FieldError',
  z.object({
    field: z.string().describe('Dotted path of the request field, e.g. `shippingAddress.zip`.'),
    code: z.string(),
    message: z.string(),
  }),
);

export const ApiErrorBody = named(
  'Error',
  z.object({
    code: ErrorCode,
    message: z.string().describe('English text for logs; clients show their own words.'),
    fieldErrors: z.array(FieldError).default([]),
    attemptsRemaining: z.number().int().min(0).optional(),
    retryAt: isoDateTime.optional().describe('When the refused action may be tried again.'),
    suggestions: z.array(Address).optional().describe('With ADDRESS_AMBIGUOUS.'),
    nearbyAreaCodes: z.array(z.string()).optional().describe('With an empty number search.'),
  }),
  'The one error shape of every endpoint.',
);
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

// ---------------------------------------------------------------- authentication

export const OtpChannel = named('OtpChannel', z.enum(['sms', 'email']));
export type OtpChannel = z.infer<typeof OtpChannel>;

export const AuthMethod = named(
  'AuthMethod',
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('otp'), channels: z.array(OtpChannel).min(1) }),
    z.object({ type: z.literal('password') }),
    z.object({ type: z.literal('passkey') }),
  ]),
);
export type AuthMethod = z.infer<typeof AuthMethod>;

export const AuthMethodsResponse = named(
  'AuthMethodsResponse',
  z.object({ methods: z.array(AuthMethod) }),
);

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
