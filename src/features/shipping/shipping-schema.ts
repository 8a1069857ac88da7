import { z } from 'zod';
import type { FulfillmentRequest } from '@/api/contract/schemas';
import { addressSchema, type AddressErrorText } from '@/checkout/address-schema';

export interface ShippingSchemaText {
  /** Messages for the delivery address fields. */
  delivery: AddressErrorText;
  /** Messages for the E911 address fields, so the summary says which address is meant. */
  e911: AddressErrorText;
  deliveryOptionRequired: string;
  simTypeRequired: string;
}

const rawAddress = z.object({
  line1: z.string(),
  line2: z.string(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
});

/** Checks the step's answers and turns them into the fulfillment request. */
export function shippingSchema(text: ShippingSchemaText) {
  const e911Schema = addressSchema(text.e911);
  return z
    .object({
      shippingAddress: addressSchema(text.delivery),
      e911Same: z.boolean(),
      // Kept as typed while hidden, and checked below only when it is used.
      e911Address: rawAddress,
      deliveryOption: z.enum(['standard', 'express'], { error: text.deliveryOptionRequired }),
      simType: z.enum(['physical', 'esim'], { error: text.simTypeRequired }),
    })
    .superRefine((values, ctx) => {
      if (values.e911Same) return;
      const result = e911Schema.safeParse(values.e911Address);
      if (result.success) return;
      for (const issue of result.error.issues) {
        ctx.addIssue({
          code: 'custom',
          message: issue.message,
          path: ['e911Address', ...issue.path],
        });
      }
    })
    .transform((values): FulfillmentRequest => ({
      shippingAddress: values.shippingAddress,
      e911Address: values.e911Same ? values.shippingAddress : e911Schema.parse(values.e911Address),
      deliveryOption: values.deliveryOption,
      simType: values.simType,
    }));
}

export type ShippingSchema = ReturnType<typeof shippingSchema>;

export interface SuggestionText {
  chooseSuggestion: string;
}

/** The "Did you mean…" choice: the index of one of the suggested addresses. */
export function suggestionSchema(text: SuggestionText) {
  return z.object({
    suggestion: z.string({ error: text.chooseSuggestion }).min(1, { error: text.chooseSuggestion }),
  });
}
