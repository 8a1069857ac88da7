import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { params } from '@nanostores/i18n';
import type { Order, ValidationProblem } from '@/api/contract/schemas';
import { customersQueryOptions } from '@/api/customers';
import { agreementsQueryOptions } from '@/api/fulfillment';
import { orderQueryOptions, useSubmitOrder, validationQueryOptions } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { uiMessages } from '@/components/ui/messages';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { changePath, isKnownStep } from '@/checkout/paths';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { i18n, language, useFormat, useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import {
  AddressLines,
  creditDecisionLabel,
  deliveryOptionLabel,
  deliveryTime,
  orderLabels,
  simTypeLabel,
  useDeliveryOffer,
} from '@/checkout/order-labels';
import styles from './review-page.module.css';

const messages = i18n('reviewStep', {
  title: 'Review your order',
  intro: 'Check your answers. You can change any of them before you place your order.',
  problemsTitle: 'Before you place your order',
  problemsIntro: 'These parts of your order need attention:',
  accountSection: 'Your account',
  account: 'Account',
  accountValue: params<{ name: string; account: string }>('{name}, account {account}'),
  credit: 'Credit check',
  deposit: params<{ amount: string }>('Deposit of {amount}, due on your first bill'),
  accountUnavailable: 'We could not load your account details.',
  creditMissing: 'Not done yet',
  linesSection: 'Your lines',
  plan: params<{ plan: string }>('Plan: {plan}'),
  device: params<{ device: string }>('Phone: {device}'),
  noDevice: 'No phone (bring your own)',
  promotion: params<{ promotion: string }>('Offer: {promotion}'),
  lineDue: params<{ amount: string }>('{amount} due on your first bill'),
  deliverySection: 'Delivery',
  deliveryAddress: 'Delivery address',
  e911Address: 'E911 address',
  e911Hint: 'Where emergency services are sent when you call 911 over Wi-Fi.',
  deliveryOption: 'Delivery option',
  simType: 'SIM type',
  deliveryMissing: 'Not given yet',
  numbersSection: 'Phone numbers',
  heldUntil: params<{ time: string }>('Held for you until {time}'),
  holdExpired: 'The hold on this number has expired',
  noNumber: 'Not chosen yet',
  agreementsSection: 'Agreements',
  agreements: 'Agreements accepted',
  agreementAccepted: params<{ title: string; version: string; time: string }>(
    '{title}, version {version}, accepted {time}',
  ),
  noAgreements: 'None accepted yet',
  moneySection: 'What you will pay',
  monthly: 'Every month',
  monthlyTotal: 'Monthly total',
  firstBill: 'Due on your first bill',
  upfront: 'Phone down payments and activation fees',
  depositRow: 'Deposit',
  shippingRow: 'Shipping',
  firstBillTotal: 'Total due on your first bill',
  taxes: 'Estimated taxes and fees',
  taxesHint: 'Not included in the totals above. Your bill shows the exact amount.',
  noAutopay: 'Autopay is not part of this order: prices shown are without autopay.',
  nothingToday: 'Nothing is charged today: amounts due are added to your first bill.',
  placeOrder: 'Place order',
  // Each validation problem in the app's own words, by its code.
  OFFER_UNAVAILABLE: params<{ line: string }>(
    '{line} has a plan, phone or offer that is no longer available.',
  ),
  CREDIT_CHECK_REQUIRED: 'The credit check has not been done yet.',
  CREDIT_POLICY_NOT_APPLIED: 'The credit decision has not been applied to your order yet.',
  CREDIT_IN_REVIEW:
    'Your credit check is waiting for a manual review, so this order cannot be placed online.',
  CREDIT_DECLINED: 'The credit check declined this order, so it cannot be placed online.',
  FULFILLMENT_REQUIRED: 'Your delivery details are missing.',
  SIM_TYPE_UNSUPPORTED: 'A phone in your order cannot use an eSIM. Choose a physical SIM.',
  NUMBER_REQUIRED: params<{ line: string }>('{line} has no phone number yet.'),
  HOLD_EXPIRED: params<{ line: string }>(
    'The hold on the number for {line} has expired. Choose a number again.',
  ),
  AGREEMENT_REQUIRED: 'An agreement has not been accepted yet.',
  ORDER_SUBMITTED: 'This order has already been placed.',
  // Problems from a newer version of the API, named by their step when the app knows it.
  otherProblem: params<{ step: string }>('Something in {step} needs your attention.'),
  unknownProblem:
    'Something in your order needs attention that we cannot show here. Call Customer Care on 611 from your phone for help.',
  aLine: 'a line',
  'step-sign-in': 'sign-in',
  'step-account': 'your account',
  'step-offers': 'plans and phones',
  'step-cart': 'your cart',
  'step-credit': 'the credit check',
  'step-shipping': 'delivery',
  'step-number': 'phone numbers',
  'step-terms': 'the terms',
  'step-review': 'the review',
});

type Messages = ReturnType<(typeof messages)['get']>;

/** A validation problem in the app's own words; the server's English is never shown. */
function problemText(
  t: Messages,
  problem: ValidationProblem,
  lineName: (lineId?: string) => string,
): string {
  const line = lineName(problem.lineId);
  switch (problem.code) {
    case 'OFFER_UNAVAILABLE':
      return t.OFFER_UNAVAILABLE({ line });
    case 'NUMBER_REQUIRED':
      return t.NUMBER_REQUIRED({ line });
    case 'HOLD_EXPIRED':
      return t.HOLD_EXPIRED({ line });
    case 'CREDIT_CHECK_REQUIRED':
      return t.CREDIT_CHECK_REQUIRED;
    case 'CREDIT_POLICY_NOT_APPLIED':
      return t.CREDIT_POLICY_NOT_APPLIED;
    case 'CREDIT_IN_REVIEW':
      return t.CREDIT_IN_REVIEW;
    case 'CREDIT_DECLINED':
      return t.CREDIT_DECLINED;
    case 'FULFILLMENT_REQUIRED':
      return t.FULFILLMENT_REQUIRED;
    case 'SIM_TYPE_UNSUPPORTED':
      return t.SIM_TYPE_UNSUPPORTED;
    case 'AGREEMENT_REQUIRED':
      return t.AGREEMENT_REQUIRED;
    case 'ORDER_SUBMITTED':
      return t.ORDER_SUBMITTED;
    default:
      return isKnownStep(problem.step)
        ? t.otherProblem({ step: t[`step-${problem.step}`] })
        : t.unknownProblem;
  }
}

export function ReviewPage() {
  const { orderId = '' } = useParams();
  const t = useStore(messages);
  const order = useQuery(orderQueryOptions(orderId));

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      {order.data ? (
        <ReviewBody order={order.data} />
      ) : order.error ? (
        <ApiErrorNotice
          error={order.error}
          onRetry={() => void order.refetch()}
          retrying={order.isFetching}
        />
      ) : (
        <Skeleton lines={6} height="4rem" />
      )}
    </section>
  );
}

function ReviewBody({ order }: { order: Order }) {
  const orderId = order.id;
  const t = useStore(messages);
  const labels = useStore(orderLabels);
  const ui = useStore(uiMessages);
  const lang = useStore(language);
  const { money, dateTime } = useFormat();

  const customers = useQuery(customersQueryOptions());
  const agreements = useQuery(agreementsQueryOptions(orderId, lang));
  const validation = useQuery(validationQueryOptions(orderId));
  const submit = useSubmitOrder(orderId);
  const { moveOn, stall } = useMoveOn('review');
  const deliveryOffer = useDeliveryOffer(order.fulfillment?.deliveryOption);

  // Presses while a submission is in flight (or after it succeeded, while the confirmation
  // loads) are dropped before React re-renders the button.
  const inFlight = useRef(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  // Counts the server's "not ready" refusals: each moves focus to the problems once shown. State,
  // not a ref, so that a refusal reruns the effect even when the problems were already on screen.
  const [focusRequests, setFocusRequests] = useState(0);
  const focusRequestsHandled = useRef(0);

  const placeOrder = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    submit.mutate(undefined, {
      onSuccess: moveOn,
      onError: (error) => {
        inFlight.current = false;
        if (error.code !== 'ORDER_INVALID') return;
        // The server found problems (maybe ones the page did not show yet): fetch them, focus them.
        setFocusRequests((count) => count + 1);
        void validation.refetch();
      },
    });
  };

  const lineName = (lineId?: string) => {
    const index = order.lines.findIndex((line) => line.id === lineId);
    return index >= 0 ? labels.line({ index: index + 1 }) : t.aLine;
  };

  // Once placed, validation says "already placed"; that is no problem for the customer.
  const problems =
    order.status === 'open' && !submit.isSuccess ? (validation.data?.problems ?? []) : [];
  useEffect(() => {
    if (
      focusRequests > focusRequestsHandled.current &&
      problems.length > 0 &&
      !validation.isFetching
    ) {
      focusRequestsHandled.current = focusRequests;
      problemsRef.current?.focus();
    }
  }, [focusRequests, problems.length, validation.isFetching]);

  const customer = customers.data?.customers.find((candidate) => candidate.id === order.customerId);
  const { totals, fulfillment } = order;
  const upfrontCents = order.lines.reduce((sum, line) => sum + line.dueOnFirstBillCents, 0);
  // The server's clock decides whether a hold has run out (validation reports it).
  const expiredLineIds = new Set(
    validation.data?.problems
      .filter((problem) => problem.code === 'HOLD_EXPIRED')
      .map((problem) => problem.lineId),
  );

  // One link per distinct problem: four agreements not accepted are one thing to fix.
  const problemLinks = [
    ...new Map(
      problems.map((problem) => {
        const text = problemText(t, problem, lineName);
        return [text, { text, step: problem.step }];
      }),
    ).values(),
  ];

  return (
    <>
      {problems.length > 0 && (
        <div
          ref={problemsRef}
          tabIndex={-1}
          role="group"
          aria-label={t.problemsTitle}
          className={styles.problems}
        >
          <Notice tone="warning" title={t.problemsTitle}>
            <p>{t.problemsIntro}</p>
            <ul>
              {problemLinks.map(({ text, step }) => (
                <li key={text}>
                  {isKnownStep(step) ? <Link to={changePath(step, orderId)}>{text}</Link> : text}
                </li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      {validation.error && !validation.data && (
        <ApiErrorNotice
          error={validation.error}
          onRetry={() => void validation.refetch()}
          retrying={validation.isFetching}
        />
      )}
      <p>{t.intro}</p>

      <h2>{t.accountSection}</h2>
      <dl className="summary-list">
        <Row label={t.account}>
          {customer ? (
            t.accountValue({
              name: `${customer.firstName} ${customer.lastName}`,
              account: customer.accountNumberMasked,
            })
          ) : customers.error ? (
            <>
              {t.accountUnavailable}{' '}
              <Button
                variant="link"
                onClick={() => void customers.refetch()}
                pending={customers.isFetching}
              >
                {ui.retry}
              </Button>
            </>
          ) : (
            <Skeleton lines={1} height="1.5rem" />
          )}
        </Row>
        <Row label={t.credit}>
          {order.credit ? (
            <>
              {creditDecisionLabel(labels, order.credit.decision)}
              {totals.depositCents > 0 && (
                <>
                  <br />
                  {t.deposit({ amount: money(totals.depositCents) })}
                </>
              )}
            </>
          ) : (
            t.creditMissing
          )}
        </Row>
      </dl>

      <h2>{t.linesSection}</h2>
      <dl className="summary-list">
        {order.lines.map((line, index) => {
          const name = labels.line({ index: index + 1 });
          return (
            <Row
              key={line.id}
              label={name}
              change={{ to: changePath('cart', orderId), what: name }}
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

      <h2>{t.deliverySection}</h2>
      <dl className="summary-list">
        <Row
          label={t.deliveryAddress}
          change={{ to: changePath('shipping', orderId), what: t.deliveryAddress }}
        >
          {fulfillment ? <AddressLines address={fulfillment.shippingAddress} /> : t.deliveryMissing}
        </Row>
        <Row
          label={t.e911Address}
          change={{ to: changePath('shipping', orderId), what: t.e911Address }}
        >
          {fulfillment ? (
            <>
              <AddressLines address={fulfillment.e911Address} />
              <span className={`muted small ${styles.hint}`}>{t.e911Hint}</span>
            </>
          ) : (
            t.deliveryMissing
          )}
        </Row>
        <Row
          label={t.deliveryOption}
          change={{ to: changePath('shipping', orderId), what: t.deliveryOption }}
        >
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
        <Row label={t.simType} change={{ to: changePath('shipping', orderId), what: t.simType }}>
          {fulfillment ? simTypeLabel(labels, fulfillment.simType) : t.deliveryMissing}
        </Row>
      </dl>

      <h2>{t.numbersSection}</h2>
      <dl className="summary-list">
        {order.lines.map((line, index) => {
          const name = labels.line({ index: index + 1 });
          const expired = expiredLineIds.has(line.id);
          return (
            <Row
              key={line.id}
              label={name}
              change={{ to: changePath('number', orderId), what: `${t.numbersSection}, ${name}` }}
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

      <h2>{t.agreementsSection}</h2>
      <dl className="summary-list">
        <Row label={t.agreements} change={{ to: changePath('terms', orderId), what: t.agreements }}>
          {fulfillment && fulfillment.agreements.length > 0 ? (
            <ul className={styles.plainList}>
              {fulfillment.agreements.map((acceptance) => (
                <li key={acceptance.agreementId}>
                  {t.agreementAccepted({
                    title:
                      agreements.data?.agreements.find((item) => item.id === acceptance.agreementId)
                        ?.title ?? acceptance.agreementId,
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

      <h2>{t.moneySection}</h2>
      <h3 className={styles.subheading}>{t.monthly}</h3>
      <dl className="totals">
        <div className="totals__strong">
          <dt>{t.monthlyTotal}</dt>
          <dd>{labels.perMonth({ amount: money(totals.monthlyCents) })}</dd>
        </div>
      </dl>
      <h3 className={styles.subheading}>{t.firstBill}</h3>
      <dl className="totals">
        <div>
          <dt>{t.upfront}</dt>
          <dd>{money(upfrontCents)}</dd>
        </div>
        <div>
          <dt>{t.depositRow}</dt>
          <dd>{money(totals.depositCents)}</dd>
        </div>
        <div>
          <dt>{t.shippingRow}</dt>
          <dd>{totals.shippingCents ? money(totals.shippingCents) : labels.free}</dd>
        </div>
        <div className="totals__strong">
          <dt>{t.firstBillTotal}</dt>
          <dd>{money(totals.dueOnFirstBillCents)}</dd>
        </div>
      </dl>
      <dl className="totals">
        <div>
          <dt>{t.taxes}</dt>
          <dd>{money(totals.estimatedTaxesCents)}</dd>
        </div>
      </dl>
      <p className="muted small">{t.taxesHint}</p>
      <Notice tone="info">
        <p>{t.noAutopay}</p>
        <p>{t.nothingToday}</p>
      </Notice>

      {/* A refused "not ready" order is explained by the problems at the top (focused). */}
      {submit.error && !(submit.error.code === 'ORDER_INVALID' && problems.length > 0) && (
        <ApiErrorNotice error={submit.error} onRetry={placeOrder} retrying={submit.isPending} />
      )}
      {stall && <OrderStalledNotice {...stall} />}
      <div className="actions">
        <Button onClick={placeOrder} pending={submit.isPending || submit.isSuccess}>
          {t.placeOrder}
        </Button>
      </div>
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
