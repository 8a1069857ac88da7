import { useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { isApiError, type ApiError } from '@/api/api-error';
import type { Order } from '@/api/contract/schemas';
import { useSubmitCredit } from '@/api/credit';
import { customersQueryOptions } from '@/api/customers';
import { toAddressFormValues } from '@/checkout/address-schema';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { AddressFields } from '@/components/ui/address-fields';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { PageHeading } from '@/components/ui/page-heading';
import { useStore } from '@/i18n';
import { creditStepMessages } from './credit-messages';
import { creditSchema, type CreditFormValues, type CreditSchema } from './credit-schema';
import { DateOfBirthField } from './date-of-birth-field';
import { SsnField } from './ssn-field';
import styles from './credit-page.module.css';

/** The version of the authorization text below; sent with the consent so it can be traced. */
const CREDIT_DISCLOSURE_VERSION = '2025.1';

const ADDRESS_PARTS = ['line1', 'line2', 'city', 'state', 'zip'] as const;
type CreditField = 'ssn' | 'dob' | 'authorize' | `address.${(typeof ADDRESS_PARTS)[number]}`;

/** Where a server field error (a request path) belongs in this form. */
function formFieldFor(field: string): CreditField | null {
  if (field === 'ssn') return 'ssn';
  if (field === 'dateOfBirth') return 'dob';
  if (field.startsWith('authorization')) return 'authorize';
  const part = ADDRESS_PARTS.find((name) => field === `address.${name}`);
  return part ? `address.${part}` : null;
}

interface CreditFormProps {
  order: Order;
  /** The check went out; the form stays, busy, until the decision can be shown. */
  busy: boolean;
  onCheckStart: () => void;
  onCheckFailed: () => void;
  /** The order has its decision: resolves once the page has read what showing it needs. */
  onDecided: () => Promise<void>;
}

/** The authorization, SSN, date of birth and home address the credit check needs. */
export function CreditForm({
  order,
  busy,
  onCheckStart,
  onCheckFailed,
  onDecided,
}: CreditFormProps) {
  const t = useStore(creditStepMessages);
  const { data: customers } = useSuspenseQuery(customersQueryOptions());
  const account = customers.customers.find((customer) => customer.id === order.customerId);
  const submit = useSubmitCredit(order.id);
  const schema = useMemo(() => creditSchema(t), [t]);
  const form = useStepForm<CreditFormValues, unknown, z.output<CreditSchema>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    defaultValues: {
      authorize: false,
      ssn: '',
      dob: { month: '', day: '', year: '' },
      address: toAddressFormValues(account?.serviceAddress),
    },
  });
  const [failure, setFailure] = useState<ApiError | null>(null);

  const showFieldErrors = (error: ApiError): boolean => {
    let shown = false;
    for (const fieldError of error.fieldErrors) {
      const target = formFieldFor(fieldError.field);
      if (!target) continue;
      const message =
        target === 'ssn'
          ? t.serverSsn
          : target === 'dob'
            ? t.serverDob
            : target === 'authorize'
              ? t.authorizeRequired
              : t.serverAddress;
      form.setError(target, { message });
      shown = true;
    }
    return shown;
  };

  const onSubmit = async (values: z.output<CreditSchema>) => {
    setFailure(null);
    onCheckStart();
    try {
      await submit.mutateAsync({
        authorization: {
          accepted: true,
          disclosureVersion: CREDIT_DISCLOSURE_VERSION,
          acceptedAt: new Date().toISOString(),
        },
        ssn: values.ssn,
        dateOfBirth: values.dob,
        address: values.address,
      });
    } catch (error) {
      onCheckFailed();
      if (isApiError(error) && !showFieldErrors(error)) setFailure(error);
      return;
    }
    // The check is done: the SSN and date of birth leave the form and the mutation now.
    form.reset();
    submit.reset();
    await onDecided();
  };

  const pending = busy || form.formState.isSubmitting;

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <Form form={form} onSubmit={onSubmit} className="stack">
        {failure && (
          <ApiErrorNotice
            error={failure}
            onRetry={() => void form.handleSubmit(onSubmit)()}
            retrying={pending}
          />
        )}
        <SsnField name="ssn" />
        <DateOfBirthField name="dob" />
        <AddressFields name="address" legend={t.addressLegend} hint={t.addressHint} />
        <div className={styles.disclosure}>
          <h2>{t.disclosureTitle}</h2>
          <p>{t.disclosure}</p>
          <p>{t.privacy}</p>
          <CheckboxField name="authorize" label={t.authorize} />
        </div>
        <div className="actions">
          <Button type="submit" pending={pending}>
            {t.continue}
          </Button>
        </div>
      </Form>
    </section>
  );
}
