import { useDeferredValue, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { z } from 'zod';
import type { Agreement, AgreementAcceptance } from '@/api/contract/schemas';
import { agreementsQueryOptions, useUpdateFulfillment } from '@/api/fulfillment';
import { orderQueryOptions } from '@/api/orders';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { OrderStalledNotice, useMoveOn } from '@/checkout/move-on';
import { Button } from '@/components/ui/button';
import { Form, useStepForm } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { language, useStore } from '@/i18n';
import { AgreementSection, agreementSectionId } from './agreement-section';
import { termsStepMessages } from './terms-messages';
import { termsSchema } from './terms-schema';

type TermsSchema = ReturnType<typeof termsSchema>;

export function TermsPage() {
  const { orderId = '' } = useParams();
  const t = useStore(termsStepMessages);
  // A change of language keeps the form (and its ticks) on screen while the new text loads.
  const lang = useDeferredValue(useStore(language));
  const agreements = useSuspenseQuery(agreementsQueryOptions(orderId, lang));
  const { data: order } = useSuspenseQuery(orderQueryOptions(orderId));

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <TermsForm
        orderId={orderId}
        agreements={agreements.data.agreements}
        accepted={order.fulfillment?.agreements ?? []}
        refetchAgreements={async () => (await agreements.refetch()).data?.agreements}
      />
    </section>
  );
}

/** The server changed these agreements while the customer read them: they are to be read again. */
function AgreementsChangedNotice({ changed }: { changed: Agreement[] }) {
  const t = useStore(termsStepMessages);
  return (
    <Notice tone="warning" role="alert" title={t.changedTitle}>
      <p>{t.changedBody}</p>
      {changed.length > 0 && (
        <ul>
          {changed.map((agreement) => (
            <li key={agreement.id}>
              <a href={`#${agreementSectionId(agreement)}`}>
                {t.changedItem({ title: agreement.title, version: agreement.version })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Notice>
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
  const t = useStore(termsStepMessages);
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

  const mismatch = update.error?.code === 'AGREEMENT_VERSION_MISMATCH';

  return (
    <Form form={form} onSubmit={onSubmit} className="stack">
      {mismatch && (
        <AgreementsChangedNotice
          changed={agreements.filter((agreement) => changedIds.includes(agreement.id))}
        />
      )}
      {agreements.map((agreement) => (
        <AgreementSection
          key={agreement.id}
          agreement={agreement}
          acceptance={changedIds.includes(agreement.id) ? undefined : acceptanceOf(agreement)}
        />
      ))}
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
