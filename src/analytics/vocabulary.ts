/**
 * The closed lists the funnel's events take their values from, and the mapping of what the app
 * has in hand onto them. Kept apart from the schema (events.ts): the pages use these at once.
 */
import { CLIENT_ERROR_CODES } from '@/api/api-error';
import { ERROR_CODES } from '@/api/contract/public-schemas';

/** Raised when an event changes shape, so the collector can read old and new visits apart. */
export const EVENT_SCHEMA_VERSION = 1;

/** A code the API or the client gave; a code this version does not know is counted as OTHER. */
export const FAILURE_CODES = [...ERROR_CODES, ...CLIENT_ERROR_CODES, 'OTHER'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export function failureCode(code: string): FailureCode {
  return (FAILURE_CODES as readonly string[]).includes(code) ? (code as FailureCode) : 'OTHER';
}

/** The forms' fields, by name, as a refused submit reports them (`formField`), never their values. */
export const FORM_FIELDS = [
  'identifier',
  'method',
  'code',
  'password',
  'customerId',
  'planId',
  'deviceId',
  'promotionId',
  'keep',
  'keepLineIds',
  'ssn',
  'dob',
  'authorize',
  'address',
  'shippingAddress',
  'e911Same',
  'e911Address',
  'deliveryOption',
  'simType',
  'suggestion',
  'line',
  'query',
  'choice',
  'agreements',
  'other',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** A form field's name as the funnel knows it: its first part, without a line's number. */
export function formField(name: string): FormField {
  const field = (name.split('.')[0] ?? '').replace(/\d+$/, '');
  return (FORM_FIELDS as readonly string[]).includes(field) ? (field as FormField) : 'other';
}

export const KIOSK_WIPE_REASONS = ['idle', 'start-over', 'finished', 'handed-off'] as const;
export type KioskWipeReason = (typeof KIOSK_WIPE_REASONS)[number];
