/** What the customer will pay: every month, and on the first bill; nothing today. */
import type { Order } from '@/api/contract/schemas';
import { OrderTotals, orderFigures } from '@/checkout/order-totals';
import { Notice } from '@/components/ui/notice';
import { useStore } from '@/i18n';
import { reviewMessages } from './review-messages';
import styles from './review-page.module.css';

export function MoneySection({ order }: { order: Order }) {
  const t = useStore(reviewMessages);
  return (
    <>
      <h2>{t.moneySection}</h2>
      <OrderTotals
        figures={orderFigures(order)}
        labels={{
          monthly: t.monthlyTotal,
          upfront: t.upfront,
          deposit: t.depositRow,
          shipping: t.shippingRow,
          firstBill: t.firstBillTotal,
          taxes: t.taxes,
        }}
        groups={{
          level: 3,
          monthly: t.monthly,
          firstBill: t.firstBill,
          headingClassName: styles.subheading,
        }}
      />
      <p className="muted small">{t.taxesHint}</p>
      <Notice tone="info">
        <p>{t.noAutopay}</p>
        <p>{t.nothingToday}</p>
      </Notice>
    </>
  );
}
