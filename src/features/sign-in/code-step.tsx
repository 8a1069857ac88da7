import { useEffect, type ClipboardEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/fields';
import { Form } from '@/components/ui/form';
import { useStore } from '@/i18n';
import { ResendCode } from './resend-code';
import type { CodeFormInput, CodeFormOutput } from './sign-in-schema';
import { signInMessages } from './sign-in-messages';
import styles from './sign-in-page.module.css';

interface CodeStepProps {
  form: UseFormReturn<CodeFormInput, unknown, CodeFormOutput>;
  identifierShown: string;
  resendAvailableAt: string;
  onSubmit: (values: CodeFormOutput) => void;
  onResend: () => void;
  onChangeIdentifier: () => void;
  pending: boolean;
  resendPending: boolean;
}

export function CodeStep({
  form,
  identifierShown,
  resendAvailableAt,
  onSubmit,
  onResend,
  onChangeIdentifier,
  pending,
  resendPending,
}: CodeStepProps) {
  const t = useStore(signInMessages);

  // The code box is where the customer goes next, so focus moves there when it appears.
  useEffect(() => {
    form.setFocus('code');
  }, [form]);

  // maxLength would cut "123 456" to "123 45"; a pasted code is taken by its digits.
  const pasteDigits = (event: ClipboardEvent<HTMLInputElement>) => {
    const digits = event.clipboardData.getData('text').replace(/\D/g, '');
    if (digits.length !== 6) return;
    event.preventDefault();
    form.setValue('code', digits, { shouldValidate: form.formState.submitCount > 0 });
  };

  return (
    <div className="stack">
      <div className={styles.sentTo}>
        <p>
          {t.sentTo} <strong>{identifierShown}</strong>
        </p>
        <Button variant="link" onClick={onChangeIdentifier}>
          {t.changeIdentifier}
        </Button>
      </div>
      <Form form={form} onSubmit={onSubmit}>
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
          <Button type="submit" pending={pending}>
            {t.continue}
          </Button>
        </div>
      </Form>
      <ResendCode
        key={resendAvailableAt}
        availableAt={resendAvailableAt}
        onResend={onResend}
        pending={resendPending}
      />
    </div>
  );
}
