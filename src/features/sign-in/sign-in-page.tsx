import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '@/api/api-error';
import { authMethodsQueryOptions, useAuthenticate, useGenerateOtp } from '@/api/auth';
import type { AuthMethod, OtpChannel, Session } from '@/api/contract/schemas';
import { getLastCustomerId } from '@/api/session';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import { clearDraft } from '@/lib/checkout-draft';
import { resumePoint, takeResumePath } from '@/lib/resume';
import { formatPhoneNumber } from '@/lib/format-phone';
import { useFormat, useStore } from '@/i18n';
import { CodeStep } from './code-step';
import { IdentifierStep, preferredMethod } from './identifier-step';
import {
  codeSchema,
  identifierKind,
  identifierSchema,
  type CodeFormInput,
  type CodeFormOutput,
  type IdentifierFormInput,
  type IdentifierFormOutput,
  type IdentifierKind,
  type SignInMethod,
} from './sign-in-schema';
import { signInMessages } from './sign-in-messages';
import styles from './sign-in-page.module.css';

/** The methods this page offers, in the API's order: each code channel, then a password. */
function methodOptions(methods: readonly AuthMethod[]): SignInMethod[] {
  const options = methods.flatMap((method): SignInMethod[] => {
    if (method.type === 'otp') return method.channels;
    if (method.type === 'password') return ['password'];
    return []; // Passkeys come later.
  });
  return [...new Set(options)];
}

export function SignInPage() {
  const t = useStore(signInMessages);
  const methods = useQuery(authMethodsQueryOptions());
  const resuming = useStore(resumePoint) !== null;

  return (
    <section className={styles.column}>
      <PageHeading>{t.title}</PageHeading>
      {resuming ? (
        <Notice tone="warning" role="status">
          <p>{t.sessionEnded}</p>
        </Notice>
      ) : (
        <p>{t.intro}</p>
      )}
      {methods.isPending ? (
        <Skeleton lines={3} height="4.5rem" />
      ) : methods.isError ? (
        <ApiErrorNotice
          error={methods.error}
          onRetry={() => void methods.refetch()}
          retrying={methods.isFetching}
        />
      ) : (
        <SignInFlow methods={methods.data.methods} />
      )}
    </section>
  );
}

/** A code that was asked for: what the code step shows and how resending works. */
interface CodeRequest {
  identifier: string;
  kind: IdentifierKind;
  channel: OtpChannel;
  resendAvailableAt: string;
  /** Whole minutes the code stays valid, worked out when it was sent. */
  validMinutes: number | null;
  /** How many codes this page asked for; re-keys the announcement so each one is read out. */
  sends: number;
  /** True when the server said a code went out moments ago (cooldown), so none was sent now. */
  earlier: boolean;
}

// Errors the page words next to a field; everything else is an ApiErrorNotice with a retry.
const INLINE_CODES = new Set<ApiError['code']>([
  'OTP_INVALID',
  'OTP_EXPIRED',
  'SIGN_IN_LOCKED',
  'PASSWORD_INVALID',
  'OTP_RATE_LIMITED',
  'OTP_COOLDOWN',
  'VALIDATION_FAILED',
]);

function SignInFlow({ methods }: { methods: readonly AuthMethod[] }) {
  const t = useStore(signInMessages);
  const { dateTime } = useFormat();
  const navigate = useNavigate();
  const options = useMemo(() => methodOptions(methods), [methods]);

  const identifierForm = useForm<IdentifierFormInput, unknown, IdentifierFormOutput>({
    resolver: zodResolver(identifierSchema),
    mode: 'onSubmit',
    defaultValues: {
      identifier: '',
      method: preferredMethod(options, null) ?? 'sms',
      password: '',
    },
  });
  const codeForm = useForm<CodeFormInput, unknown, CodeFormOutput>({
    resolver: zodResolver(codeSchema),
    mode: 'onSubmit',
    defaultValues: { code: '' },
  });

  const generateOtp = useGenerateOtp();
  const authenticate = useAuthenticate();
  const [request, setRequest] = useState<CodeRequest | null>(null);
  const [stage, setStage] = useState<'identifier' | 'code'>('identifier');
  const [returned, setReturned] = useState(false);
  const [failure, setFailure] = useState<{ error: ApiError; retry: () => void } | null>(null);

  // Read before signing in: `useAuthenticate` records the new customer on success.
  const previousCustomer = () => getLastCustomerId();

  const signedIn = (session: Pick<Session, 'customerId'>, before: string | null) => {
    // The code and the password must not outlive their use.
    codeForm.reset({ code: '' });
    identifierForm.setValue('password', '');
    authenticate.reset();
    // Choices made for someone else (a shared screen) must not carry over to this customer.
    if (before !== null && before !== session.customerId) clearDraft();
    void navigate(takeResumePath(session.customerId) ?? paths.account, { replace: true });
  };

  const sendCode = (
    identifier: string,
    kind: IdentifierKind,
    channel: OtpChannel,
    sends: number,
  ) => {
    setFailure(null);
    generateOtp.mutate(
      { identifier, channel },
      {
        onSuccess: (data) => {
          const minutes = Math.round((Date.parse(data.expiresAt) - Date.now()) / 60_000);
          setRequest({
            identifier,
            kind,
            channel: data.channel,
            resendAvailableAt: data.resendAvailableAt,
            validMinutes: minutes > 0 ? minutes : null,
            sends,
            earlier: false,
          });
          setStage('code');
        },
        onError: (error) => {
          const retryAt = error.retryAt;
          if (error.code === 'OTP_COOLDOWN' && retryAt && stage === 'code') {
            // Resent too soon: no new code went out; the countdown shows when one can.
            setRequest((previous) => previous && { ...previous, resendAvailableAt: retryAt });
          } else if (error.code === 'OTP_COOLDOWN' && retryAt) {
            // A code for this identifier went out moments ago: let them enter it.
            setRequest({
              identifier,
              kind,
              channel,
              resendAvailableAt: retryAt,
              validMinutes: null,
              sends,
              earlier: true,
            });
            setStage('code');
          } else if (error.code === 'OTP_RATE_LIMITED' && retryAt) {
            const message = t.tooManyCodes({ time: dateTime(retryAt) });
            if (stage === 'identifier') identifierForm.setError('identifier', { message });
            else codeForm.setError('code', { message });
            setRequest((previous) => previous && { ...previous, resendAvailableAt: retryAt });
          } else if (error.code === 'VALIDATION_FAILED') {
            identifierForm.setError('identifier', { message: t.identifierNotRecognised });
            setStage('identifier');
          } else {
            setFailure({ error, retry: () => sendCode(identifier, kind, channel, sends) });
          }
        },
      },
    );
  };

  const submitIdentifier = (values: IdentifierFormOutput) => {
    const kind = identifierKind(values.identifier);
    if (!kind) return; // The schema already refused it.
    if (values.method !== 'password') {
      sendCode(values.identifier, kind, values.method, 1);
      return;
    }
    setFailure(null);
    const before = previousCustomer();
    authenticate.mutate(
      { method: 'password', identifier: values.identifier, password: values.password },
      {
        onSuccess: (session) => signedIn(session, before),
        onError: (error) => {
          const left = error.attemptsRemaining;
          if (error.code === 'PASSWORD_INVALID') {
            identifierForm.setError('password', {
              message: left === undefined ? t.passwordWrong : t.passwordWrongAttempts(left),
            });
          } else if (error.code === 'SIGN_IN_LOCKED' && error.retryAt) {
            identifierForm.setError('password', {
              message: t.locked({ time: dateTime(error.retryAt) }),
            });
          } else if (error.code === 'VALIDATION_FAILED') {
            identifierForm.setError('identifier', { message: t.identifierNotRecognised });
          } else {
            setFailure({ error, retry: () => submitIdentifier(values) });
          }
        },
      },
    );
  };

  const submitCode = (values: CodeFormOutput) => {
    if (!request) return;
    setFailure(null);
    const before = previousCustomer();
    authenticate.mutate(
      { method: 'otp', identifier: request.identifier, code: values.code },
      {
        onSuccess: (session) => signedIn(session, before),
        onError: (error) => {
          const left = error.attemptsRemaining;
          if (error.code === 'OTP_INVALID') {
            codeForm.setError('code', {
              message: left === undefined ? t.codeWrong : t.codeWrongAttempts(left),
            });
          } else if (error.code === 'OTP_EXPIRED') {
            codeForm.setError('code', { message: t.codeExpired });
          } else if (error.code === 'SIGN_IN_LOCKED' && error.retryAt) {
            codeForm.setError('code', { message: t.locked({ time: dateTime(error.retryAt) }) });
          } else {
            setFailure({ error, retry: () => submitCode(values) });
          }
        },
      },
    );
  };

  const changeIdentifier = () => {
    setFailure(null);
    generateOtp.reset();
    authenticate.reset();
    codeForm.reset({ code: '' });
    setStage('identifier');
    setReturned(true);
  };

  if (options.length === 0) return <Notice tone="warning">{t.noMethods}</Notice>;

  const sentMessage = request && sentText(t, request.kind, request.channel);
  const shownIdentifier =
    request?.kind === 'phone'
      ? formatPhoneNumber(request.identifier.replace(/\D/g, '').slice(-10))
      : request?.identifier;

  return (
    <div className="stack">
      {/* Always in the page, so that filling it is announced. */}
      <div role="status">
        {stage === 'code' && request && (
          <Notice tone="success" key={request.sends}>
            <p>{request.earlier ? `${sentMessage} ${t.sentEarlier}` : sentMessage}</p>
            {request.sends > 1 && <p>{t.newestOnly}</p>}
            {request.validMinutes !== null && <p>{t.expiresIn(request.validMinutes)}</p>}
          </Notice>
        )}
      </div>
      {failure && !INLINE_CODES.has(failure.error.code) && (
        <ApiErrorNotice
          error={failure.error}
          onRetry={failure.retry}
          retrying={generateOtp.isPending || authenticate.isPending}
        />
      )}
      {stage === 'code' && request ? (
        <CodeStep
          form={codeForm}
          identifierShown={shownIdentifier ?? ''}
          resendAvailableAt={request.resendAvailableAt}
          onSubmit={submitCode}
          onResend={() =>
            sendCode(request.identifier, request.kind, request.channel, request.sends + 1)
          }
          onChangeIdentifier={changeIdentifier}
          pending={authenticate.isPending}
          resendPending={generateOtp.isPending}
        />
      ) : (
        <IdentifierStep
          form={identifierForm}
          options={options}
          onSubmit={submitIdentifier}
          pending={generateOtp.isPending || authenticate.isPending}
          focusIdentifier={returned}
        />
      )}
    </div>
  );
}

function sentText(
  t: ReturnType<typeof signInMessages.get>,
  kind: IdentifierKind,
  channel: OtpChannel,
): string {
  if (kind === 'phone') return channel === 'sms' ? t.sentPhoneSms : t.sentPhoneEmail;
  return channel === 'email' ? t.sentEmailEmail : t.sentEmailSms;
}
