/**
 * The contract's shapes for the first call of a visit (the ways to sign in) and the error shape
 * of every call. They load apart from the rest (`sign-in-schemas.ts`, `schemas.ts`): building
 * zod schemas costs time on a phone's CPU, and the first page needs only these at once.
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
