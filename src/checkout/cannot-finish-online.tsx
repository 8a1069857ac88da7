import { PageHeading } from '@/components/ui/page-heading';
import { i18n, useStore } from '@/i18n';

const messages = i18n('cannotFinishOnline', {
  title: 'We can’t finish this order online',
  lead: 'Your order needs something this website can’t do yet. Your order is saved and nothing has been charged: our team can finish it with you.',
  orderReference: 'Order reference',
  creditReference: 'Credit reference',
  helpTitle: 'How to get help',
  help: 'Call Customer Care on 611 from your phone, or visit one of our stores. Give them your order reference so they can find your order.',
});

interface CannotFinishOnlineProps {
  orderId: string;
  /** The credit check's reference, once there is one. */
  creditReference: string | undefined;
}

/**
 * Where an order ends that this version of the app cannot take further (a step or a credit
 * decision it does not know): the references staff need, and how to reach them. No way on.
 */
export function CannotFinishOnline({ orderId, creditReference }: CannotFinishOnlineProps) {
  const t = useStore(messages);
  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.lead}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t.orderReference}</dt>
          <dd>{orderId}</dd>
        </div>
        {creditReference && (
          <div className="summary-list__row">
            <dt>{t.creditReference}</dt>
            <dd>{creditReference}</dd>
          </div>
        )}
      </dl>
      <h2>{t.helpTitle}</h2>
      <p>{t.help}</p>
    </section>
  );
}
