import { useEffect, type ClipboardEvent, type Dispatch } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ApiError } from '@/api/api-error';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { Notice } from '@/components/ui/notice';
import { useFormat, useStore } from '@/i18n';
import { formatPhoneNumber } from '@/lib/format-phone';
import { useSignIn, type SignedIn } from './finish-sign-in';
import { ResendCode } from './resend-code';
import { useSendCode } from './send-code';
import type { CodeRequest, CodeStageState, Failure, SignInEvent } from './sign-in-machine';
import { signInMessages } from './sign-in-messages';
import { refusalOf } from './sign-in-refusals';
import { codeSchema, type CodeFormInput, type CodeFormOutput } from './sign-in-schema';
import styles from './sign-in-page.module.css';

type Messages = ReturnType<typeof signInMessages.get>;

function sentText(t: Messages, { kind, channel }: CodeRequest): string {
  if (kind === 'phone') return channel === 'sms' ? t.sentPhoneSms : t.sentPhoneEmail;
  return channel === 'email' ? t.sentEmailEmail : t.sentEmailSms;
}

/** Where the code went; the page keeps it in a live region that is there before it fills. */
export function CodeSentNotice({ request }: { request: CodeRequest }) {
  const t = useStore(signInMessages);
  const sent = sentText(t, request);
  return (
    <Notice tone="success" key={request.sends}>
      <p>{request.earlier ? `${sent} ${t.sentEarlier}` : sent}</p>
      {request.sends > 1 && <p>{t.newestOnly}</p>}
      {request.validMinutes !== null && <p>{t.expiresIn(request.validMinutes)}</p>}
    </Notice>
  );
}

interface CodeStageProps {
  stage: CodeStageState;
  failure: Failure | null;
  dispatch: Dispatch<SignInEvent>;
  signedIn: SignedIn;
}

/** The code stage: the code sent, a new one once the cooldown is over, or another identifier. */
export function CodeStage({ stage, failure, dispatch, signedIn }: CodeStageProps) {
  const { request } = stage;
  const t = useStore(signInMessages);
  const { dateTime } = useFormat();
  const form = useStepForm<CodeFormInput, unknown, CodeFormOutput>({
    resolver: zodResolver(codeSchema),
    mode: 'onSubmit',
    defaultValues: { code: '' },
  });
  const { signIn, pending } = useSignIn(signedIn);
  const { sendCode, pending: resendPending } = useSendCode(dispatch);

  // The code box is where the customer goes next, so focus moves there when it appears.
  useEffect(() => {
    form.setFocus('code');
  }, [form]);

  const refused = (error: ApiError, retry: () => void) => {
    const { field, event } = refusalOf(error, 'code', { t, dateTime, retry });
    if (field) form.setError(field.name, { message: field.message });
    if (event) dispatch(event);
  };

  const submit = (values: CodeFormOutput) => {
    dispatch({ type: 'started' });
    signIn(
      { method: 'otp', identifier: request.identifier, code: values.code },
      {
        // The code must not outlive its use.
        onSuccess: () => form.reset({ code: '' }),
        onError: (error) => refused(error, () => submit(values)),
      },
    );
  };

  const resend = () => {
    const { identifier, kind, channel, sends } = request;
    dispatch({ type: 'started' });
    sendCode({ identifier, kind, channel, sends: sends + 1 }, (error) => refused(error, resend));
  };

  // maxLength would cut "123 456" to "123 45"; a pasted code is taken by its digits.
  const pasteDigits = (event: ClipboardEvent<HTMLInputElement>) => {
    const digits = event.clipboardData.getData('text').replace(/\D/g, '');
    if (digits.length !== 6) return;
    event.preventDefault();
    form.setValue('code', digits, { shouldValidate: form.formState.submitCount > 0 });
  };

  const identifierShown =
    request.kind === 'phone'
      ? formatPhoneNumber(request.identifier.replace(/\D/g, '').slice(-10))
      : request.identifier;

  return (
    <div className="stack">
      {failure && (
        <ApiErrorNotice
          error={failure.error}
          onRetry={failure.retry}
          retrying={pending || resendPending}
        />
      )}
      <div className={styles.sentTo}>
        <p>
          {t.sentTo} <strong>{identifierShown}</strong>
        </p>
        <Button variant="link" onClick={() => dispatch({ type: 'back' })}>
          {t.changeIdentifier}
        </Button>
      </div>
      <Form form={form} onSubmit={submit}>
        <TextField
          name="code"
          label={t.codeLabel}
          hint={t.codeHint}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={6}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          width={10}
          onPaste={pasteDigits}
        />
        <div className="actions">
          <Button type="submit" pending={pending || stage.finishing}>
            {t.continue}
          </Button>
        </div>
      </Form>
      <ResendCode
        key={request.resendAvailableAt}
        availableAt={request.resendAvailableAt}
        onResend={resend}
        pending={resendPending}
      />
    </div>
  );
}
