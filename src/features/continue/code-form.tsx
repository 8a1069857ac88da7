import { useState } from 'react';
import { useRevalidator } from 'react-router-dom';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ApiError } from '@/api/api-error';
import { useRedeemHandoffCode } from '@/api/handoff';
import { ApiErrorNotice } from '@/checkout/api-error-notice';
import { handoffToken } from '@/checkout/resume';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { Form, useStepForm } from '@/components/ui/form';
import { ReplacingNotice } from '@/components/ui/notice';
import { useFormat, useStore } from '@/i18n';
import { continueMessages } from './continue-messages';
import {
  handoffCodeSchema,
  type HandoffCodeInput,
  type HandoffCodeOutput,
} from './continue-schema';

type Messages = ReturnType<typeof continueMessages.get>;

/** The words next to the field for a refused code; null for a failure the page words generally. */
function fieldMessage(error: ApiError, t: Messages): string | null {
  switch (error.code) {
    case 'HANDOFF_CODE_INVALID':
      return t.codeWrongAttempts(error.attemptsRemaining ?? 0);
    case 'HANDOFF_EXPIRED':
      return t.codeExpired;
    case 'HANDOFF_USED':
      return t.codeUsed;
    default:
      return null;
  }
}

/** Too many wrong codes: says until when, in place of a form that cannot work meanwhile. */
function LockedNotice({ retryAt }: { retryAt: string }) {
  const t = useStore(continueMessages);
  const { dateTime } = useFormat();
  return (
    <ReplacingNotice title={t.lockedTitle} role="alert">
      <p>{t.locked({ time: dateTime(retryAt) })}</p>
    </ReplacingNotice>
  );
}

/** For those who cannot scan: the code shown next to the QR code, redeemed for the link's token. */
export function CodeForm() {
  const t = useStore(continueMessages);
  const revalidator = useRevalidator();
  const redeem = useRedeemHandoffCode();
  const [lockedUntil, setLockedUntil] = useState<string | null>(null);
  const form = useStepForm<HandoffCodeInput, unknown, HandoffCodeOutput>({
    resolver: zodResolver(handoffCodeSchema),
    mode: 'onSubmit',
    defaultValues: { code: '' },
  });

  const submit = ({ code }: HandoffCodeOutput) => {
    redeem.mutate(code, {
      onSuccess: ({ token }) => {
        form.reset({ code: '' });
        handoffToken.set(token);
        void revalidator.revalidate();
      },
      onError: (error) => {
        if (error.code === 'HANDOFF_CODE_LOCKED' && error.retryAt) {
          setLockedUntil(error.retryAt);
          return;
        }
        const message = fieldMessage(error, t);
        if (message) form.setError('code', { message });
      },
    });
  };

  if (lockedUntil) return <LockedNotice retryAt={lockedUntil} />;

  const unworded = redeem.error && fieldMessage(redeem.error, t) === null ? redeem.error : null;
  return (
    <div className="stack">
      {unworded && (
        <ApiErrorNotice
          error={unworded}
          onRetry={() => void form.handleSubmit(submit)()}
          retrying={redeem.isPending}
        />
      )}
      <Form form={form} onSubmit={submit}>
        <TextField
          name="code"
          label={t.codeLabel}
          hint={t.codeHint}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          width={10}
        />
        <div className="actions">
          <Button type="submit" pending={redeem.isPending}>
            {t.continue}
          </Button>
        </div>
      </Form>
    </div>
  );
}
