import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { customersQueryOptions } from '@/api/customers';
import { offersQueryOptions } from '@/api/offers';
import type { Customer } from '@/api/contract/schemas';
import { Button } from '@/components/ui/button';
import { RadioGroup } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/checkout/paths';
import { checkoutDraft, chooseAccount } from '@/checkout/draft';
import { language, useStore } from '@/i18n';
import { accountMessages } from './account-messages';
import { accountSchema, type AccountFormInput, type AccountFormOutput } from './account-schema';
import styles from './account-page.module.css';

export function AccountPage() {
  const t = useStore(accountMessages);
  const { data } = useSuspenseQuery(customersQueryOptions());

  return (
    <section className={styles.column}>
      <PageHeading>{t.title}</PageHeading>
      <AccountChoice customers={data.customers} />
    </section>
  );
}

function useContinueWith() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lang = useStore(language);
  return (customerId: string) => {
    chooseAccount(customerId);
    // The offers need only the session, so they may load while the next page's code does.
    void queryClient.prefetchQuery(offersQueryOptions(lang));
    void navigate(paths.offers);
  };
}

function AccountChoice({ customers }: { customers: Customer[] }) {
  const t = useStore(accountMessages);
  const [only] = customers;
  if (!only) return <Notice tone="warning">{t.noAccounts}</Notice>;
  if (customers.length === 1) return <SingleAccount customer={only} />;
  return <SeveralAccounts customers={customers} />;
}

function AccountDetails({ customer }: { customer: Customer }) {
  const t = useStore(accountMessages);
  const { serviceAddress: address } = customer;
  return (
    <dl className={styles.details}>
      <div>
        <dt>{t.accountNumber}</dt>
        <dd>{customer.accountNumberMasked}</dd>
      </div>
      <div>
        <dt>{t.mobile}</dt>
        <dd>{customer.phoneMasked}</dd>
      </div>
      <div>
        <dt>{t.email}</dt>
        <dd>{customer.emailMasked}</dd>
      </div>
      <div>
        <dt>{t.serviceArea}</dt>
        <dd>
          {address.city}, {address.state}
        </dd>
      </div>
    </dl>
  );
}

function SingleAccount({ customer }: { customer: Customer }) {
  const t = useStore(accountMessages);
  const continueWith = useContinueWith();
  return (
    <div className="stack">
      <p>{t.oneIntro}</p>
      <div className="card">
        <p className={styles.name}>
          {customer.firstName} {customer.lastName}
        </p>
        <AccountDetails customer={customer} />
      </div>
      {customer.canOrderOnline ? (
        <>
          <p>{t.oneQuestion}</p>
          <div className="actions">
            <Button onClick={() => continueWith(customer.id)}>{t.continue}</Button>
          </div>
        </>
      ) : (
        <Notice tone="warning" title={t.cannotOrderTitle}>
          <p>{t.cannotOrderBody}</p>
        </Notice>
      )}
    </div>
  );
}

function SeveralAccounts({ customers }: { customers: Customer[] }) {
  const t = useStore(accountMessages);
  const continueWith = useContinueWith();
  const draftCustomerId = checkoutDraft.get().customerId;
  const chosenBefore = customers.some((c) => c.id === draftCustomerId && c.canOrderOnline);
  const form = useStepForm<AccountFormInput, unknown, AccountFormOutput>({
    resolver: zodResolver(accountSchema),
    mode: 'onSubmit',
    // Nothing is pre-ticked, unless they chose this account earlier in this checkout.
    defaultValues: { customerId: chosenBefore && draftCustomerId ? draftCustomerId : undefined },
  });
  const orderable = customers.filter((customer) => customer.canOrderOnline);

  if (orderable.length === 0) {
    return (
      <div className="stack">
        <Notice tone="warning" title={t.cannotOrderTitle}>
          <p>{t.noneOrderable}</p>
        </Notice>
        {customers.map((customer) => (
          <div className="card" key={customer.id}>
            <p className={styles.name}>
              {customer.firstName} {customer.lastName}
            </p>
            <AccountDetails customer={customer} />
          </div>
        ))}
      </div>
    );
  }

  return (
    <Form form={form} onSubmit={(values) => continueWith(values.customerId)}>
      <p>{t.severalIntro}</p>
      <RadioGroup
        name="customerId"
        legend={t.legend}
        variant="cards"
        options={customers.map((customer) => ({
          value: customer.id,
          label: t.optionLabel({
            name: `${customer.firstName} ${customer.lastName}`,
            number: customer.accountNumberMasked,
          }),
          disabled: !customer.canOrderOnline,
          description: (
            <>
              <p className={styles.compact}>
                {customer.serviceAddress.city}, {customer.serviceAddress.state}
                <br />
                <span>{customer.phoneMasked}</span> · <span>{customer.emailMasked}</span>
              </p>
              {!customer.canOrderOnline && <p className="small">{t.cannotOrderShort}</p>}
            </>
          ),
        }))}
      />
      <div className="actions">
        <Button type="submit">{t.continue}</Button>
      </div>
    </Form>
  );
}
