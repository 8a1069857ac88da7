import type { CreditPolicy } from '@/api/contract/schemas';
import { ExternalLink } from '@/components/ui/external-link';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { useStore } from '@/i18n';
import { creditOutcomeMessages } from './credit-messages';
import styles from './credit-page.module.css';

/** No decision yet: the credit team reviews the application, and the order ends here online. */
export function ManualReviewOutcome({ policy }: { policy: CreditPolicy }) {
  const t = useStore(creditOutcomeMessages);
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
