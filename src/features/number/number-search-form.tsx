import { useEffect, useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { useStore } from '@/i18n';
import { numberLineMessages } from './number-messages';
import { numberSearchSchema } from './number-schema';
import styles from './number-page.module.css';

/** One line's search box; its owner fills it too, when the customer picks a nearby area code. */
export function useNumberSearchForm(position: number, initialQuery: string) {
  const t = useStore(numberLineMessages);
  const field = `line${position}Search`;
  const schema = useMemo(
    () =>
      numberSearchSchema(field, {
        queryRequired: t.queryRequired({ position }),
        queryInvalid: t.queryInvalid({ position }),
      }),
    [field, t, position],
  );
  const form = useStepForm<Record<string, string>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    defaultValues: { [field]: initialQuery },
  });
  return { form, field };
}

interface NumberSearchFormProps {
  search: ReturnType<typeof useNumberSearchForm>;
  /** Focus the box: the customer has just asked to search. */
  focusOnMount: boolean;
  onSearch: (query: string) => void;
}

/** An area code or ZIP code to search, checked before it is sent. */
export function NumberSearchForm({
  search: { form, field },
  focusOnMount,
  onSearch,
}: NumberSearchFormProps) {
  const t = useStore(numberLineMessages);

  useEffect(() => {
    if (focusOnMount) form.setFocus(field);
    // Only when the search opens at the customer's request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Form form={form} onSubmit={(values) => onSearch(values[field] ?? '')}>
      <div className={styles.searchRow}>
        <TextField
          name={field}
          label={t.searchLabel}
          hint={t.searchHint}
          width={10}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" variant="secondary" className={styles.searchButton}>
          {t.search}
        </Button>
      </div>
    </Form>
  );
}
