import type { Agreement, AgreementAcceptance } from '@/api/contract/schemas';
import { CheckboxField } from '@/components/ui/fields';
import { useFormat, useStore } from '@/i18n';
import { termsStepMessages } from './terms-messages';
import styles from './terms-page.module.css';

/** Where each agreement lives on the page, so a notice can link to it. */
export const agreementSectionId = (agreement: Agreement) => `agreement-${agreement.id}`;

interface AgreementSectionProps {
  agreement: Agreement;
  /** The customer's earlier acceptance of this very version, while it still stands. */
  acceptance: AgreementAcceptance | undefined;
}

/** One agreement: its summary, the full text behind a disclosure, and its own tick. */
export function AgreementSection({ agreement, acceptance }: AgreementSectionProps) {
  const t = useStore(termsStepMessages);
  const { dateTime } = useFormat();
  const sectionId = agreementSectionId(agreement);
  const titleId = `${sectionId}-title`;
  return (
    <section id={sectionId} className={`card ${styles.agreement}`} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {agreement.title}
      </h2>
      <p className="muted small">{t.version({ version: agreement.version })}</p>
      <p>{agreement.summary}</p>
      <details className={styles.details}>
        <summary className={styles.summary}>{t.readFull({ title: agreement.title })}</summary>
        <div className={styles.body}>
          {agreement.body.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </details>
      <CheckboxField
        name={`accepted.${agreement.id}`}
        label={t.accept({ title: agreement.title })}
        hint={
          acceptance
            ? t.acceptedBefore({
                version: acceptance.version,
                time: dateTime(acceptance.acceptedAt),
              })
            : undefined
        }
      />
    </section>
  );
}
