import { useState } from 'react';
import { get, useFormContext } from 'react-hook-form';
import { fieldId } from '@/components/ui/field-id';
import { i18n, useStore } from '@/i18n';
import styles from './credit-page.module.css';

const messages = i18n('creditSsnField', {
  label: 'Social Security number',
  hint: 'It’s 9 digits, like 123-45-6789. You can leave out the dashes.',
  show: 'Show',
  hide: 'Hide',
  showLabel: 'Show Social Security number',
  hideLabel: 'Hide Social Security number',
  shown: 'Your Social Security number is visible',
  hidden: 'Your Social Security number is hidden',
});

interface SsnFieldProps {
  name: string;
}

/**
 * The SSN, masked like a password unless the user asks to see it. It is hidden again on every
 * submit, and the browser is asked neither to remember nor to suggest it.
 */
export function SsnField({ name }: SsnFieldProps) {
  const t = useStore(messages);
  const { register, formState } = useFormContext();
  const errorValue: unknown = get(formState.errors, name);
  const error =
    errorValue &&
    typeof errorValue === 'object' &&
    'message' in errorValue &&
    typeof errorValue.message === 'string'
      ? errorValue.message
      : undefined;
  // Visible only until the next submit: tied to the submit count it was shown at.
  const [shownAt, setShownAt] = useState<number | null>(null);
  const visible = shownAt === formState.submitCount;
  const id = fieldId(name);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {t.label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t.hint}
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
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
          aria-describedby={describedBy}
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
    </div>
  );
}
