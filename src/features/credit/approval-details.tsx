import type { CreditPolicy } from '@/api/contract/schemas';
import { Notice } from '@/components/ui/notice';
import { useFormat, useStore } from '@/i18n';
import { creditOutcomeMessages } from './credit-messages';
import styles from './credit-page.module.css';

interface PolicyProps {
  policy: CreditPolicy;
}

/** The conditions of a conditional approval: the line cap, and a larger down payment if any. */
export function ApprovalConditions({ policy }: PolicyProps) {
  const t = useStore(creditOutcomeMessages);
  return (
    <ul className={styles.facts}>
      <li>{t.lineCap(policy.maxLines)}</li>
      {policy.deviceDownPaymentPercent > 0 && (
        <li>{t.downPayment({ percent: policy.deviceDownPaymentPercent })}</li>
      )}
    </ul>
  );
}

/** What any approval allows: the lines, the deposit, and the reference to quote. */
export function ApprovalSummary({ policy }: PolicyProps) {
  const t = useStore(creditOutcomeMessages);
  const { money } = useFormat();
  return (
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
  );
}

/** Terms set by the credit report: a deposit is not charged today; the pricing notice if given. */
export function ApprovalNotices({ policy }: PolicyProps) {
  const t = useStore(creditOutcomeMessages);
  return (
    <>
      {policy.depositCents > 0 && <p>{t.nothingToday}</p>}
      {policy.riskBasedPricingNotice && (
        <Notice title={t.rbpTitle}>
          <p>{policy.riskBasedPricingNotice}</p>
        </Notice>
      )}
    </>
  );
}
