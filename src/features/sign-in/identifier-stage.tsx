import { useEffect, useRef, type Dispatch } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch } from 'react-hook-form';
import type { ApiError } from '@/api/api-error';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { RadioGroup, TextField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { PasswordField } from '@/components/ui/password-field';
import { useFormat, useStore } from '@/i18n';
import { useSignIn, type SignedIn } from './finish-sign-in';
import { usePasskeySignIn } from './passkey-sign-in';
import { useSendCode } from './send-code';
import type {
  CodeAsked,
  EnteredIdentifier,
  Failure,
  IdentifierStageState,
  PasskeyProblem,
  SignInEvent,
} from './sign-in-machine';
import { signInMessages } from './sign-in-messages';
import { preferredMethod } from './sign-in-methods';
import { refusalOf } from './sign-in-refusals';
import {
  identifierKind,
  identifierSchema,
  type IdentifierFormInput,
  type IdentifierFormOutput,
  type SignInMethod,
} from './sign-in-schema';

interface IdentifierStageProps {
  stage: IdentifierStageState;
  options: readonly SignInMethod[];
  /** What was entered before, when the customer comes back to this stage. */
  entered: EnteredIdentifier | null;
  failure: Failure | null;
  dispatch: Dispatch<SignInEvent>;
  signedIn: SignedIn;
}

/** The identifier stage: who is signing in, and a code, a password or a passkey. */
export function IdentifierStage({
  stage: { returned, notRecognised, passkeyProblem },
  options,
  entered,
  failure,
  dispatch,
  signedIn,
}: IdentifierStageProps) {
  const t = useStore(signInMessages);
  const { dateTime } = useFormat();
  const form = useStepForm<IdentifierFormInput, unknown, IdentifierFormOutput>({
    resolver: zodResolver(identifierSchema),
    mode: 'onSubmit',
    defaultValues: {
      identifier: entered?.identifier ?? '',
      method: entered?.method ?? preferredMethod(options, null) ?? 'sms',
      password: '',
    },
  });
  const shownMethod = useWatch({ control: form.control, name: 'method' });
  const methodChosen = useRef(entered?.methodChosen ?? false);
  const { sendCode, pending: sending } = useSendCode(dispatch);
  const { signIn, pending: signingIn } = useSignIn(signedIn);
  const { signInWithPasskey, pending: prompting } = usePasskeySignIn(dispatch, signIn);
  const pending = sending || signingIn || prompting;

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

  // Back from the code or the lock: the field to change is where the customer goes.
  useEffect(() => {
    if (returned) form.setFocus('identifier');
  }, [returned, form]);

  // Sent back from the code: the server no longer took the identifier the code was asked for.
  useEffect(() => {
    if (notRecognised) form.setError('identifier', { message: t.identifierNotRecognised });
  }, [notRecognised, form, t]);

  const refused = (error: ApiError, retry: () => void, asked?: CodeAsked) => {
    const { field, event } = refusalOf(error, 'identifier', { t, dateTime, retry, asked });
    if (field) form.setError(field.name, { message: field.message });
    if (event) dispatch(event);
  };

  const submit = (values: IdentifierFormOutput) => {
    const { identifier, method } = values;
    const kind = identifierKind(identifier);
    if (!kind) return; // The schema already refused it.
    dispatch({
      type: 'started',
      entered: { identifier, method, methodChosen: methodChosen.current },
    });
    const retry = () => submit(values);
    // The password must not outlive its use.
    const signInCallbacks = {
      onSuccess: () => form.setValue('password', ''),
      onError: (error: ApiError) => refused(error, retry),
    };
    if (method === 'passkey') {
      void signInWithPasskey(identifier, signInCallbacks);
    } else if (method === 'password') {
      signIn({ method, identifier, password: values.password }, signInCallbacks);
    } else {
      const asked: CodeAsked = { identifier, kind, channel: method, sends: 1 };
      sendCode(asked, (error) => refused(error, retry, asked));
    }
  };

  const chooseCodeInstead = () => {
    dispatch({ type: 'passkey-problem', problem: null });
    const kind = identifierKind(form.getValues('identifier'));
    const codeChannels = options.filter((option) => option === 'sms' || option === 'email');
    const channel = preferredMethod(codeChannels, kind);
    if (channel) form.setValue('method', channel);
    form.setFocus('method');
  };

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

  const passkeyMessages: Record<PasskeyProblem, string> = {
    cancelled: t.passkeyCancelled,
    'not-found': t.passkeyNotFound,
    invalid: t.passkeyInvalid,
    failed: t.passkeyFailed,
  };

  return (
    <div className="stack">
      {/* Always in the stage, so that filling it is announced. */}
      <div role="status">
        {passkeyProblem && (
          <Notice tone={passkeyProblem === 'cancelled' ? 'info' : 'warning'}>
            <p>{passkeyMessages[passkeyProblem]}</p>
            <Button variant="secondary" onClick={chooseCodeInstead}>
              {t.useCodeInstead}
            </Button>
          </Notice>
        )}
      </div>
      {failure && (
        <ApiErrorNotice error={failure.error} onRetry={failure.retry} retrying={pending} />
      )}
      <Form form={form} onSubmit={submit}>
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
        {shownMethod === 'password' && (
          <PasswordField name="password" label={t.passwordLabel} autoComplete="current-password" />
        )}
        <div className="actions">
          <Button type="submit" pending={pending}>
            {submitLabels[shownMethod]}
          </Button>
        </div>
      </Form>
    </div>
  );
}
