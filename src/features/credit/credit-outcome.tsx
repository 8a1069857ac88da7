import { useMemo } from 'react';
import { useFormContext, get } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { count, params } from '@nanostores/i18n';
import type { z } from 'zod';
import type { CreditPolicy, Order, OrderLine } from '@/api/contract/schemas';
import { useApplyCreditPolicy } from '@/api/credit';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { ExternalLink } from '@/components/ui/external-link';
import { fieldId } from '@/components/ui/field-id';
import { Form, useStepForm } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { CannotFinishOnline } from '@/checkout/cannot-finish-online';
import { i18n, useFormat, useStore } from '@/i18n';
import { AdverseActionNotice } from './adverse-action-notice';
import { keepLinesSchema } from './credit-schema';
import styles from './credit-page.module.css';

const messages = i18n('creditOutcome', {
  approvedTitle: 'You’re approved',
  approvedLead: 'Your credit check is complete and this order is approved.',
  depositTitle: 'You’re approved with a deposit',
  depositLead:
    'Your credit check is complete and this order is approved. Based on your credit report, it needs a security deposit.',
  conditionsTitle: 'You’re approved, with conditions',
  conditionsLead:
    'Your credit check is complete and this order is approved, with these conditions:',
  reviewTitle: 'We need to review your application',
  declinedTitle: 'We can’t approve this order',
  linesAllowedLabel: 'Lines you can add',
  linesAllowed: count({ one: 'Up to {count} line', other: 'Up to {count} lines' }),
  depositLabel: 'Security deposit',
  noDeposit: 'None',
  depositDue: params<{ amount: string }>('{amount}, added to your first bill'),
  referenceLabel: 'Credit reference',
  nothingToday: 'Nothing is charged today.',
  rbpTitle: 'Risk-based pricing notice',
  lineCap: count({
    one: 'This order can have up to {count} line.',
    other: 'This order can have up to {count} lines.',
  }),
  downPayment: params<{ percent: number }>(
    'Each device needs a down payment of at least {percent}% of its full price, added to your first bill. Your order summary shows the new amounts once you continue.',
  ),
  keepLegend: count({
    one: 'Choose the line to keep',
    other: 'Choose up to {count} lines to keep',
  }),
  keepHint: params<{ lines: number; max: number }>(
    'Your order has {lines} lines and this approval allows {max}. The lines you do not keep are removed from this order.',
  ),
  keepAtLeastOne: 'Choose at least 1 line to keep',
  keepAtMost: count({
    one: 'Choose only {count} line to keep',
    other: 'Choose no more than {count} lines to keep',
  }),
  lineName: params<{ index: number; name: string }>('Line {index}: {name}'),
  reviewLead:
    'We could not make a decision straight away, so a member of our credit team will review your application.',
  reviewNotOnline: 'This order cannot be completed online.',
  reviewReference: 'Your reference',
  reviewPhone: 'Call us',
  reviewNext: 'What happens next',
  continue: 'Continue',
});

interface CreditOutcomeProps {
  order: Order;
  policy: CreditPolicy;
}

/** The decision and what it allows, in place of the form; the heading names the outcome. */
export function CreditOutcome({ order, policy }: CreditOutcomeProps) {
  switch (policy.decision) {
    case 'approved':
    case 'approved_with_deposit':
    case 'approved_with_conditions':
      return <Approved order={order} policy={policy} />;
    case 'manual_review':
      return <ManualReview policy={policy} />;
    case 'declined':
      return <Declined policy={policy} />;
    default:
      // A decision from a newer API fails closed: never an approval, no way on to delivery.
      return <CannotFinishOnline orderId={order.id} creditReference={policy.referenceId} />;
  }
}

function lineLabel(line: OrderLine): string {
  return line.deviceName ? `${line.planName}, ${line.deviceName}` : line.planName;
}

/** Applies the policy once (with the lines to keep, under a cap), then moves on. */
function useApplyAndContinue(order: Order, policy: CreditPolicy) {
  const apply = useApplyCreditPolicy(order.id);
  const { moveOn, stall } = useMoveOn('credit');
  const run = (keepLineIds?: string[]) => {
    // Already applied (the customer came back to this step): nothing to change.
    if (order.credit?.policyApplied) {
      moveOn(order);
      return;
    }
    apply.mutate(
      keepLineIds
        ? { referenceId: policy.referenceId, keepLineIds }
        : { referenceId: policy.referenceId },
      { onSuccess: moveOn },
    );
  };
  // A retry sends what the failed attempt sent (the lines chosen, if any).
  const retry = () => run(apply.variables?.keepLineIds);
  return { run, retry, apply, stall };
}

function Approved({ order, policy }: CreditOutcomeProps) {
  const t = useStore(messages);
  const { money } = useFormat();
  const { run, retry, apply, stall } = useApplyAndContinue(order, policy);
  const title =
    policy.decision === 'approved_with_deposit'
      ? t.depositTitle
      : policy.decision === 'approved_with_conditions'
        ? t.conditionsTitle
        : t.approvedTitle;
  const lead =
    policy.decision === 'approved_with_deposit'
      ? t.depositLead
      : policy.decision === 'approved_with_conditions'
        ? t.conditionsLead
        : t.approvedLead;
  const mustChooseLines = !order.credit?.policyApplied && order.lines.length > policy.maxLines;

  return (
    <section className="stack">
      <PageHeading>{title}</PageHeading>
      <p>{lead}</p>
      {policy.decision === 'approved_with_conditions' && (
        <ul className={styles.facts}>
          <li>{t.lineCap(policy.maxLines)}</li>
          {policy.deviceDownPaymentPercent > 0 && (
            <li>{t.downPayment({ percent: policy.deviceDownPaymentPercent })}</li>
          )}
        </ul>
      )}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t.linesAllowedLabel}</dt>
          <dd>{t.linesAllowed(policy.maxLines)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t.depositLabel}</dt>
          <dd>
            {policy.depositCents > 0
              ? t.depositDue({ amount: money(policy.depositCents) })
              : t.noDeposit}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t.referenceLabel}</dt>
          <dd>{policy.referenceId}</dd>
        </div>
      </dl>
      {policy.depositCents > 0 && <p>{t.nothingToday}</p>}
      {policy.riskBasedPricingNotice && (
        <Notice title={t.rbpTitle}>
          <p>{policy.riskBasedPricingNotice}</p>
        </Notice>
      )}
      {apply.error && (
        <ApiErrorNotice error={apply.error} onRetry={retry} retrying={apply.isPending} />
      )}
      {stall && <OrderStalledNotice {...stall} />}
      {mustChooseLines ? (
        <KeepLinesForm
          lines={order.lines}
          maxLines={policy.maxLines}
          pending={apply.isPending}
          onSubmit={(keepLineIds) => run(keepLineIds)}
        />
      ) : (
        <div className="actions">
          <Button onClick={() => run()} pending={apply.isPending}>
            {t.continue}
          </Button>
        </div>
      )}
    </section>
  );
}

interface KeepLinesFormProps {
  lines: OrderLine[];
  maxLines: number;
  pending: boolean;
  onSubmit: (keepLineIds: string[]) => void;
}

function KeepLinesForm({ lines, maxLines, pending, onSubmit }: KeepLinesFormProps) {
  const t = useStore(messages);
  const schema = useMemo(
    () =>
      keepLinesSchema(maxLines, {
        keepAtLeastOne: t.keepAtLeastOne,
        keepAtMost: t.keepAtMost(maxLines),
      }),
    [maxLines, t],
  );
  type KeepLines = ReturnType<typeof keepLinesSchema>;
  const form = useStepForm<z.input<KeepLines>, unknown, z.output<KeepLines>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    // The server's own default: the first lines, up to the cap. The customer can change it.
    defaultValues: { keepLineIds: lines.slice(0, maxLines).map((line) => line.id) },
  });
  return (
    <Form form={form} onSubmit={(values) => onSubmit(values.keepLineIds)}>
      <LineCheckboxes
        name="keepLineIds"
        legend={t.keepLegend(maxLines)}
        hint={t.keepHint({ lines: lines.length, max: maxLines })}
        options={lines.map((line, index) => ({
          value: line.id,
          label: t.lineName({ index: index + 1, name: lineLabel(line) }),
        }))}
      />
      <div className="actions">
        <Button type="submit" pending={pending}>
          {t.continue}
        </Button>
      </div>
    </Form>
  );
}

interface LineCheckboxesProps {
  name: string;
  legend: string;
  hint: string;
  options: { value: string; label: string }[];
}

/** A group of checkboxes sharing one name: react-hook-form collects the ticked values. */
function LineCheckboxes({ name, legend, hint, options }: LineCheckboxesProps) {
  const { register, formState } = useFormContext();
  const errorValue: unknown = get(formState.errors, name);
  const error =
    errorValue &&
    typeof errorValue === 'object' &&
    'message' in errorValue &&
    typeof errorValue.message === 'string'
      ? errorValue.message
      : undefined;
  const id = fieldId(name);
  return (
    // The error bar sits on a wrapper: `.fieldset` resets the border `.field--error` draws.
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset
        className="fieldset"
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      >
        <legend className="field__label fieldset__legend">{legend}</legend>
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
        <div className="radios__options">
          {options.map((option, index) => {
            // The first box carries the group's id, so the error summary can link to it.
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div key={option.value} className="checkbox">
                <input
                  {...register(name)}
                  id={optionId}
                  type="checkbox"
                  value={option.value}
                  className="checkbox__input"
                />
                <label className="checkbox__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function ManualReview({ policy }: { policy: CreditPolicy }) {
  const t = useStore(messages);
  const review = policy.manualReview;
  return (
    <section className="stack">
      <PageHeading>{t.reviewTitle}</PageHeading>
      <p>{t.reviewLead}</p>
      <Notice tone="warning">
        <p>{t.reviewNotOnline}</p>
      </Notice>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t.reviewReference}</dt>
          <dd>{review?.reference ?? policy.referenceId}</dd>
        </div>
        {review && (
          <div className="summary-list__row">
            <dt>{t.reviewPhone}</dt>
            <dd>
              <ExternalLink href={`tel:${review.phone.replace(/[^\d+]/g, '')}`}>
                {review.phone}
              </ExternalLink>
            </dd>
          </div>
        )}
      </dl>
      {review && review.nextSteps.length > 0 && (
        <>
          <h2>{t.reviewNext}</h2>
          <ol className={styles.facts}>
            {review.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Declined({ policy }: { policy: CreditPolicy }) {
  const t = useStore(messages);
  return (
    <section className="stack">
      <PageHeading>{t.declinedTitle}</PageHeading>
      <AdverseActionNotice policy={policy} />
    </section>
  );
}
