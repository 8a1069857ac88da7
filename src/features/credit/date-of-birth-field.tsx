import { useFormContext } from 'react-hook-form';
import { fieldId } from '@/components/ui/field-id';
import { Fieldset, useFieldError } from '@/components/ui/fields';
import { kioskAutoComplete } from '@/config/kiosk-mode';
import { useStore } from '@/i18n';
import { dobFieldMessages } from './credit-messages';
import styles from './credit-page.module.css';

interface DateOfBirthFieldProps {
  /** Form path of `{ month, day, year }`; its one error message is shown for the whole date. */
  name: string;
}

/**
 * Three boxes, month-day-year (GOV.UK's memorable-date pattern in US order). The error summary
 * links to the group's id, which the month box carries.
 */
export function DateOfBirthField({ name }: DateOfBirthFieldProps) {
  const t = useStore(dobFieldMessages);
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
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
    <Fieldset id={id} legend={t.legend} hint={t.hint} error={error}>
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
    </Fieldset>
  );
}
