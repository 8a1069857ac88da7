/** The placed order's record: its number, what happens next, and what was ordered. */
import { useEffect, useState } from 'react';
import type { Order } from '@/api/contract/schemas';
import { useSession } from '@/api/session';
import {
  AddressLines,
  deliveryOptionLabel,
  deliveryTime,
  orderLabels,
  simTypeLabel,
  useDeliveryOffer,
} from '@/checkout/order-labels';
import { OrderTotals, orderFigures } from '@/checkout/order-totals';
import { useFormat, useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { confirmationMessages } from './confirmation-messages';
import styles from './confirmation-page.module.css';

interface SectionProps {
  order: Order;
}

/** Like the order: not read again once Done has signed out (the estimate is then left out). */
function useDeliveryOfferWhileSignedIn(order: Order) {
  const signedIn = useSession() !== null;
  return useDeliveryOffer(order.fulfillment?.deliveryOption, signedIn);
}

export function OrderNumber({ order }: SectionProps) {
  const t = useStore(confirmationMessages);
  const { dateTime } = useFormat();
  const orderNumber = order.orderNumber ?? order.id;

  // A live region announces only what changes after it is in the page: fill it once mounted.
  const [announced, setAnnounced] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(true), 100);
    return () => clearTimeout(timer);
  }, []);

  return (
    <>
      <p role="status" className="visually-hidden">
        {announced ? t.announce({ number: orderNumber }) : ''}
      </p>
      <div className={styles.panel}>
        <p className={styles.panelLabel}>{t.orderNumber}</p>
        <p className={styles.orderNumber}>{orderNumber}</p>
        {order.submittedAt && (
          <p className={styles.placedOn}>{t.placedOn({ time: dateTime(order.submittedAt) })}</p>
        )}
      </div>
      <p>{t.keepNumber}</p>
    </>
  );
}

export function NextSteps({ order }: SectionProps) {
  const t = useStore(confirmationMessages);
  const labels = useStore(orderLabels);
  const { money } = useFormat();
  const deliveryOffer = useDeliveryOfferWhileSignedIn(order);
  const { fulfillment, totals } = order;
  const option = fulfillment && deliveryOptionLabel(labels, fulfillment.deliveryOption);

  return (
    <section aria-labelledby="next-title" className={styles.section}>
      <h2 id="next-title">{t.nextTitle}</h2>
      <ul className={styles.list}>
        {option && (
          <li>
            {deliveryOffer
              ? t.nextDeliveryTime({
                  option: option.toLowerCase(),
                  time: deliveryTime(labels, deliveryOffer),
                })
              : t.nextDelivery({ option: option.toLowerCase() })}
          </li>
        )}
        {fulfillment && (
          <li>{fulfillment.simType === 'esim' ? t.nextSimEsim : t.nextSimPhysical}</li>
        )}
        <li>{t.nextActivation}</li>
        <li>{t.nextFirstBill({ amount: money(totals.dueOnFirstBillCents) })}</li>
        <li>
          {t.nextNoAutopay({ amount: labels.perMonth({ amount: money(totals.monthlyCents) }) })}
        </li>
      </ul>
    </section>
  );
}

export function OrderRecord({ order }: SectionProps) {
  const t = useStore(confirmationMessages);
  const labels = useStore(orderLabels);
  const { money } = useFormat();
  const deliveryOffer = useDeliveryOfferWhileSignedIn(order);
  const { fulfillment } = order;

  return (
    <section aria-labelledby="summary-title" className={styles.section}>
      <h2 id="summary-title">{t.summaryTitle}</h2>
      <ol className={styles.lines}>
        {order.lines.map((line, index) => (
          <li key={line.id} className={styles.line}>
            <h3 className={styles.lineName}>
              {labels.line({ index: index + 1 })}: {line.planName}
            </h3>
            {line.deviceName && <p>{line.deviceName}</p>}
            {line.promotionTitle && <p>{line.promotionTitle}</p>}
            {line.hold && <p>{t.numberLabel({ number: formatPhoneNumber(line.hold.number) })}</p>}
            <p className="muted">{labels.perMonth({ amount: money(line.monthlyCents) })}</p>
          </li>
        ))}
      </ol>
      {fulfillment && (
        <dl className={styles.details}>
          <div>
            <dt>{t.deliverTo}</dt>
            <dd>
              <AddressLines address={fulfillment.shippingAddress} />
            </dd>
          </div>
          <div>
            <dt>{t.e911}</dt>
            <dd>
              <AddressLines address={fulfillment.e911Address} />
            </dd>
          </div>
          <div>
            <dt>{t.delivery}</dt>
            <dd>
              {deliveryOptionLabel(labels, fulfillment.deliveryOption)}
              {deliveryOffer && (
                <>
                  <br />
                  {deliveryTime(labels, deliveryOffer)}
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t.simType}</dt>
            <dd>{simTypeLabel(labels, fulfillment.simType)}</dd>
          </div>
        </dl>
      )}
      <h3>{t.totalsTitle}</h3>
      <OrderTotals
        figures={orderFigures(order)}
        labels={{
          monthly: t.monthly,
          upfront: t.upfront,
          deposit: t.deposit,
          shipping: t.shipping,
          firstBill: t.firstBill,
          taxes: t.taxes,
        }}
        className={styles.totals}
      />
    </section>
  );
}
