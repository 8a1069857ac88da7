import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { Address, Fulfillment } from '@/api/contract/schemas';
import {
  emptyAddress,
  toAddressFormValues,
  type AddressFormValues,
} from '@/checkout/address-schema';
import { AddressFields } from '@/components/ui/address-fields';
import { CheckboxField } from '@/components/ui/fields';
import { useStore } from '@/i18n';
import { shippingMessages } from './shipping-messages';
import type { ShippingSchema } from './shipping-schema';

const sameAddress = (a: Address, b: Address) =>
  a.line1 === b.line1 &&
  (a.line2 ?? '') === (b.line2 ?? '') &&
  a.city === b.city &&
  a.state === b.state &&
  a.zip === b.zip;

/** "Same as delivery" unless the saved details have an E911 address of their own. */
export function e911Defaults(fulfillment: Fulfillment | null): {
  e911Same: boolean;
  e911Address: AddressFormValues;
} {
  const e911Same = fulfillment
    ? sameAddress(fulfillment.shippingAddress, fulfillment.e911Address)
    : true;
  return {
    e911Same,
    e911Address:
      fulfillment && !e911Same ? toAddressFormValues(fulfillment.e911Address) : { ...emptyAddress },
  };
}

/** Where emergency services find the customer: the delivery address, or one typed apart. */
export function E911Address() {
  const t = useStore(shippingMessages);
  const separate = !useWatch<z.input<ShippingSchema>, 'e911Same'>({ name: 'e911Same' });
  return (
    <>
      <CheckboxField name="e911Same" label={t.e911Same} hint={t.e911Hint} />
      {separate && (
        <AddressFields
          name="e911Address"
          legend={t.e911Legend}
          hint={t.e911AddressHint}
          autoCompleteSection="section-e911"
        />
      )}
    </>
  );
}
