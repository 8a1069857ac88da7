import { useEffect, useRef, type ReactNode } from 'react';
import {
  FormProvider,
  useForm,
  type FieldErrors,
  type FieldValues,
  type SubmitHandler,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form';
import { atom } from 'nanostores';
import { useStore } from '@/i18n';
import { fieldId } from './field-id';
import { uiMessages } from './messages';
import { pageHasError } from './page-heading';

interface FieldProblem {
  name: string;
  id: string;
  message: string;
}

/**
 * The names of the fields each refused submit named, never their values: the app counts where
 * forms send people back (its funnel), without every form having to report it.
 */
export const refusedSubmits = atom<readonly string[]>([]);

/** Flattens nested react-hook-form errors into one entry per field, in form order. */
function listProblems(errors: FieldErrors, prefix = ''): FieldProblem[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return [];
    const name = prefix ? `${prefix}.${key}` : key;
    if ('message' in value && typeof value.message === 'string') {
      return [{ name, id: fieldId(name), message: value.message }];
    }
    return listProblems(value as FieldErrors, name);
  });
}

/** `TOutput`: what the resolver hands to `onSubmit` when the schema transforms the values. */
interface FormProps<T extends FieldValues, TOutput extends FieldValues = T> {
  form: UseFormReturn<T, unknown, TOutput>;
  onSubmit: SubmitHandler<TOutput>;
  /** Lets a submit button elsewhere on the page (`<button form="…">`) submit this form. */
  id?: string;
  children: ReactNode;
  className?: string;
}

/**
 * react-hook-form's useForm for a <Form>: the error summary takes the focus after a failed
 * submit, so react-hook-form must not move it to the first field a moment later.
 */
export function useStepForm<T extends FieldValues, TContext = unknown, TOutput = T>(
  props: UseFormProps<T, TContext, TOutput>,
): UseFormReturn<T, TContext, TOutput> {
  return useForm<T, TContext, TOutput>({ ...props, shouldFocusError: false });
}

/**
 * A form validated on submit: an error summary at the top, focused, one link per field,
 * and the page title prefixed with "Error:". Typed values are never cleared.
 */
export function Form<T extends FieldValues, TOutput extends FieldValues = T>({
  form,
  onSubmit,
  children,
  className,
  id,
}: FormProps<T, TOutput>) {
  const t = useStore(uiMessages);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { submitCount, errors } = form.formState;
  const problems = listProblems(errors);
  const showSummary = submitCount > 0 && problems.length > 0;

  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
    // Focus moves only after a submit, never while the user is typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);

  useEffect(() => {
    pageHasError.set(showSummary);
  }, [showSummary]);

  useEffect(() => () => pageHasError.set(false), []);

  return (
    <FormProvider {...form}>
      <form
        id={id}
        noValidate
        className={className}
        onSubmit={form.handleSubmit(onSubmit, (refused) =>
          refusedSubmits.set(listProblems(refused).map((problem) => problem.name)),
        )}
      >
        {showSummary && (
          <div
            ref={summaryRef}
            className="error-summary"
            role="alert"
            tabIndex={-1}
            aria-labelledby="error-summary-title"
          >
            <h2 id="error-summary-title" className="error-summary__title">
              {t.problemTitle}
            </h2>
            <ul className="error-summary__list">
              {problems.map((problem) => (
                <li key={problem.id}>
                  <a href={`#${problem.id}`}>{problem.message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {children}
      </form>
    </FormProvider>
  );
}
