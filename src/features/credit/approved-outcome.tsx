import type { CreditPolicy, Order } from '@/api/contract/schemas';
import { useApplyCreditPolicy } from '@/api/credit';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { useStore } from '@/i18n';
import { ApprovalConditions, ApprovalNotices, ApprovalSummary } from './approval-details';
import { creditOutcomeMessages } from './credit-messages';
import { KeepLinesForm } from './keep-lines-form';

interface ApprovedOutcomeProps {
  order: Order;
  policy: CreditPolicy;
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

/** Approved, possibly with a deposit or conditions; under a line cap, the lines to keep. */
export function ApprovedOutcome({ order, policy }: ApprovedOutcomeProps) {
  const t = useStore(creditOutcomeMessages);
  const { run, retry, apply, stall } = useApplyAndContinue(order, policy);
  const { title, lead } =
    policy.decision === 'approved_with_deposit'
      ? { title: t.depositTitle, lead: t.depositLead }
      : policy.decision === 'approved_with_conditions'
        ? { title: t.conditionsTitle, lead: t.conditionsLead }
        : { title: t.approvedTitle, lead: t.approvedLead };
  const mustChooseLines = !order.credit?.policyApplied && order.lines.length > policy.maxLines;

  return (
    <section className="stack">
      <PageHeading>{title}</PageHeading>
      <p>{lead}</p>
      {policy.decision === 'approved_with_conditions' && <ApprovalConditions policy={policy} />}
      <ApprovalSummary policy={policy} />
      <ApprovalNotices policy={policy} />
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
