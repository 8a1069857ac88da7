import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { get, useFormContext } from 'react-hook-form';
import { kioskAutoComplete } from '@/config/kiosk-mode';
import { useStore } from '@/i18n';
import { fieldId } from './field-id';
import { uiMessages } from './messages';

/** The message react-hook-form holds for the field `name` of the surrounding form, if any. */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error: unknown = get(formState.errors, name);
  return error &&
    typeof error === 'object' &&
    'message' in error &&
    typeof error.message === 'string'
    ? error.message
    : undefined;
}

/** The ids an input (or a group) is described by: its hint, then its error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
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
    </>
  );
}

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

/**
 * A single input's label, hint and error. For an input the kit has no field for: the input
 * takes `id` and `aria-describedby={describedBy(id, hint, error)}`.
 */
export function FieldFrame({ id, label, hint, error, optional, children }: FieldFrameProps) {
  const t = useStore(uiMessages);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t.optional}</span>}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

interface FieldsetProps {
  /** The field's id, carried by the first input so the error summary can link to it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}

/** Several inputs answering one question: the legend, hint and error belong to the group. */
export function Fieldset({ id, legend, hint, error, className, children }: FieldsetProps) {
  return (
    <fieldset
      className={['field fieldset', className, error && 'field--error'].filter(Boolean).join(' ')}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label fieldset__legend">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
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

interface ChoiceOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

interface ChoicesProps {
  name: string;
  /** The group's id; the first input carries it, so the error summary can link to it. */
  id: string;
  type: 'radio' | 'checkbox';
  options: ChoiceOption[];
}

function Choices({ name, id, type, options }: ChoicesProps) {
  const { register } = useFormContext();
  return (
    <div className="radios__options">
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index}`;
        const descriptionId = `${optionId}-description`;
        return (
          <div key={option.value} className={type}>
            <input
              {...register(name)}
              id={optionId}
              type={type}
              value={option.value}
              disabled={option.disabled}
              className={`${type}__input`}
              aria-describedby={option.description ? descriptionId : undefined}
            />
            <label className={`${type}__label`} htmlFor={optionId}>
              {option.label}
            </label>
            {option.description && (
              <div
                className={type === 'radio' ? 'radio__description' : 'checkbox__hint'}
                id={descriptionId}
              >
                {option.description}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: ChoiceOption[];
}

interface RadioGroupProps extends ChoiceGroupProps {
  /** Cards for rich choices (plans, devices); plain radios otherwise. */
  variant?: 'plain' | 'cards';
}

export function RadioGroup({ name, legend, hint, options, variant = 'plain' }: RadioGroupProps) {
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <Fieldset
      id={id}
      legend={legend}
      hint={hint}
      error={error}
      className={`radios radios--${variant}`}
    >
      <Choices name={name} id={id} type="radio" options={options} />
    </Fieldset>
  );
}

/** Checkboxes sharing one name: react-hook-form collects the ticked values in an array. */
export function CheckboxGroup({ name, legend, hint, options }: ChoiceGroupProps) {
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <Choices name={name} id={id} type="checkbox" options={options} />
    </Fieldset>
  );
}
