/**
 * The checkout's funnel events. Every field is a count, a duration, a yes or no, an id made in
 * this tab or a value from a closed list: no field can hold a name, a phone number, an address
 * or anything else a person typed, and `FunnelEvent` refuses any field it does not name.
 */
import { z } from 'zod';
import { STEP_IDS } from '@/api/contract/schemas';
import { SCENARIO_NAMES } from '@/config/scenario-names';
import { LANGUAGES } from '@/i18n';
import { EVENT_SCHEMA_VERSION, FAILURE_CODES, FORM_FIELDS, KIOSK_WIPE_REASONS } from './vocabulary';

const HOUR_MS = 60 * 60_000;

/** What every event says about the visit it belongs to. */
const visit = {
  schemaVersion: z.literal(EVENT_SCHEMA_VERSION),
  /** Random, made in this tab for this visit (a kiosk's next customer gets a new one). */
  visitId: z.uuid(),
  /** When it happened, by the device's clock. */
  at: z.iso.datetime(),
  /** The step on screen; null on a page that is no step (a confirmation, a hand-off). */
  step: z.enum(STEP_IDS).nullable(),
  language: z.enum(LANGUAGES),
  kiosk: z.boolean(),
  /** Demo builds only: the scenarios the demo panel had switched on. */
  scenarios: z.array(z.enum(SCENARIO_NAMES)).max(SCENARIO_NAMES.length).optional(),
};

const event = <Name extends string, Shape extends z.ZodRawShape>(name: Name, shape: Shape) =>
  z.strictObject({ name: z.literal(name), ...visit, ...shape });

export const FunnelEvent = z.discriminatedUnion('name', [
  event('checkout_started', {}),
  event('step_viewed', {}),
  event('step_completed', {
    durationMs: z
      .int()
      .min(0)
      .max(24 * HOUR_MS),
  }),
  event('step_failed', {
    failure: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('api'), code: z.enum(FAILURE_CODES) }),
      z.strictObject({
        kind: z.literal('form'),
        fields: z.array(z.enum(FORM_FIELDS)).min(1).max(FORM_FIELDS.length),
      }),
    ]),
  }),
  event('order_placed', { lineCount: z.int().min(1).max(10) }),
  event('kiosk_wiped', { reason: z.enum(KIOSK_WIPE_REASONS) }),
  event('handoff_made', {}),
]);
export type FunnelEvent = z.infer<typeof FunnelEvent>;

/** A batch as the page sends it and the collector takes it. */
export const FunnelEventBatch = z.strictObject({ events: z.array(FunnelEvent).min(1).max(100) });
