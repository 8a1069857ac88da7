import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { Address, Order } from '@/api/contract/schemas';
import { customersQueryOptions } from '@/api/customers';
import { offersQueryOptions } from '@/api/offers';
import { orderQueryOptions } from '@/api/orders';
import { PageHeading } from '@/components/ui/page-heading';
import { language, useStore } from '@/i18n';
import { ShippingForm } from './shipping-form';
import { shippingMessages } from './shipping-messages';

/** The account's service address is the starting point until delivery details exist. */
const needsAccount = (order: Order) => order.fulfillment === null;

/** The service address of the order's account, used only while `needsAccount`. */
function useServiceAddress(order: Order): Address | undefined {
  const { data } = useSuspenseQuery(customersQueryOptions());
  if (!needsAccount(order)) return undefined;
  return data.customers.find((customer) => customer.id === order.customerId)?.serviceAddress;
}

export function ShippingPage() {
  const { orderId = '' } = useParams();
  const t = useStore(shippingMessages);
  const lang = useStore(language);
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));
  // The delivery options' prices and times. A change of language loads them again, while the
  // layout's fallback shows; the form and what was typed stay.
  const { data: offers } = useSuspenseQuery(offersQueryOptions(lang));
  const serviceAddress = useServiceAddress(order);

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <ShippingForm
        order={order}
        deliveryOptions={offers.deliveryOptions}
        serviceAddress={serviceAddress}
      />
    </section>
  );
}
