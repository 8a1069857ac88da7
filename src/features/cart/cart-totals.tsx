import type { Order } from '@/api/contract/schemas';
import { OrderTotals, orderFigures, type TotalsFigures } from '@/checkout/order-totals';
import { useStore } from '@/i18n';
import { cartMessages } from './cart-messages';
import type { LineView } from './line-view';
import styles from './cart-page.module.css';

/**
 * The totals while the lines are a preview: the sum of their own figures, plus what the order
 * already adds to the first bill (its deposit and shipping; nothing before the order exists).
 *
 * @param taxes why there is no figure for the taxes yet.
 */
export function previewFigures(
  views: readonly LineView[],
  taxes: string,
  order?: Order,
): TotalsFigures {
  const monthlyCents = views.reduce((sum, view) => sum + view.monthlyCents, 0);
  const upfrontCents = views.reduce((sum, view) => sum + view.dueCents, 0);
  if (!order) {
    return {
      monthlyCents,
      upfrontCents,
      depositCents: 0,
      dueOnFirstBillCents: upfrontCents,
      taxes,
    };
  }
  const { depositCents, shippingCents } = order.totals;
  return {
    ...orderFigures(order),
    monthlyCents,
    upfrontCents,
    dueOnFirstBillCents: upfrontCents + depositCents + shippingCents,
    taxes,
  };
}

interface CartTotalsProps {
  figures: TotalsFigures;
  /** Taxes stay an estimate until the delivery address is known. */
  taxesEstimated: boolean;
}

export function CartTotals({ figures, taxesEstimated }: CartTotalsProps) {
  const t = useStore(cartMessages);
  return (
    <section aria-labelledby="cart-totals" className={styles.totals}>
      <h2 id="cart-totals">{t.totalsTitle}</h2>
      <OrderTotals
        figures={figures}
        labels={{
          monthly: t.totalMonthly,
          deposit: t.deposit,
          shipping: t.shipping,
          firstBill: t.totalDue,
          taxes: t.taxes,
        }}
        compact
      />
      {taxesEstimated && <p className="small muted">{t.taxesNote}</p>}
      <p className="small muted">{t.noPayment}</p>
    </section>
  );
}
