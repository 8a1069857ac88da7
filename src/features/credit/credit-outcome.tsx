import { useSuspenseQuery } from '@tanstack/react-query';
import type { Order } from '@/api/contract/schemas';
import { creditPolicyQueryOptions } from '@/api/credit';
import { CannotFinishOnline } from '@/checkout/cannot-finish-online';
import { ApprovedOutcome } from './approved-outcome';
import { DeclinedOutcome } from './declined-outcome';
import { ManualReviewOutcome } from './manual-review-outcome';

/** The decision and what it allows, in place of the form; the heading names the outcome. */
export function CreditOutcome({ order }: { order: Order }) {
  const { data: policy } = useSuspenseQuery(creditPolicyQueryOptions(order.id));
  switch (policy.decision) {
    case 'approved':
    case 'approved_with_deposit':
    case 'approved_with_conditions':
      return <ApprovedOutcome order={order} policy={policy} />;
    case 'manual_review':
      return <ManualReviewOutcome policy={policy} />;
    case 'declined':
      return <DeclinedOutcome policy={policy} />;
    default:
      // A decision from a newer API fails closed: never an approval, no way on to delivery.
      return <CannotFinishOnline orderId={order.id} creditReference={policy.referenceId} />;
  }
}
