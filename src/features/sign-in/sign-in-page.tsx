import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '@/api/api-error';
import {
  authMethodsQueryOptions,
  getPasskeyChallenge,
  getPasskeyRegistrationOptions,
  useAuthenticate,
  useGenerateOtp,
} from '@/api/auth';
import type {
  AuthMethod,
  OtpChannel,
  PasskeyAssertion,
  PasskeyRegistrationOptions,
  Session,
} from '@/api/contract/schemas';
import { getLastCustomerId } from '@/api/session';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/checkout/paths';
import { clearDraft } from '@/checkout/draft';
import { resumePoint, takeResumePath } from '@/checkout/resume';
import { formatPhoneNumber } from '@/lib/format-phone';
import { useFormat, useStore } from '@/i18n';
import { CodeStep } from './code-step';
import { ErasedNotice } from './erased-notice';
import { IdentifierStep, preferredMethod } from './identifier-step';
import { LockedNotice } from './locked-notice';
import { isCancelledByUser, passkeysSupported } from './passkey-support';
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
import { useStepForm } from '@/components/ui/form';
import { signInMessages } from './sign-in-messages';
import styles from './sign-in-page.module.css';

// Only after a code sign-in, and only where passkeys work: not part of the page's first load.
const PasskeyOffer = lazy(() => import('./passkey-offer'));

/** The methods this page offers, in the API's order; passkeys only where they can work. */
function methodOptions(methods: readonly AuthMethod[], passkeys: boolean): SignInMethod[] {
  const options = methods.flatMap((method): SignInMethod[] => {
    if (method.type === 'otp') return method.channels;
    if (method.type === 'password') return ['password'];
    return passkeys ? ['passkey'] : [];
  });
  return [...new Set(options)];
}

type PasskeyProblem = 'cancelled' | 'not-found' | 'invalid' | 'failed';

export function SignInPage() {
  const t = useStore(signInMessages);
  const methods = useQuery(authMethodsQueryOptions());
  // The form renders in the background, in slices, rather than in one long task the moment the
  // methods arrive (a query's update would otherwise render it all at once).
  const shownMethods = useDeferredValue(methods.data?.methods);
  const resuming = useStore(resumePoint) !== null;

  return (
    <section className={styles.column}>
      <PageHeading>{t.title}</PageHeading>
      <ErasedNotice />
      {resuming ? (
        <Notice tone="warning" role="status">
          <p>{t.sessionEnded}</p>
        </Notice>
      ) : (
        <p>{t.intro}</p>
      )}
      {methods.isError ? (
        <ApiErrorNotice
          error={methods.error}
          onRetry={() => void methods.refetch()}
          retrying={methods.isFetching}
        />
      ) : shownMethods ? (
        <SignInFlow methods={shownMethods} />
      ) : (
        <Skeleton lines={3} height="4.5rem" />
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
  'PASSKEY_NOT_FOUND',
  'PASSKEY_INVALID',
  'OTP_RATE_LIMITED',
  'OTP_COOLDOWN',
  'VALIDATION_FAILED',
]);

function SignInFlow({ methods }: { methods: readonly AuthMethod[] }) {
  const t = useStore(signInMessages);
  const { dateTime } = useFormat();
  const navigate = useNavigate();
  const [passkeys] = useState(passkeysSupported);
  const options = useMemo(() => methodOptions(methods, passkeys), [methods, passkeys]);

  const identifierForm = useStepForm<IdentifierFormInput, unknown, IdentifierFormOutput>({
    resolver: zodResolver(identifierSchema),
    mode: 'onSubmit',
    defaultValues: {
      identifier: '',
      method: preferredMethod(options, null) ?? 'sms',
      password: '',
    },
  });
  const codeForm = useStepForm<CodeFormInput, unknown, CodeFormOutput>({
    resolver: zodResolver(codeSchema),
    mode: 'onSubmit',
    defaultValues: { code: '' },
  });

  const generateOtp = useGenerateOtp();
  const authenticate = useAuthenticate();
  const [request, setRequest] = useState<CodeRequest | null>(null);
  const [stage, setStage] = useState<'identifier' | 'code' | 'locked' | 'passkey-offer'>(
    'identifier',
  );
  const [returned, setReturned] = useState(false);
  const [failure, setFailure] = useState<{ error: ApiError; retry: () => void } | null>(null);
  const [lockedUntil, setLockedUntil] = useState<string | null>(null);
  const [passkeyPending, setPasskeyPending] = useState(false);
  const [passkeyProblem, setPasskeyProblem] = useState<PasskeyProblem | null>(null);
  const [offer, setOffer] = useState<{
    options: PasskeyRegistrationOptions;
    customerId: string;
  } | null>(null);
  const [finishing, setFinishing] = useState(false);

  // Read before signing in: `useAuthenticate` records the new customer on success.
  const previousCustomer = () => getLastCustomerId();

  const goOn = (customerId: string) => {
    void navigate(takeResumePath(customerId) ?? paths.account, { replace: true });
  };

  /** After a code sign-in: a passkey for next time, if this customer has none yet. */
  const offerPasskey = async (customerId: string) => {
    setFinishing(true);
    try {
      const registration = await getPasskeyRegistrationOptions();
      if (registration.excludeCredentials.length === 0) {
        setOffer({ options: registration, customerId });
        setStage('passkey-offer');
        return;
      }
    } catch {
      // The offer is a nicety: without its options, the checkout simply goes on.
    }
    goOn(customerId);
  };

  const signedIn = (
    session: Pick<Session, 'customerId'>,
    before: string | null,
    method: 'otp' | 'password' | 'passkey',
  ) => {
    // The code and the password must not outlive their use.
    codeForm.reset({ code: '' });
    identifierForm.setValue('password', '');
    authenticate.reset();
    // Choices made for someone else (a shared screen) must not carry over to this customer.
    if (before !== null && before !== session.customerId) clearDraft();
    if (method === 'otp' && passkeys) void offerPasskey(session.customerId);
    else goOn(session.customerId);
  };

  const showLocked = (retryAt: string) => {
    identifierForm.setValue('password', '');
    codeForm.reset({ code: '' });
    setLockedUntil(retryAt);
    setStage('locked');
  };

  const signInWithPasskey = async (identifier: string) => {
    setFailure(null);
    setPasskeyProblem(null);
    setPasskeyPending(true);
    const before = previousCustomer();
    let credential: PasskeyAssertion;
    try {
      const [ceremony, challenge] = await Promise.all([
        import('./passkey-ceremony'),
        getPasskeyChallenge(),
      ]);
      credential = await ceremony.getAssertion(challenge);
    } catch (error) {
      setPasskeyPending(false);
      if (error instanceof ApiError) {
        setFailure({ error, retry: () => void signInWithPasskey(identifier) });
      } else {
        setPasskeyProblem(isCancelledByUser(error) ? 'cancelled' : 'failed');
      }
      return;
    }
    authenticate.mutate(
      { method: 'passkey', identifier, credential },
      {
        onSuccess: (session) => signedIn(session, before, 'passkey'),
        onError: (error) => {
          if (error.code === 'PASSKEY_NOT_FOUND') setPasskeyProblem('not-found');
          else if (error.code === 'PASSKEY_INVALID') setPasskeyProblem('invalid');
          else if (error.code === 'SIGN_IN_LOCKED' && error.retryAt) showLocked(error.retryAt);
          else setFailure({ error, retry: () => void signInWithPasskey(identifier) });
        },
        onSettled: () => setPasskeyPending(false),
      },
    );
  };

  const useCodeInstead = () => {
    setPasskeyProblem(null);
    const kind = identifierKind(identifierForm.getValues('identifier'));
    const codeChannels = options.filter((option) => option === 'sms' || option === 'email');
    const channel = preferredMethod(codeChannels, kind);
    if (channel) identifierForm.setValue('method', channel);
    identifierForm.setFocus('method');
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
    if (values.method === 'passkey') {
      void signInWithPasskey(values.identifier);
      return;
    }
    if (values.method !== 'password') {
      sendCode(values.identifier, kind, values.method, 1);
      return;
    }
    setFailure(null);
    const before = previousCustomer();
    authenticate.mutate(
      { method: 'password', identifier: values.identifier, password: values.password },
      {
        onSuccess: (session) => signedIn(session, before, 'password'),
        onError: (error) => {
          const left = error.attemptsRemaining;
          if (error.code === 'PASSWORD_INVALID') {
            identifierForm.setError('password', {
              message: left === undefined ? t.passwordWrong : t.passwordWrongAttempts(left),
            });
          } else if (error.code === 'SIGN_IN_LOCKED' && error.retryAt) {
            showLocked(error.retryAt);
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
        onSuccess: (session) => signedIn(session, before, 'otp'),
        onError: (error) => {
          const left = error.attemptsRemaining;
          if (error.code === 'OTP_INVALID') {
            codeForm.setError('code', {
              message: left === undefined ? t.codeWrong : t.codeWrongAttempts(left),
            });
          } else if (error.code === 'OTP_EXPIRED') {
            codeForm.setError('code', { message: t.codeExpired });
          } else if (error.code === 'SIGN_IN_LOCKED' && error.retryAt) {
            showLocked(error.retryAt);
          } else {
            setFailure({ error, retry: () => submitCode(values) });
          }
        },
      },
    );
  };

  const changeIdentifier = () => {
    setFailure(null);
    setPasskeyProblem(null);
    generateOtp.reset();
    authenticate.reset();
    codeForm.reset({ code: '' });
    setStage('identifier');
    setReturned(true);
  };

  if (options.length === 0) return <Notice tone="warning">{t.noMethods}</Notice>;

  const sentMessage = request && sentText(t, request.kind, request.channel);
  const passkeyMessages: Record<PasskeyProblem, string> = {
    cancelled: t.passkeyCancelled,
    'not-found': t.passkeyNotFound,
    invalid: t.passkeyInvalid,
    failed: t.passkeyFailed,
  };
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
        {stage === 'identifier' && passkeyProblem && (
          <Notice tone={passkeyProblem === 'cancelled' ? 'info' : 'warning'}>
            <p>{passkeyMessages[passkeyProblem]}</p>
            <Button variant="secondary" onClick={useCodeInstead}>
              {t.useCodeInstead}
            </Button>
          </Notice>
        )}
      </div>
      {failure && !INLINE_CODES.has(failure.error.code) && (
        <ApiErrorNotice
          error={failure.error}
          onRetry={failure.retry}
          retrying={generateOtp.isPending || authenticate.isPending || passkeyPending}
        />
      )}
      {stage === 'locked' && lockedUntil ? (
        <LockedNotice retryAt={lockedUntil} onBack={changeIdentifier} />
      ) : stage === 'passkey-offer' && offer ? (
        <Suspense fallback={<Skeleton lines={2} />}>
          <PasskeyOffer options={offer.options} onDone={() => goOn(offer.customerId)} />
        </Suspense>
      ) : stage === 'code' && request ? (
        <CodeStep
          form={codeForm}
          identifierShown={shownIdentifier ?? ''}
          resendAvailableAt={request.resendAvailableAt}
          onSubmit={submitCode}
          onResend={() =>
            sendCode(request.identifier, request.kind, request.channel, request.sends + 1)
          }
          onChangeIdentifier={changeIdentifier}
          pending={authenticate.isPending || finishing}
          resendPending={generateOtp.isPending}
        />
      ) : (
        <IdentifierStep
          form={identifierForm}
          options={options}
          onSubmit={submitIdentifier}
          pending={generateOtp.isPending || authenticate.isPending || passkeyPending}
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
