import { useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { params } from '@nanostores/i18n';
import type { z } from 'zod';
import type { Agreement, AgreementAcceptance } from '@/api/contract/schemas';
import { agreementsQueryOptions, useUpdateFulfillment } from '@/api/fulfillment';
import { orderQueryOptions } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { i18n, language, useFormat, useStore } from '@/i18n';
import { termsSchema } from './terms-schema';
import styles from './terms-page.module.css';

const messages = i18n('termsStep', {
  title: 'Terms and agreements',
  intro:
    'Read each agreement and accept it. Each one is accepted separately, and we record the version and the time.',
  version: params<{ version: string }>('Version {version}'),
  readFull: params<{ title: string }>('Read the full {title}'),
  accept: params<{ title: string }>('I have read and accept the {title}'),
  required: params<{ title: string }>('Accept the {title} to continue'),
  acceptedBefore: params<{ version: string; time: string }>(
    'You accepted version {version} on {time}.',
  ),
  changedTitle: 'The terms have changed',
  changedBody:
    'We updated these agreements while you were reading. Read the new version and accept it again to continue:',
  changedItem: params<{ title: string; version: string }>('{title} (now version {version})'),
  continue: 'Continue',
});

type TermsSchema = ReturnType<typeof termsSchema>;

/** Where each agreement lives on the page, so a notice can link to it. */
const sectionId = (agreement: Agreement) => `agreement-${agreement.id}`;

export function TermsPage() {
  const { orderId = '' } = useParams();
  const t = useStore(messages);
  const lang = useStore(language);
  const agreements = useQuery({
    ...agreementsQueryOptions(orderId, lang),
    // A change of language keeps the form (and its ticks) while the new text loads.
    placeholderData: (previous) => previous,
  });
  const order = useQuery(orderQueryOptions(orderId));

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {agreements.data ? (
        <TermsForm
          orderId={orderId}
          agreements={agreements.data.agreements}
          accepted={order.data?.fulfillment?.agreements ?? []}
          refetchAgreements={async () => (await agreements.refetch()).data?.agreements}
        />
      ) : agreements.error ? (
        <ApiErrorNotice
          error={agreements.error}
          onRetry={() => void agreements.refetch()}
          retrying={agreements.isFetching}
        />
      ) : (
        <Skeleton lines={3} height="14rem" />
      )}
    </section>
  );
}

interface TermsFormProps {
  orderId: string;
  agreements: Agreement[];
  /** Acceptances already recorded on the order. */
  accepted: AgreementAcceptance[];
  refetchAgreements: () => Promise<Agreement[] | undefined>;
}

function TermsForm({ orderId, agreements, accepted, refetchAgreements }: TermsFormProps) {
  const t = useStore(messages);
  const { dateTime } = useFormat();
  const update = useUpdateFulfillment(orderId);
  const { moveOn, stall } = useMoveOn('terms');
  // Agreements the server changed under the customer's eyes; they must be read again.
  const [changedIds, setChangedIds] = useState<string[]>([]);

  const acceptanceOf = (agreement: Agreement) =>
    accepted.find(
      (item) => item.agreementId === agreement.id && item.version === agreement.version,
    );

  const schema = useMemo(
    () => termsSchema(agreements, (title) => t.required({ title })),
    [agreements, t],
  );
  const form = useStepForm<z.input<TermsSchema>, unknown, z.output<TermsSchema>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    // Never pre-ticked: only what this customer already accepted, in this very version.
    defaultValues: {
      accepted: Object.fromEntries(
        agreements.map((agreement) => [agreement.id, Boolean(acceptanceOf(agreement))]),
      ),
    },
  });

  const onSubmit = () => {
    const acceptedAt = new Date().toISOString();
    const sent = agreements.map((agreement) => ({
      agreementId: agreement.id,
      version: agreement.version,
      acceptedAt,
    }));
    update.mutate(
      { agreements: sent },
      {
        onSuccess: (order) => {
          setChangedIds([]);
          moveOn(order);
        },
        onError: (error) => {
          if (error.code === 'AGREEMENT_VERSION_MISMATCH') void takeBackChanged(sent);
        },
      },
    );
  };

  const takeBackChanged = async (sent: AgreementAcceptance[]) => {
    const fresh = (await refetchAgreements()) ?? [];
    const changed = fresh.filter(
      (agreement) =>
        sent.find((item) => item.agreementId === agreement.id)?.version !== agreement.version,
    );
    // The tick was for the old text: take it back, so the new text has to be accepted.
    for (const agreement of changed) form.setValue(`accepted.${agreement.id}`, false);
    setChangedIds(changed.map((agreement) => agreement.id));
  };

  const changed = agreements.filter((agreement) => changedIds.includes(agreement.id));
  const mismatch = update.error?.code === 'AGREEMENT_VERSION_MISMATCH';

  return (
    <Form form={form} onSubmit={onSubmit} className="stack">
      {mismatch && (
        <Notice tone="warning" role="alert" title={t.changedTitle}>
          <p>{t.changedBody}</p>
          {changed.length > 0 && (
            <ul>
              {changed.map((agreement) => (
                <li key={agreement.id}>
                  <a href={`#${sectionId(agreement)}`}>
                    {t.changedItem({ title: agreement.title, version: agreement.version })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {agreements.map((agreement) => {
        const previous = acceptanceOf(agreement);
        const titleId = `${sectionId(agreement)}-title`;
        return (
          <section
            key={agreement.id}
            id={sectionId(agreement)}
            className={`card ${styles.agreement}`}
            aria-labelledby={titleId}
          >
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
                previous && !changedIds.includes(agreement.id)
                  ? t.acceptedBefore({
                      version: previous.version,
                      time: dateTime(previous.acceptedAt),
                    })
                  : undefined
              }
            />
          </section>
        );
      })}
      {update.error && !mismatch && (
        <ApiErrorNotice
          error={update.error}
          onRetry={() => void form.handleSubmit(onSubmit)()}
          retrying={update.isPending}
        />
      )}
      {stall && <OrderStalledNotice {...stall} />}
      <div className="actions">
        <Button type="submit" pending={update.isPending}>
          {t.continue}
        </Button>
      </div>
    </Form>
  );
}
