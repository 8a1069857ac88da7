import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { params } from '@nanostores/i18n';
import type { Order } from '@/api/contract/schemas';
import { orderQueryOptions } from '@/api/orders';
import { useSession } from '@/api/session';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/checkout/paths';
import {
  AddressLines,
  deliveryOptionLabel,
  deliveryTime,
  orderLabels,
  simTypeLabel,
  useDeliveryOffer,
} from '@/checkout/order-labels';
import { i18n, useFormat, useStore } from '@/i18n';
import { useEndSession } from '@/checkout/end-session';
import { formatPhoneNumber } from '@/lib/format-phone';
import styles from './confirmation-page.module.css';

const messages = i18n('confirmation', {
  title: 'Order placed',
  announce: params<{ number: string }>('Your order is placed. Your order number is {number}.'),
  orderNumber: 'Your order number',
  placedOn: params<{ time: string }>('Placed on {time}'),
  keepNumber: 'Keep this number: you need it if you contact us about your order.',
  nextTitle: 'What happens next',
  nextDelivery: params<{ option: string }>('We send your order by {option}.'),
  nextDeliveryTime: params<{ option: string; time: string }>(
    'We send your order by {option}. {time}.',
  ),
  nextSimPhysical: 'Your SIM cards come in the box with your order.',
  nextSimEsim: 'You set up your eSIM on your phone when it arrives. No SIM card is needed.',
  nextActivation:
    'Your new lines are activated with the numbers you chose once your order arrives and you set up your phones.',
  nextFirstBill: params<{ amount: string }>(
    'Nothing was charged today. Your first bill includes {amount} due for this order: phone down payments, activation fees, any deposit and shipping.',
  ),
  nextNoAutopay: params<{ amount: string }>(
    'This order does not include autopay. Your monthly price is {amount} without an autopay discount.',
  ),
  summaryTitle: 'Your order',
  numberLabel: params<{ number: string }>('Number: {number}'),
  deliverTo: 'Delivery address',
  e911: 'E911 address',
  delivery: 'Delivery',
  simType: 'SIM type',
  totalsTitle: 'Totals',
  monthly: 'Monthly total',
  firstBill: 'Due on your first bill',
  upfront: 'Phone down payments and activation fees',
  deposit: 'Deposit',
  shipping: 'Shipping',
  taxes: 'Estimated taxes and fees',
  print: 'Print this page',
  done: 'Done',
  doneHint: 'Done signs you out, so nothing of your order stays on this device.',
});

export function ConfirmationPage() {
  const { orderId = '' } = useParams();
  const t = useStore(messages);
  const session = useSession();
  const order = useQuery({
    ...orderQueryOptions(orderId),
    // Done signs out and empties the cache: keep showing the record until sign-in opens,
    // instead of reading the order again without a session.
    enabled: session !== null,
    placeholderData: (previous) => previous,
  });

  return (
    <section className={`stack ${styles.page}`}>
      <PageHeading>{t.title}</PageHeading>
      {order.data ? (
        <ConfirmationBody order={order.data} signedIn={session !== null} />
      ) : order.error ? (
        <ApiErrorNotice
          error={order.error}
          onRetry={() => void order.refetch()}
          retrying={order.isFetching}
        />
      ) : (
        <Skeleton lines={4} height="5rem" />
      )}
    </section>
  );
}

function ConfirmationBody({ order, signedIn }: { order: Order; signedIn: boolean }) {
  const t = useStore(messages);
  const labels = useStore(orderLabels);
  const { money, dateTime } = useFormat();
  const navigate = useNavigate();
  const signOut = useEndSession('signed-out');
  const orderNumber = order.orderNumber ?? order.id;
  const { totals, fulfillment } = order;
  // Like the order: not read again once Done has signed out.
  const deliveryOffer = useDeliveryOffer(fulfillment?.deliveryOption, signedIn);
  const option = fulfillment && deliveryOptionLabel(labels, fulfillment.deliveryOption);

  // A live region announces only what changes after it is in the page: fill it once mounted.
  const [announced, setAnnounced] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(true), 100);
    return () => clearTimeout(timer);
  }, []);

  const done = () => {
    signOut.mutate(undefined, {
      onSettled: () => void navigate(paths.signIn, { replace: true }),
    });
  };

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
                {option}
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
        <dl className={`totals ${styles.totals}`}>
          <div>
            <dt>{t.monthly}</dt>
            <dd>{labels.perMonth({ amount: money(totals.monthlyCents) })}</dd>
          </div>
          <div>
            <dt>{t.upfront}</dt>
            <dd>{money(order.lines.reduce((sum, line) => sum + line.dueOnFirstBillCents, 0))}</dd>
          </div>
          <div>
            <dt>{t.deposit}</dt>
            <dd>{money(totals.depositCents)}</dd>
          </div>
          <div>
            <dt>{t.shipping}</dt>
            <dd>{totals.shippingCents ? money(totals.shippingCents) : labels.free}</dd>
          </div>
          <div className="totals__strong">
            <dt>{t.firstBill}</dt>
            <dd>{money(totals.dueOnFirstBillCents)}</dd>
          </div>
          <div>
            <dt>{t.taxes}</dt>
            <dd>{money(totals.estimatedTaxesCents)}</dd>
          </div>
        </dl>
      </section>

      <div className="actions">
        <Button variant="secondary" onClick={() => window.print()}>
          {t.print}
        </Button>
        <Button onClick={done} pending={signOut.isPending} aria-describedby="done-hint">
          {t.done}
        </Button>
      </div>
      <p id="done-hint" className={`muted small ${styles.screenOnly}`}>
        {t.doneHint}
      </p>
    </>
  );
}
