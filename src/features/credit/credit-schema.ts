import { z } from 'zod';
import {
  addressSchema,
  type AddressErrorText,
  type AddressFormValues,
} from '@/checkout/address-schema';

/** The words of every message the credit form can show; the page passes its translations. */
export interface CreditSchemaText extends AddressErrorText {
  authorizeRequired: string;
  ssnRequired: string;
  ssnFormat: string;
  ssnArea: string;
  ssnGroup: string;
  ssnSerial: string;
  dobRequired: string;
  dobMissingMonth: string;
  dobMissingDay: string;
  dobMissingYear: string;
  dobYearFormat: string;
  dobInvalid: string;
  dobFuture: string;
  dobTooOld: string;
  dobUnder18: string;
}

export interface DateParts {
  month: string;
  day: string;
  year: string;
}

export interface CreditFormValues {
  authorize: boolean;
  ssn: string;
  dob: DateParts;
  address: AddressFormValues;
}

export const MINIMUM_AGE = 18;

// ---------------------------------------------------------------- SSN

/** `123-45-6789`, `123 45 6789` or `123456789` → `123456789`; anything else as typed, compacted. */
export function compactSsn(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export type SsnProblem = 'required' | 'format' | 'area' | 'group' | 'serial';

/**
 * The SSA's rules for numbers it issues: never area 000, 666 or 900-999, never group 00,
 * never serial 0000. Null when the number could be real.
 */
export function ssnProblem(value: string): SsnProblem | null {
  if (value.trim() === '') return 'required';
  const digits = compactSsn(value);
  if (!/^\d{9}$/.test(digits)) return 'format';
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) return 'area';
  if (digits.slice(3, 5) === '00') return 'group';
  if (digits.slice(5) === '0000') return 'serial';
  return null;
}

// ---------------------------------------------------------------- date of birth

export type DobProblem =
  | 'required'
  | 'missingMonth'
  | 'missingDay'
  | 'missingYear'
  | 'yearFormat'
  | 'invalid'
  | 'future'
  | 'tooOld'
  | 'under18';

const EARLIEST_YEAR = 1900;

function utcDay(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day);
}

/** Checks a typed date of birth against `today` (the user's calendar day). Null when fine. */
export function dobProblem(parts: DateParts, today: Date): DobProblem | null {
  const month = parts.month.trim();
  const day = parts.day.trim();
  const year = parts.year.trim();
  if (!month && !day && !year) return 'required';
  if (!month) return 'missingMonth';
  if (!day) return 'missingDay';
  if (!year) return 'missingYear';
  if (!/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day) || !/^\d+$/.test(year)) return 'invalid';
  if (year.length !== 4) return 'yearFormat';
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(utcDay(y, m - 1, d));
  // Date rolls 31 April over to 1 May: a real date survives the round trip.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'invalid';
  }
  const todayUtc = utcDay(today.getFullYear(), today.getMonth(), today.getDate());
  if (date.getTime() > todayUtc) return 'future';
  if (y < EARLIEST_YEAR) return 'tooOld';
  // A 29 February birthday turns 18 on 1 March in a common year, as Date.UTC rolls it.
  if (utcDay(y + MINIMUM_AGE, m - 1, d) > todayUtc) return 'under18';
  return null;
}

/** `{ month: '3', day: '7', year: '1985' }` → `1985-03-07`. Only for parts `dobProblem` accepts. */
export function toIsoDate(parts: DateParts): string {
  const pad = (value: string) => value.trim().padStart(2, '0');
  return `${parts.year.trim()}-${pad(parts.month)}-${pad(parts.day)}`;
}

// ---------------------------------------------------------------- schemas

export function creditSchema(text: CreditSchemaText, now: () => Date = () => new Date()) {
  const ssnMessages: Record<SsnProblem, string> = {
    required: text.ssnRequired,
    format: text.ssnFormat,
    area: text.ssnArea,
    group: text.ssnGroup,
    serial: text.ssnSerial,
  };
  const dobMessages: Record<DobProblem, string> = {
    required: text.dobRequired,
    missingMonth: text.dobMissingMonth,
    missingDay: text.dobMissingDay,
    missingYear: text.dobMissingYear,
    yearFormat: text.dobYearFormat,
    invalid: text.dobInvalid,
    future: text.dobFuture,
    tooOld: text.dobTooOld,
    under18: text.dobUnder18,
  };
  return z.object({
    ssn: z
      .string()
      .superRefine((value, ctx) => {
        const problem = ssnProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: ssnMessages[problem] });
      })
      .transform(compactSsn),
    // One message for the whole date, shown on the group (GOV.UK date input).
    dob: z
      .object({ month: z.string(), day: z.string(), year: z.string() })
      .superRefine((parts, ctx) => {
        const problem = dobProblem(parts, now());
        if (problem) ctx.addIssue({ code: 'custom', message: dobMessages[problem] });
      })
      .transform(toIsoDate),
    address: addressSchema(text),
    // Never pre-ticked; only an explicit tick authorizes the check. Last, as on the page,
    // so the error summary lists problems in page order.
    authorize: z.boolean().refine((ticked) => ticked, { error: text.authorizeRequired }),
  });
}

export type CreditSchema = ReturnType<typeof creditSchema>;

export interface KeepLinesText {
  keepAtLeastOne: string;
  keepAtMost: string;
}

/** With a line cap: which of the order's lines stay. */
export function keepLinesSchema(maxLines: number, text: KeepLinesText) {
  return z.object({
    keepLineIds: z
      .array(z.string())
      .min(1, { error: text.keepAtLeastOne })
      .max(maxLines, { error: text.keepAtMost }),
  });
}
