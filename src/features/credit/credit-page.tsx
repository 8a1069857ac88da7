import { useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { z } from 'zod';
import { isApiError, type ApiError } from '@/api/api-error';
import type { Customer, Order } from '@/api/contract/schemas';
import { creditPolicyQueryOptions, useSubmitCredit } from '@/api/credit';
import { customersQueryOptions } from '@/api/customers';
import { orderQueryOptions } from '@/api/orders';
import { AddressFields } from '@/components/ui/address-fields';
import { toAddressFormValues } from '@/checkout/address-schema';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { i18n, useStore } from '@/i18n';
import { CreditOutcome } from './credit-outcome';
import { creditSchema, type CreditFormValues, type CreditSchema } from './credit-schema';
import { DateOfBirthField } from './date-of-birth-field';
import { SsnField } from './ssn-field';
import styles from './credit-page.module.css';

/** The version of the authorization text below; sent with the consent so it can be traced. */
export const CREDIT_DISCLOSURE_VERSION = '2025.1';

const messages = i18n('creditStep', {
  title: 'Credit check',
  intro:
    'To set up your new lines we check your credit with a credit bureau. It takes a few seconds and nothing is charged today.',
  disclosureTitle: 'Before you continue',
  disclosure:
    'When you continue, we ask a credit bureau for your credit report and score, and use them to decide whether to approve this order and on what terms (for example, a deposit or a limit on the number of lines). This is a hard inquiry, which may lower your credit score.',
  privacy:
    'We use your Social Security number and date of birth only for this check. We send them once and do not keep them.',
  authorize:
    'I authorize a credit check with the credit bureau. I understand it may affect my credit score.',
  addressLegend: 'Your home address',
  addressHint:
    'The credit bureau uses it to find your record. We filled in your account’s service address; change it if you live somewhere else.',
  continue: 'Continue',
  // Validation (the same words inline and in the summary).
  authorizeRequired: 'Tick the box to authorize the credit check',
  ssnRequired: 'Enter your Social Security number',
  ssnFormat: 'Social Security number must be 9 digits, like 123-45-6789',
  ssnArea: 'Enter a real Social Security number: it cannot start with 000, 666 or 9',
  ssnGroup: 'Enter a real Social Security number: the middle 2 digits cannot be 00',
  ssnSerial: 'Enter a real Social Security number: the last 4 digits cannot be 0000',
  dobRequired: 'Enter your date of birth',
  dobMissingMonth: 'Date of birth must include a month',
  dobMissingDay: 'Date of birth must include a day',
  dobMissingYear: 'Date of birth must include a year',
  dobYearFormat: 'Year must include 4 numbers',
  dobInvalid: 'Date of birth must be a real date',
  dobFuture: 'Date of birth must be in the past',
  dobTooOld: 'Date of birth must be in 1900 or later',
  dobUnder18: 'You must be 18 or older to apply for credit',
  line1Required: 'Enter address line 1, usually the building and street',
  line1TooLong: 'Address line 1 must be 100 characters or fewer',
  line2TooLong: 'Address line 2 must be 100 characters or fewer',
  cityRequired: 'Enter the town or city',
  cityTooLong: 'Town or city must be 60 characters or fewer',
  stateRequired: 'Choose the state',
  zipRequired: 'Enter the ZIP code',
  zipInvalid: 'Enter a ZIP code of 5 digits, like 07030',
  // When the server refuses a field the form accepted.
  serverSsn: 'Check your Social Security number',
  serverDob: 'Check your date of birth',
  serverAddress: 'Check this part of your address',
});

export function CreditPage() {
  const { orderId = '' } = useParams();
  const t = useStore(messages);
  const order = useQuery(orderQueryOptions(orderId));
  const decided = Boolean(order.data?.credit);
  const policy = useQuery({ ...creditPolicyQueryOptions(orderId), enabled: decided });
  // True from pressing Continue until the decision is on screen, so the form stays put meanwhile.
  const [checking, setChecking] = useState(false);

  if (order.data && decided && policy.data) {
    return <CreditOutcome order={order.data} policy={policy.data} />;
  }
  if (order.data && (!decided || (checking && policy.isPending))) {
    return (
      <CreditForm
        order={order.data}
        busy={checking}
        onCheckStart={() => setChecking(true)}
        onCheckFailed={() => setChecking(false)}
      />
    );
  }
  const error = order.error ?? policy.error;
  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      {error ? (
        <ApiErrorNotice
          error={error}
          onRetry={() => void (order.error ? order.refetch() : policy.refetch())}
          retrying={order.isFetching || policy.isFetching}
        />
      ) : (
        <Skeleton lines={3} height="4rem" />
      )}
    </section>
  );
}

interface CreditFormProps {
  order: Order;
  busy: boolean;
  onCheckStart: () => void;
  onCheckFailed: () => void;
}

function CreditForm({ order, busy, onCheckStart, onCheckFailed }: CreditFormProps) {
  const t = useStore(messages);
  const customers = useQuery(customersQueryOptions());

  return (
    <section className="stack">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      {customers.data ? (
        <CreditFields
          order={order}
          account={customers.data.customers.find((customer) => customer.id === order.customerId)}
          busy={busy}
          onCheckStart={onCheckStart}
          onCheckFailed={onCheckFailed}
        />
      ) : customers.error ? (
        <ApiErrorNotice
          error={customers.error}
          onRetry={() => void customers.refetch()}
          retrying={customers.isFetching}
        />
      ) : (
        <Skeleton lines={5} height="4.5rem" />
      )}
    </section>
  );
}

interface CreditFieldsProps extends CreditFormProps {
  account: Customer | undefined;
}

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

function CreditFields({ order, account, busy, onCheckStart, onCheckFailed }: CreditFieldsProps) {
  const t = useStore(messages);
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
  };

  const pending = busy || form.formState.isSubmitting;

  return (
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
  );
}
