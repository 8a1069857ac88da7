import type { CreditPolicy } from '@/api/contract/schemas';
import { ADVERSE_ACTION_STATEMENTS, spanishCreditTexts } from '../data/credit-texts';
import { CREDIT_BUREAU, findPersonaById } from '../data/personas';
import type { ContentLanguage } from './language';
import type { StoredCredit, StoredOrder } from './types';

/**
 * The policy a credit decision sets, its texts in `language`; derived from the persona, so
 * nothing personal is stored.
 */
export function creditPolicyFor(
  order: StoredOrder,
  credit: StoredCredit,
  language: ContentLanguage = 'en',
): CreditPolicy {
  const profile = findPersonaById(order.personaId)?.credit;
  if (!profile) throw new Error(`Unknown persona ${order.personaId}`);
  const spanish = language === 'es' ? spanishCreditTexts[order.personaId] : undefined;
  const riskBasedPricingNotice = spanish?.riskBasedPricingNotice ?? profile.riskBasedPricingNotice;
  const manualReview = profile.manualReview && {
    ...profile.manualReview,
    nextSteps: spanish?.nextSteps ?? profile.manualReview.nextSteps,
  };
  const adverseAction = profile.adverseAction && {
    ...profile.adverseAction,
    keyFactors: spanish?.keyFactors ?? profile.adverseAction.keyFactors,
  };
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
            statements: ADVERSE_ACTION_STATEMENTS[language],
          },
        }
      : {}),
  };
}

/** The policy in force for pricing: only once applied. */
export function appliedPolicy(order: StoredOrder): CreditPolicy | null {
  return order.credit?.policyApplied ? creditPolicyFor(order, order.credit) : null;
}
