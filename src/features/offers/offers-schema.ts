import { z } from 'zod';
import { offersSchemaMessages } from './offers-messages';

const choosePlan = () => offersSchemaMessages.get().choosePlan;

/** One line being put together: a plan (required), a phone (optional), a deal when several apply. */
export const offersSchema = z.object({
  // An unticked radio group reads as null.
  planId: z.string({ error: choosePlan }).min(1, { error: choosePlan }),
  deviceId: z
    .string()
    .nullish()
    .transform((value) => value || undefined),
  promotionId: z
    .string()
    .nullish()
    .transform((value) => value || undefined),
});

export type OffersFormInput = z.input<typeof offersSchema>;
export type OffersFormOutput = z.output<typeof offersSchema>;
