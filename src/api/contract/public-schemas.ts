/**
 * The contract's shapes for the first call of a visit (the ways to sign in) and the error shape
 * of every call. They load apart from the rest (`sign-in-schemas.ts`, `schemas.ts`): building
 * zod schemas costs time on a phone's CPU, and the first page needs only these at once.
 */
import { z } from 'zod';
import { extensibleEnum, isoDateTime, named, type Unrecognized } from './boot-schemas';

/** The error codes this version of the contract defines. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'SESSION_HANDED_OFF',
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
  'ADDRESS_UNDELIVERABLE',
  'ADDRESS_AMBIGUOUS',
  'NUMBER_TAKEN',
  'AGREEMENT_VERSION_MISMATCH',
  'ORDER_INVALID',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_REQUIRED',
  'HANDOFF_EXPIRED',
  'HANDOFF_USED',
  'HANDOFF_OPEN',
  'HANDOFF_CODE_INVALID',
  'HANDOFF_CODE_LOCKED',
  'HANDOFF_LINK_RATE_LIMITED',
  'RATE_LIMITED',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
] as const;

export const ErrorCode = extensibleEnum(
  'ErrorCode',
  ERROR_CODES,
  'A machine-readable error code; clients show their own message for each. Which operation ' +
    'answers which code, with which status and `fieldErrors`, is listed per operation.',
);
export type ErrorCode = z.infer<typeof ErrorCode>;
export type KnownErrorCode = Exclude<ErrorCode, Unrecognized>;
/** The codes that the hand-off (continue on another device) added. */
export type HandoffErrorCode = Extract<KnownErrorCode, 'SESSION_HANDED_OFF' | `HANDOFF_${string}`>;

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

export const FieldErrorCode = extensibleEnum(
  'FieldErrorCode',
  [
    // A field that breaks the request's schema.
    'invalid_type',
    'invalid_format',
    'invalid_value',
    'too_small',
    'too_big',
    'unrecognized_keys',
    'custom',
    // A field refused by a rule of the operation.
    'invalid_identifier',
    'unknown_offer',
    'promotion_conditions_not_met',
    'offer_unavailable',
    'mismatch',
    'invalid_lines',
    'undeliverable',
    'ambiguous',
    'esim_unsupported',
    'unknown_agreement',
    'version_mismatch',
  ],
  'Why one request field was refused: the first seven say how it breaks the schema, the rest ' +
    'which rule refused it (see the operation that answers it).',
);

export const FieldError = named(
  'FieldError',
  z.object({
    field: z.string().describe('Dotted path of the request field, e.g. `shippingAddress.zip`.'),
    code: FieldErrorCode,
    message: z.string(),
  }),
);
export type FieldError = z.infer<typeof FieldError>;

export const ApiErrorBody = named(
  'Error',
  z.object({
    code: ErrorCode,
    message: z.string().describe('English text for logs; clients show their own words.'),
    fieldErrors: z.array(FieldError).default([]),
    attemptsRemaining: z.number().int().min(0).optional(),
    retryAt: isoDateTime.optional().describe('When the refused action may be tried again.'),
    suggestions: z.array(Address).optional().describe('With ADDRESS_AMBIGUOUS.'),
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
