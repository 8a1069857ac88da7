import type { DeliveryOffer } from '@/api/contract/schemas';
import { RadioGroup } from '@/components/ui/fields';
import { deliveryOptionLabel, deliveryTime, orderLabels } from '@/checkout/order-labels';
import { useFormat, useStore } from '@/i18n';
import { shippingMessages } from './shipping-messages';

interface DeliveryOptionsProps {
  /** From the catalogue, in the order offered. */
  options: DeliveryOffer[];
}

/** How fast the order comes, at the catalogue's price; a charge goes on the first bill. */
export function DeliveryOptions({ options }: DeliveryOptionsProps) {
  const t = useStore(shippingMessages);
  const labels = useStore(orderLabels);
  const { money } = useFormat();
  return (
    <RadioGroup
      name="deliveryOption"
      legend={t.deliveryOptionLegend}
      options={options.map((offer) => {
        const time = deliveryTime(labels, offer);
        return {
          value: offer.id,
          label: t.deliveryOption({
            option: deliveryOptionLabel(labels, offer.id),
            price: offer.priceCents > 0 ? money(offer.priceCents) : t.free,
          }),
          description:
            offer.priceCents > 0 ? t.deliveryTimeCharged({ time }) : t.deliveryTime({ time }),
        };
      })}
    />
  );
}
