import { z } from 'zod';
import { MAX_LINES } from '@/api/contract/schemas';
import { cartSchemaMessages } from './cart-messages';

const m = () => cartSchemaMessages.get();

export const cartSchema = z.object({
  lines: z
    .array(
      z.object({
        planId: z.string().min(1, { error: () => m().choosePlan }),
        // '' is "No new phone".
        deviceId: z.string(),
        /** The deal the line had; kept while it still fits, else the best that fits. */
        promotionId: z.string(),
        /** The order's line this row edits, once the order exists. */
        lineId: z.string(),
      }),
    )
    .min(1, { error: () => m().addLine })
    .max(MAX_LINES, { error: () => m().tooMany }),
});

export type CartFormInput = z.input<typeof cartSchema>;
export type CartFormOutput = z.output<typeof cartSchema>;
export type CartRow = CartFormInput['lines'][number];
