import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { offersQueryOptions } from '@/api/offers';
import { PageHeading } from '@/components/ui/page-heading';
import { language, useStore } from '@/i18n';
import { cartMessages } from './cart-messages';
import { DraftCart } from './draft-cart';
import { OrderCart } from './order-cart';

/** The cart: `/cart` before the order exists (the draft), `/orders/:orderId/cart` after. */
export function CartPage() {
  const t = useStore(cartMessages);
  const { orderId } = useParams();
  const lang = useStore(language);
  const { data: offers } = useSuspenseQuery(offersQueryOptions(lang));

  return (
    <section>
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {orderId ? <OrderCart orderId={orderId} offers={offers} /> : <DraftCart offers={offers} />}
    </section>
  );
}
