/**
 * The schema of a US postal address as `AddressFields` collects it. It knows nothing about what
 * the address is for; the caller passes the words, so two address blocks on one page can say
 * which of them needs fixing.
 */
import { z } from 'zod';
import type { Address } from '@/api/contract/schemas';

export interface AddressErrorText {
  line1Required: string;
  line1TooLong: string;
  line2TooLong: string;
  cityRequired: string;
  cityTooLong: string;
  stateRequired: string;
  zipRequired: string;
  zipInvalid: string;
}

/** What the fields hold while the user types: strings only, `line2` empty when unused. */
export interface AddressFormValues {
  line1: string;
  line2: string;
  city: string;
  state: string;
  zip: string;
}

export const emptyAddress: AddressFormValues = {
  line1: '',
  line2: '',
  city: '',
  state: '',
  zip: '',
};

export function toAddressFormValues(address: Address | null | undefined): AddressFormValues {
  if (!address) return { ...emptyAddress };
  return {
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    state: address.state,
    zip: address.zip,
  };
}

/** Checks the fields and turns them into the contract's `Address` (trimmed, no empty line 2). */
export function addressSchema(text: AddressErrorText) {
  return z.object({
    line1: z
      .string({ error: text.line1Required })
      .trim()
      .min(1, { error: text.line1Required })
      .max(100, { error: text.line1TooLong }),
    line2: z
      .string()
      .trim()
      .max(100, { error: text.line2TooLong })
      .transform((value) => value || undefined),
    city: z
      .string({ error: text.cityRequired })
      .trim()
      .min(1, { error: text.cityRequired })
      .max(60, { error: text.cityTooLong }),
    state: z
      .string({ error: text.stateRequired })
      .regex(/^[A-Z]{2}$/, { error: text.stateRequired }),
    zip: z
      .string({ error: text.zipRequired })
      .trim()
      .min(1, { error: text.zipRequired })
      .regex(/^\d{5}(-\d{4})?$/, { error: text.zipInvalid }),
  }) satisfies z.ZodType<Address, AddressFormValues>;
}
