import { useEffect, useMemo, useRef } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { Address } from '@/api/contract/schemas';
import type { AddressFormValues } from '@/checkout/address-schema';
import { Button } from '@/components/ui/button';
import { RadioGroup } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { useStore } from '@/i18n';
import { addressSuggestionsMessages } from './shipping-messages';
import { suggestionSchema } from './shipping-schema';
import styles from './shipping-page.module.css';

/** `500 Main St, Unit 2, Hackensack, NJ 07601` */
export function formatAddress(
  address: Pick<Address, 'line1' | 'line2' | 'city' | 'state' | 'zip'>,
): string {
  return [address.line1, address.line2, address.city, `${address.state} ${address.zip}`]
    .filter((part) => part && part.trim())
    .join(', ');
}

interface AddressSuggestionsProps {
  typed: AddressFormValues;
  suggestions: Address[];
  onChoose: (address: Address) => void;
  pending: boolean;
}

/** "Did you mean…": the server's matches for an ambiguous address, one to pick. */
export function AddressSuggestions({
  typed,
  suggestions,
  onChoose,
  pending,
}: AddressSuggestionsProps) {
  const t = useStore(addressSuggestionsMessages);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const schema = useMemo(() => suggestionSchema(t), [t]);
  const form = useStepForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    defaultValues: { suggestion: '' },
  });

  // The question appears after a submit; take the reader to it.
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const choose = ({ suggestion }: z.output<typeof schema>) => {
    const address = suggestions[Number(suggestion)];
    if (address) onChoose(address);
  };

  return (
    <section className={`card ${styles.suggestions}`} aria-labelledby="address-suggestions-title">
      <h2
        id="address-suggestions-title"
        ref={titleRef}
        tabIndex={-1}
        className={styles.suggestionsTitle}
      >
        {t.title}
      </h2>
      <p>{t.lead({ typed: formatAddress(typed) })}</p>
      <Form form={form} onSubmit={choose}>
        <RadioGroup
          name="suggestion"
          legend={t.legend}
          options={suggestions.map((address, index) => ({
            value: String(index),
            label: formatAddress(address),
          }))}
        />
        <Button type="submit" pending={pending}>
          {t.use}
        </Button>
      </Form>
    </section>
  );
}
