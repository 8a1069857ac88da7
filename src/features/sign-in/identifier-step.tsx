import { useEffect, useRef } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { RadioGroup, TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { PasswordField } from '@/components/ui/password-field';
import { useStore } from '@/i18n';
import {
  identifierKind,
  type IdentifierFormInput,
  type IdentifierFormOutput,
  type IdentifierKind,
  type SignInMethod,
} from './sign-in-schema';
import { signInMessages } from './sign-in-messages';

/** The code channel that matches what was typed (a phone → text, an e-mail → e-mail). */
export function preferredMethod(
  options: readonly SignInMethod[],
  kind: IdentifierKind | null,
): SignInMethod | undefined {
  const channel: SignInMethod = kind === 'email' ? 'email' : 'sms';
  if (options.includes(channel)) return channel;
  return options.find((option) => option === 'sms' || option === 'email') ?? options[0];
}

interface IdentifierStepProps {
  form: UseFormReturn<IdentifierFormInput, unknown, IdentifierFormOutput>;
  options: readonly SignInMethod[];
  onSubmit: (values: IdentifierFormOutput) => void;
  pending: boolean;
  /** True when coming back from the code: focus the field to change it. */
  focusIdentifier: boolean;
}

export function IdentifierStep({
  form,
  options,
  onSubmit,
  pending,
  focusIdentifier,
}: IdentifierStepProps) {
  const t = useStore(signInMessages);
  const method = useWatch({ control: form.control, name: 'method' });
  const methodChosen = useRef(form.getFieldState('method').isDirty);

  useEffect(() => {
    if (focusIdentifier) form.setFocus('identifier');
  }, [focusIdentifier, form]);

  // The default method follows what is typed, until the customer picks one themselves.
  useEffect(() => {
    const subscription = form.watch((values, { name, type }) => {
      if (name === 'method' && type === 'change') methodChosen.current = true;
      if (name !== 'identifier' || methodChosen.current) return;
      const next = preferredMethod(options, identifierKind(values.identifier ?? ''));
      if (next && next !== values.method) form.setValue('method', next);
    });
    return () => subscription.unsubscribe();
  }, [form, options]);

  const labels: Record<SignInMethod, { label: string; description?: string }> = {
    sms: { label: t.methodSms, description: t.methodSmsHint },
    email: { label: t.methodEmail, description: t.methodEmailHint },
    password: { label: t.methodPassword },
    passkey: { label: t.methodPasskey, description: t.methodPasskeyHint },
  };
  const submitLabels: Record<SignInMethod, string> = {
    sms: t.sendCode,
    email: t.sendCode,
    password: t.continue,
    passkey: t.signInWithPasskey,
  };

  return (
    <Form form={form} onSubmit={onSubmit}>
      <TextField
        name="identifier"
        label={t.identifierLabel}
        hint={t.identifierHint}
        type="text"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        width={20}
      />
      {options.length > 1 && (
        <RadioGroup
          name="method"
          legend={t.methodLegend}
          options={options.map((option) => ({ value: option, ...labels[option] }))}
        />
      )}
      {method === 'password' && (
        <PasswordField name="password" label={t.passwordLabel} autoComplete="current-password" />
      )}
      <div className="actions">
        <Button type="submit" pending={pending}>
          {submitLabels[method]}
        </Button>
      </div>
    </Form>
  );
}
