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

/** The known values of each extensible enum, which the document lists as its `enum`. */
export const extensibleEnumValues = new WeakMap<object, readonly string[]>();

/** A value of an extensible enum that this version of the contract does not know. */
export type Unrecognized = string & z.$brand<'Unrecognized'>;

/**
 * An enum that a newer backend may extend. It parses a known value as itself and any other
 * string as `Unrecognized`, so one new value never fails a whole response: the code that reads
 * it must decide what an unknown value means. The document lists the known values, marked
 * `x-extensible-enum`.
 */
export function extensibleEnum<const Values extends readonly [string, ...string[]]>(
  id: string,
  values: Values,
  description: string,
) {
  const schema = z.union([z.enum(values), z.string().brand<'Unrecognized'>()]);
  extensibleEnumValues.set(schema, values);
  return named(
    id,
    schema,
    `${description} Extensible: a newer version of the API may add values, and clients must ` +
      'accept a value they do not know.',
  );
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
