import type { Address, Fulfillment } from '@/api/contract/schemas';
import { toAddressFormValues, type AddressFormValues } from '@/checkout/address-schema';
import { AddressFields } from '@/components/ui/address-fields';
import { useStore } from '@/i18n';
import { shippingMessages } from './shipping-messages';

/** The saved delivery address; before there is one, the account's service address. */
export function deliveryAddressDefault(
  fulfillment: Fulfillment | null,
  serviceAddress: Address | undefined,
): AddressFormValues {
  return toAddressFormValues(fulfillment?.shippingAddress ?? serviceAddress);
}

/** Where the order is sent. */
export function DeliveryAddress() {
  const t = useStore(shippingMessages);
  return (
    <AddressFields
      name="shippingAddress"
      legend={t.deliveryLegend}
      hint={t.deliveryHint}
      autoCompleteSection="shipping"
    />
  );
}
