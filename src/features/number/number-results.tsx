import { useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { numberSearchQueryOptions } from '@/api/numbers';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { RadioGroup } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { Skeleton } from '@/components/ui/skeleton';
import { useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { numberLineMessages } from './number-messages';
import { numberChoiceSchema, toNumberSearch } from './number-schema';
import styles from './number-page.module.css';

/** One line's choice among the numbers found; its owner clears it on each new search. */
export function useNumberChoiceForm(position: number) {
  const t = useStore(numberLineMessages);
  const field = `line${position}Number`;
  const schema = useMemo(
    () => numberChoiceSchema(field, { choiceRequired: t.choiceRequired({ position }) }),
    [field, t, position],
  );
  const form = useStepForm<Record<string, string>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    defaultValues: { [field]: '' },
  });
  return { form, field };
}

interface NumberResultsProps {
  orderId: string;
  lineId: string;
  /** What was searched, as the customer typed it; nothing is searched until it is valid. */
  query: string;
  choice: ReturnType<typeof useNumberChoiceForm>;
  reserving: boolean;
  /** True when the line now holds the number. */
  onReserve: (number: string) => Promise<boolean>;
  onSearchNearby: (areaCode: string) => void;
}

/**
 * The numbers found for the query, one to reserve; or, when an area has none, nearby area codes
 * to search instead. The count is announced in its own status.
 */
export function NumberResults({
  orderId,
  lineId,
  query,
  choice: { form, field },
  reserving,
  onReserve,
  onSearchNearby,
}: NumberResultsProps) {
  const t = useStore(numberLineMessages);
  const criteria = toNumberSearch(lineId, query);
  // Follows what the customer searches, so it is the line's own query, not the step's data.
  const results = useQuery({
    ...numberSearchQueryOptions(orderId, criteria ?? { lineId, areaCode: '' }),
    enabled: criteria !== null,
  });

  const reserve = async (values: Record<string, string>) => {
    const number = values[field];
    if (!number) return;
    const reserved = await onReserve(number);
    // Taken meanwhile: the refreshed list no longer has it, so nothing stays chosen.
    if (!reserved) form.setValue(field, '');
  };

  const numbers = results.data?.numbers ?? [];
  const nearby = results.data?.nearbyAreaCodes ?? [];

  return (
    <>
      <p role="status" className={styles.resultStatus}>
        {results.data
          ? numbers.length > 0
            ? t.foundFor({ found: t.found(numbers.length), query })
            : t.none({ query })
          : ''}
      </p>
      {results.error ? (
        <ApiErrorNotice
          error={results.error}
          onRetry={() => void results.refetch()}
          retrying={results.isFetching}
        />
      ) : criteria && !results.data ? (
        <Skeleton lines={3} height="2rem" />
      ) : numbers.length > 0 ? (
        <Form form={form} onSubmit={reserve}>
          <RadioGroup
            name={field}
            legend={t.numbersLegend}
            options={numbers.map((number) => ({ value: number, label: formatPhoneNumber(number) }))}
          />
          <Button type="submit" variant="secondary" pending={reserving}>
            {t.reserve}
          </Button>
        </Form>
      ) : results.data && nearby.length > 0 ? (
        <div>
          <p>{t.nearby}</p>
          <div className={styles.nearby}>
            {nearby.map((code) => (
              <Button
                key={code}
                variant="secondary"
                aria-label={t.nearbyLabel({ code })}
                onClick={() => onSearchNearby(code)}
              >
                {code}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
    </>
  );
}
