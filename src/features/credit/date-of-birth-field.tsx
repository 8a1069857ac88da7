import { get, useFormContext } from 'react-hook-form';
import { fieldId } from '@/components/ui/field-id';
import { kioskAutoComplete } from '@/config/kiosk-mode';
import { i18n, useStore } from '@/i18n';
import styles from './credit-page.module.css';

const messages = i18n('creditDobField', {
  legend: 'Date of birth',
  hint: 'For example, 3 27 1985',
  month: 'Month',
  day: 'Day',
  year: 'Year',
});

interface DateOfBirthFieldProps {
  /** Form path of `{ month, day, year }`; its one error message is shown for the whole date. */
  name: string;
}

/**
 * Three boxes, month-day-year (GOV.UK's memorable-date pattern in US order). The error summary
 * links to the group's id, which the month box carries.
 */
export function DateOfBirthField({ name }: DateOfBirthFieldProps) {
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
  const id = fieldId(name);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const parts = [
    { part: 'month', label: t.month, width: 'input--w2', autoComplete: 'bday-month', inputId: id },
    {
      part: 'day',
      label: t.day,
      width: 'input--w2',
      autoComplete: 'bday-day',
      inputId: `${id}-day`,
    },
    {
      part: 'year',
      label: t.year,
      width: 'input--w4',
      autoComplete: 'bday-year',
      inputId: `${id}-year`,
    },
  ] as const;

  return (
    // The error bar sits on a wrapper: `.fieldset` resets the border `.field--error` draws.
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="field__label fieldset__legend">{t.legend}</legend>
        <p className="field__hint" id={`${id}-hint`}>
          {t.hint}
        </p>
        {error && (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        )}
        <div className={styles.dateParts}>
          {parts.map(({ part, label, width, autoComplete, inputId }) => (
            <div key={part} className={styles.datePart}>
              <label className="field__label" htmlFor={inputId}>
                {label}
              </label>
              <input
                {...register(`${name}.${part}`)}
                id={inputId}
                type="text"
                className={`input ${width}`}
                inputMode="numeric"
                autoComplete={kioskAutoComplete(autoComplete)}
                spellCheck={false}
                aria-invalid={error ? true : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
