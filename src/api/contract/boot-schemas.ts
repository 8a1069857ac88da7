/**
 * The part of the contract that the first page needs before any call: the stored session and
 * the draft's lines. Kept apart from `schemas.ts` because building a zod schema costs time on a
 * phone's CPU: the other few hundred wait for the first call (see `client.ts`).
 */
import { z } from 'zod';

/** Named schemas that become `#/components/schemas/*` in the OpenAPI document. */
export const components = z.registry<{ id: string; description?: string }>();

export function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  components.add(schema, description ? { id, description } : { id });
  return schema;
}

export const isoDateTime = z.iso.datetime({ offset: true });

export const Session = named(
  'Session',
  z.object({
    token: z.string().min(16),
    customerId: z.string(),
    expiresAt: isoDateTime,
  }),
);
export type Session = z.infer<typeof Session>;

export const LineInput = named(
  'LineInput',
  z.object({
    planId: z.string(),
    deviceId: z.string().optional(),
    promotionId: z.string().optional(),
  }),
);
export type LineInput = z.infer<typeof LineInput>;

export const MAX_LINES = 5;
