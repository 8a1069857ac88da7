import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { fieldId } from '@/components/ui/field-id';
import { FieldFrame, describedBy, useFieldError } from '@/components/ui/fields';
import { useStore } from '@/i18n';
import { ssnFieldMessages } from './credit-messages';
import styles from './credit-page.module.css';

interface SsnFieldProps {
  name: string;
}

/**
 * The SSN, masked like a password unless the user asks to see it. It is hidden again on every
 * submit, and the browser is asked neither to remember nor to suggest it.
 */
export function SsnField({ name }: SsnFieldProps) {
  const t = useStore(ssnFieldMessages);
  const { register, formState } = useFormContext();
  const error = useFieldError(name);
  // Visible only until the next submit: tied to the submit count it was shown at.
  const [shownAt, setShownAt] = useState<number | null>(null);
  const visible = shownAt === formState.submitCount;
  const id = fieldId(name);

  return (
    <FieldFrame id={id} label={t.label} hint={t.hint} error={error}>
      <div className={styles.masked}>
        <input
          {...register(name)}
          id={id}
          type={visible ? 'text' : 'password'}
          className="input input--w20"
          inputMode="numeric"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, t.hint, error)}
        />
        <button
          type="button"
          className="button button--secondary"
          aria-controls={id}
          aria-label={visible ? t.hideLabel : t.showLabel}
          onClick={() => setShownAt(visible ? null : formState.submitCount)}
        >
          {visible ? t.hide : t.show}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {shownAt === null ? '' : visible ? t.shown : t.hidden}
      </p>
    </FieldFrame>
  );
}
