import { useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { params } from '@nanostores/i18n';
import { orderQueryOptions } from '@/api/orders';
import { OrderTotals, orderFigures } from '@/checkout/order-totals';
import type { Order } from '@/api/contract/schemas';
import { formatPhoneNumber } from '@/lib/format-phone';
import { i18n, useFormat, useStore } from '@/i18n';

const messages = i18n('orderSummary', {
  title: 'Order summary',
  toggle: params<{ monthly: string }>('Order summary: {monthly}/mo'),
  line: params<{ index: number }>('Line {index}'),
  perMonth: '/mo',
  monthly: 'Monthly',
  dueOnFirstBill: 'Due on your first bill',
  deposit: 'Deposit',
  shipping: 'Shipping',
  taxes: 'Estimated taxes and fees',
  taxesEstimated: 'Final amount once your delivery address is known.',
  number: 'Number',
  noNumberYet: 'Not chosen yet',
  delivery: 'Delivery',
  noAutopay: 'Prices without autopay. Nothing is charged today.',
});

const wideScreen = '(min-width: 64rem)';

function useIsWide(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(wideScreen);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(wideScreen).matches,
  );
}

export function OrderSummary({ orderId }: { orderId: string }) {
  const { data: order } = useQuery(orderQueryOptions(orderId));
  const t = useStore(messages);
  const { money } = useFormat();
  const isWide = useIsWide();

  if (!order) return <aside className="order-summary order-summary--loading" aria-busy="true" />;

  return (
    // Collapsed on a phone so the step comes first; open beside the step on a wide screen.
    <aside className="order-summary" aria-label={t.title}>
      <details open={isWide} key={String(isWide)}>
        <summary className="order-summary__toggle">
          {t.toggle({ monthly: money(order.totals.monthlyCents) })}
        </summary>
        <SummaryBody order={order} />
      </details>
    </aside>
  );
}

function SummaryBody({ order }: { order: Order }) {
  const t = useStore(messages);
  const { money } = useFormat();
  const { totals, fulfillment } = order;
  return (
    <div className="order-summary__body">
      <h2 className="order-summary__title">{t.title}</h2>
      <ol className="order-summary__lines">
        {order.lines.map((line, index) => (
          <li key={line.id} className="order-summary__line">
            <p className="order-summary__line-name">
              {t.line({ index: index + 1 })}: {line.planName}
            </p>
            {line.deviceName && <p>{line.deviceName}</p>}
            <p>
              {money(line.monthlyCents)}
              {t.perMonth}
            </p>
            <p className="muted">
              {t.number}: {line.hold ? formatPhoneNumber(line.hold.number) : t.noNumberYet}
            </p>
          </li>
        ))}
      </ol>
      <OrderTotals
        figures={orderFigures(order)}
        labels={{
          monthly: t.monthly,
          deposit: t.deposit,
          shipping: t.shipping,
          firstBill: t.dueOnFirstBill,
          taxes: t.taxes,
        }}
        compact
      />
      {totals.taxesEstimated && <p className="muted small">{t.taxesEstimated}</p>}
      {fulfillment && (
        <p className="small">
          {t.delivery}: {fulfillment.shippingAddress.line1}, {fulfillment.shippingAddress.city},{' '}
          {fulfillment.shippingAddress.state} {fulfillment.shippingAddress.zip}
        </p>
      )}
      <p className="muted small">{t.noAutopay}</p>
    </div>
  );
}
