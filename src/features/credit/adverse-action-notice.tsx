import type { CreditPolicy } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { ExternalLink } from '@/components/ui/external-link';
import { useFormat, useStore } from '@/i18n';
import { adverseActionMessages } from './credit-messages';
import styles from './credit-page.module.css';

/**
 * The adverse-action notice (FCRA 615(a)): the bureau and how to reach it, that it did not make
 * the decision, the score with its range and key factors, and the rights to a free report within
 * 60 days and to dispute. The creditor's own wording of the rights comes from the API when given.
 */
export function AdverseActionNotice({ policy }: { policy: CreditPolicy }) {
  const t = useStore(adverseActionMessages);
  const { date } = useFormat();
  const notice = policy.adverseAction;
  const bureau = notice?.bureauName ?? t.theBureau;
  const statements =
    notice?.statements && notice.statements.length > 0
      ? notice.statements
      : [t.notDecided({ bureau }), t.freeReport({ bureau }), t.dispute({ bureau })];

  return (
    <>
      <p>{t.lead}</p>
      <p>{t.ends}</p>
      {notice && (
        <>
          <h2>{t.bureauTitle}</h2>
          <p>{t.bureauIntro}</p>
          <address className={styles.bureau}>
            <strong>{notice.bureauName}</strong>
            <span>{notice.bureauAddress}</span>
            <span>
              {t.phone}{' '}
              <ExternalLink href={`tel:${notice.bureauPhone.replace(/[^\d+]/g, '')}`}>
                {notice.bureauPhone}
              </ExternalLink>
            </span>
            <span>
              {t.website}{' '}
              <ExternalLink href={notice.bureauWebsite}>
                {notice.bureauWebsite.replace(/^https?:\/\//, '')}
              </ExternalLink>
            </span>
          </address>
          <h2>{t.scoreTitle}</h2>
          <p className={styles.score}>{t.score({ score: notice.score })}</p>
          <p>
            {t.scoreRange({ min: notice.scoreRange.min, max: notice.scoreRange.max })}{' '}
            {t.scoreDate({ date: date(notice.scoreDate) })}
          </p>
          <h3>{t.factorsTitle}</h3>
          <ul className={styles.facts}>
            {notice.keyFactors.map((factor) => (
              <li key={factor}>{factor}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t.rightsTitle}</h2>
      <ul className={styles.facts}>
        {statements.map((statement) => (
          <li key={statement}>{statement}</li>
        ))}
      </ul>
      <div className="actions">
        <Button variant="secondary" onClick={() => window.print()}>
          {t.print}
        </Button>
      </div>
    </>
  );
}
