import type { CreditPolicy } from '@/api/contract/schemas';
import { CREDIT_BUREAU, findPersonaById } from '../data/personas';
import type { StoredCredit, StoredOrder } from './types';

/** The FCRA statements an adverse-action notice must carry besides the facts. */
export const ADVERSE_ACTION_STATEMENTS = [
  `${CREDIT_BUREAU.bureauName} provided information about you but did not make this decision and cannot tell you why it was made.`,
  'You have the right to a free copy of your consumer report from the bureau if you ask for it within 60 days of this notice.',
  'You have the right to dispute with the bureau the accuracy or completeness of any information in your report.',
];

/** The policy a credit decision sets; derived from the persona, so nothing personal is stored. */
export function creditPolicyFor(order: StoredOrder, credit: StoredCredit): CreditPolicy {
  const profile = findPersonaById(order.personaId)?.credit;
  if (!profile) throw new Error(`Unknown persona ${order.personaId}`);
  const { riskBasedPricingNotice, manualReview, adverseAction } = profile;
  return {
    decision: credit.decision,
    referenceId: credit.referenceId,
    maxLines: profile.maxLines,
    depositCents: profile.depositCents,
    deviceDownPaymentPercent: profile.deviceDownPaymentPercent,
    ...(riskBasedPricingNotice ? { riskBasedPricingNotice } : {}),
    ...(manualReview ? { manualReview: { reference: credit.referenceId, ...manualReview } } : {}),
    ...(adverseAction
      ? {
          adverseAction: {
            bureauName: CREDIT_BUREAU.bureauName,
            bureauAddress: CREDIT_BUREAU.bureauAddress,
            bureauPhone: CREDIT_BUREAU.bureauPhone,
            bureauWebsite: CREDIT_BUREAU.bureauWebsite,
            scoreRange: { ...CREDIT_BUREAU.scoreRange },
            score: adverseAction.score,
            keyFactors: adverseAction.keyFactors,
            scoreDate: credit.checkedAt.slice(0, 10),
            statements: ADVERSE_ACTION_STATEMENTS,
          },
        }
      : {}),
  };
}

/** The policy in force for pricing: only once applied. */
export function appliedPolicy(order: StoredOrder): CreditPolicy | null {
  return order.credit?.policyApplied ? creditPolicyFor(order, order.credit) : null;
}
