import { z } from 'zod';
import type { NumberSearch } from '@/api/numbers';

/** `201` → an area code search, `07030` → a ZIP search (ZIP+4 keeps its first 5 digits). */
export function toNumberSearch(lineId: string, query: string): NumberSearch | null {
  const digits = query.trim().replace(/-\d{4}$/, '');
  if (/^\d{3}$/.test(digits)) return { lineId, areaCode: digits };
  if (/^\d{5}$/.test(digits)) return { lineId, zip: digits };
  return null;
}

export interface NumberSearchText {
  queryRequired: string;
  queryInvalid: string;
}

/** One line's search box; each line's form names its field apart so the ids stay unique. */
export function numberSearchSchema(field: string, text: NumberSearchText) {
  return z.object({
    [field]: z
      .string({ error: text.queryRequired })
      .trim()
      .min(1, { error: text.queryRequired })
      .refine((value) => toNumberSearch('', value) !== null, { error: text.queryInvalid }),
  });
}

/** One line's choice among the numbers found. */
export function numberChoiceSchema(field: string, text: { choiceRequired: string }) {
  return z.object({
    [field]: z
      .string({ error: text.choiceRequired })
      .regex(/^\d{10}$/, { error: text.choiceRequired }),
  });
}

export interface NumberStepValues {
  lines: {
    /** The line's position, 1-based; its section's id is `fieldId('line<n>')`. */
    position: number;
    /** When the line's hold ends; null without a hold. */
    expiresAt: string | null;
  }[];
}

export interface NumberStepText {
  needsNumber: (position: number) => string;
  holdExpired: (position: number) => string;
}

/** Continue needs every line to hold a number whose hold has not ended yet. */
export function numberStepSchema(text: NumberStepText, now: () => number = Date.now) {
  return z
    .object({
      lines: z.array(z.object({ position: z.number(), expiresAt: z.string().nullable() })),
    })
    .superRefine(({ lines }, ctx) => {
      for (const { position, expiresAt } of lines) {
        if (expiresAt === null) {
          ctx.addIssue({
            code: 'custom',
            message: text.needsNumber(position),
            path: [`line${position}`],
          });
        } else if (Date.parse(expiresAt) <= now()) {
          ctx.addIssue({
            code: 'custom',
            message: text.holdExpired(position),
            path: [`line${position}`],
          });
        }
      }
    });
}
