/**
 * The customer's answers, a section each, every answer with a "Change" link to the step that
 * asked it (the step then returns to review). Each section reads what it shows from the cache
 * the route's loader filled.
 */
import { useDeferredValue, type ReactNode } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { Order } from '@/api/contract/schemas';
import { customersQueryOptions } from '@/api/customers';
import { agreementsQueryOptions } from '@/api/fulfillment';
import { validationQueryOptions } from '@/api/orders';
import {
  AddressLines,
  creditDecisionLabel,
  deliveryOptionLabel,
  deliveryTime,
  orderLabels,
  simTypeLabel,
  useDeliveryOffer,
} from '@/checkout/order-labels';
import { changePath } from '@/checkout/paths';
import { uiMessages } from '@/components/ui/messages';
import { language, useFormat, useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { reviewMessages } from './review-messages';
import styles from './review-page.module.css';

interface SectionProps {
  order: Order;
}

export function AccountSection({ order }: SectionProps) {
  const t = useStore(reviewMessages);
  const labels = useStore(orderLabels);
  const { money } = useFormat();
  const { data: customers } = useSuspenseQuery(customersQueryOptions());
  const customer = customers.customers.find((candidate) => candidate.id === order.customerId);

  return (
    <>
      <h2>{t.accountSection}</h2>
      <dl className="summary-list">
        <Row label={t.account}>
          {customer
            ? t.accountValue({
                name: `${customer.firstName} ${customer.lastName}`,
                account: customer.accountNumberMasked,
              })
            : t.accountUnavailable}
        </Row>
        <Row label={t.credit}>
          {order.credit ? (
            <>
              {creditDecisionLabel(labels, order.credit.decision)}
              {order.totals.depositCents > 0 && (
                <>
                  <br />
                  {t.deposit({ amount: money(order.totals.depositCents) })}
                </>
              )}
            </>
          ) : (
            t.creditMissing
          )}
        </Row>
      </dl>
    </>
  );
}

export function LinesSection({ order }: SectionProps) {
  const t = useStore(reviewMessages);
  const labels = useStore(orderLabels);
  const { money } = useFormat();

  return (
    <>
      <h2>{t.linesSection}</h2>
      <dl className="summary-list">
        {order.lines.map((line, index) => {
          const name = labels.line({ index: index + 1 });
          return (
            <Row
              key={line.id}
              label={name}
              change={{ to: changePath('cart', order.id), what: name }}
            >
              <span className={styles.lines}>
                <span>{t.plan({ plan: line.planName })}</span>
                <span>{line.deviceName ? t.device({ device: line.deviceName }) : t.noDevice}</span>
                {line.promotionTitle && (
                  <span>{t.promotion({ promotion: line.promotionTitle })}</span>
                )}
                <span>
                  {labels.perMonth({ amount: money(line.monthlyCents) })},{' '}
                  {t.lineDue({ amount: money(line.dueOnFirstBillCents) })}
                </span>
              </span>
            </Row>
          );
        })}
      </dl>
    </>
  );
}

export function DeliverySection({ order }: SectionProps) {
  const t = useStore(reviewMessages);
  const labels = useStore(orderLabels);
  const { money } = useFormat();
  const { fulfillment, totals } = order;
  const deliveryOffer = useDeliveryOffer(fulfillment?.deliveryOption);
  const change = (what: string) => ({ to: changePath('shipping', order.id), what });

  return (
    <>
      <h2>{t.deliverySection}</h2>
      <dl className="summary-list">
        <Row label={t.deliveryAddress} change={change(t.deliveryAddress)}>
          {fulfillment ? <AddressLines address={fulfillment.shippingAddress} /> : t.deliveryMissing}
        </Row>
        <Row label={t.e911Address} change={change(t.e911Address)}>
          {fulfillment ? (
            <>
              <AddressLines address={fulfillment.e911Address} />
              <span className={`muted small ${styles.hint}`}>{t.e911Hint}</span>
            </>
          ) : (
            t.deliveryMissing
          )}
        </Row>
        <Row label={t.deliveryOption} change={change(t.deliveryOption)}>
          {fulfillment ? (
            <>
              {deliveryOptionLabel(labels, fulfillment.deliveryOption)} (
              {totals.shippingCents ? money(totals.shippingCents) : labels.free})
              {deliveryOffer && (
                <>
                  <br />
                  {deliveryTime(labels, deliveryOffer)}
                </>
              )}
            </>
          ) : (
            t.deliveryMissing
          )}
        </Row>
        <Row label={t.simType} change={change(t.simType)}>
          {fulfillment ? simTypeLabel(labels, fulfillment.simType) : t.deliveryMissing}
        </Row>
      </dl>
    </>
  );
}

export function NumbersSection({ order }: SectionProps) {
  const t = useStore(reviewMessages);
  const labels = useStore(orderLabels);
  const { dateTime } = useFormat();
  const { data: validation } = useSuspenseQuery(validationQueryOptions(order.id));
  // The server's clock decides whether a hold has run out (validation reports it).
  const expiredLineIds = new Set(
    validation.problems
      .filter((problem) => problem.code === 'HOLD_EXPIRED')
      .map((problem) => problem.lineId),
  );

  return (
    <>
      <h2>{t.numbersSection}</h2>
      <dl className="summary-list">
        {order.lines.map((line, index) => {
          const name = labels.line({ index: index + 1 });
          const expired = expiredLineIds.has(line.id);
          return (
            <Row
              key={line.id}
              label={name}
              change={{ to: changePath('number', order.id), what: `${t.numbersSection}, ${name}` }}
            >
              {line.hold ? (
                <>
                  {formatPhoneNumber(line.hold.number)}
                  <br />
                  <span className={expired ? styles.warning : 'muted'}>
                    {expired ? t.holdExpired : t.heldUntil({ time: dateTime(line.hold.expiresAt) })}
                  </span>
                </>
              ) : (
                t.noNumber
              )}
            </Row>
          );
        })}
      </dl>
    </>
  );
}

export function AgreementsSection({ order }: SectionProps) {
  const t = useStore(reviewMessages);
  const { dateTime } = useFormat();
  // After a switch of language, the titles stay in the previous one until the new ones arrive,
  // rather than the page giving way to a loading state.
  const titlesLanguage = useDeferredValue(useStore(language));
  const { data } = useSuspenseQuery(agreementsQueryOptions(order.id, titlesLanguage));
  const accepted = order.fulfillment?.agreements ?? [];
  const title = (agreementId: string) =>
    data.agreements.find((agreement) => agreement.id === agreementId)?.title ?? agreementId;

  return (
    <>
      <h2>{t.agreementsSection}</h2>
      <dl className="summary-list">
        <Row
          label={t.agreements}
          change={{ to: changePath('terms', order.id), what: t.agreements }}
        >
          {accepted.length > 0 ? (
            <ul className={styles.plainList}>
              {accepted.map((acceptance) => (
                <li key={acceptance.agreementId}>
                  {t.agreementAccepted({
                    title: title(acceptance.agreementId),
                    version: acceptance.version,
                    time: dateTime(acceptance.acceptedAt),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            t.noAgreements
          )}
        </Row>
      </dl>
    </>
  );
}

interface RowProps {
  label: string;
  children: ReactNode;
  /** Where the answer is changed; `what` completes the link's name for screen readers. */
  change?: { to: string; what: string };
}

function Row({ label, children, change }: RowProps) {
  const ui = useStore(uiMessages);
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
      {change && (
        <dd className={`summary-list__action ${styles.action}`}>
          <Link to={change.to} className={styles.change}>
            {ui.change} <span className="visually-hidden">{change.what}</span>
          </Link>
        </dd>
      )}
    </div>
  );
}
