import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { get, useFormContext } from 'react-hook-form';
import { kioskAutoComplete } from '@/config/kiosk-mode';
import { useStore } from '@/i18n';
import { fieldId } from './field-id';
import { uiMessages } from './messages';

function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error: unknown = get(formState.errors, name);
  return error &&
    typeof error === 'object' &&
    'message' in error &&
    typeof error.message === 'string'
    ? error.message
    : undefined;
}

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

function FieldFrame({ id, label, hint, error, optional, children }: FieldFrameProps) {
  const t = useStore(uiMessages);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t.optional}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  /** Width in characters, so the box hints at the expected length. */
  width?: 2 | 4 | 5 | 10 | 20 | 'full';
}

export function TextField({
  name,
  label,
  hint,
  optional,
  width = 'full',
  type = 'text',
  ...inputProps
}: TextFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...inputProps}
        {...register(name)}
        id={id}
        type={type}
        autoComplete={kioskAutoComplete(inputProps.autoComplete)}
        className={`input input--w${width}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
}

export function SelectField({ name, label, hint, options, ...selectProps }: SelectFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        {...selectProps}
        {...register(name)}
        id={id}
        autoComplete={kioskAutoComplete(selectProps.autoComplete)}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
}

export function CheckboxField({ name, label, hint }: CheckboxFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className={`field field--checkbox${error ? ' field--error' : ''}`}>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="checkbox">
        <input
          {...register(name)}
          id={id}
          type="checkbox"
          className="checkbox__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && (
        <p className="field__hint checkbox__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface RadioOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

interface RadioGroupProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: RadioOption[];
  /** Cards for rich choices (plans, devices); plain radios otherwise. */
  variant?: 'plain' | 'cards';
}

export function RadioGroup({ name, legend, hint, options, variant = 'plain' }: RadioGroupProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <fieldset
      className={`field fieldset radios radios--${variant}${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label fieldset__legend">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="radios__options">
        {options.map((option, index) => {
          // The first option carries the field's id, so the error summary can link to it.
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <div key={option.value} className="radio">
              <input
                {...register(name)}
                id={optionId}
                type="radio"
                value={option.value}
                disabled={option.disabled}
                className="radio__input"
                aria-describedby={option.description ? `${optionId}-description` : undefined}
              />
              <label className="radio__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.description && (
                <div className="radio__description" id={`${optionId}-description`}>
                  {option.description}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
