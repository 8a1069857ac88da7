import { params } from '@nanostores/i18n';
import type { ApiError, ApiErrorCode, KnownApiErrorCode } from '@/api/api-error';
import { i18n, useFormat, useStore } from '@/i18n';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';

/**
 * The app's own words for each error code it knows; the server's English text is never shown.
 * `satisfies` makes a code added to or dropped from the contract a type error here.
 */
const codeMessages = {
  NETWORK_ERROR: 'We could not reach our servers. Check your connection and try again.',
  TIMEOUT: 'This is taking longer than it should. Try again.',
  MALFORMED_RESPONSE: 'We received an answer we could not read. Try again.',
  ABORTED: 'The request was cancelled.',
  VALIDATION_FAILED: 'Some details need correcting.',
  MALFORMED_REQUEST: 'Some details need correcting.',
  PAYLOAD_TOO_LARGE: 'What you sent is too large.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again to continue.',
  FORBIDDEN: 'This belongs to another account.',
  NOT_FOUND: 'We could not find what you asked for.',
  STEP_OUT_OF_ORDER: 'An earlier step needs finishing first.',
  ORDER_NOT_OPEN: 'This order can no longer be changed.',
  OTP_INVALID: 'That code is not right.',
  OTP_EXPIRED: 'That code has expired. Ask for a new one.',
  OTP_COOLDOWN: 'Please wait a moment before asking for another code.',
  OTP_RATE_LIMITED: 'Too many codes were requested. Try again later.',
  SIGN_IN_LOCKED: 'Sign-in is locked after too many attempts.',
  PASSWORD_INVALID: 'That password is not right.',
  PASSKEY_NOT_FOUND: 'That passkey is not one of this account.',
  PASSKEY_INVALID: 'We could not verify that passkey.',
  ACCOUNT_CANNOT_ORDER_ONLINE: 'This account cannot place orders online.',
  OFFER_UNAVAILABLE: 'Something you chose is no longer available.',
  LINE_LIMIT_EXCEEDED: 'Your order has more lines than your credit approval allows.',
  ADDRESS_UNDELIVERABLE: 'We cannot deliver to that address.',
  ADDRESS_AMBIGUOUS: 'We found more than one match for that address.',
  NUMBER_TAKEN: 'Someone else just took that number. Please choose another.',
  AGREEMENT_VERSION_MISMATCH: 'The terms have been updated. Please read them again.',
  ORDER_INVALID: 'Some parts of your order need attention.',
  IDEMPOTENCY_KEY_REUSED: 'Your order changed while it was being placed. Review it and try again.',
  IDEMPOTENCY_KEY_REQUIRED: 'We could not place the order. Try again.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  INTERNAL: 'Something went wrong on our side. Try again.',
  SERVICE_UNAVAILABLE: 'Our service is busy. Try again in a moment.',
} satisfies Record<KnownApiErrorCode, string>;

export const apiErrorMessages = i18n('apiErrors', {
  title: 'Something went wrong',
  ...codeMessages,
  // A code from a newer version of the API than this app.
  unrecognized:
    'We could not finish this. Try again, and if it keeps happening, call Customer Care on 611 from your phone.',
  tryAgainAt: params<{ time: string }>('You can try again at {time}.'),
  retry: 'Try again',
});

function isKnownCode(code: ApiErrorCode): code is KnownApiErrorCode {
  return Object.hasOwn(codeMessages, code);
}

interface ApiErrorNoticeProps {
  error: ApiError;
  /** Offered when sending the same request again can help. */
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failed call, in plain words, with a retry when one can help. Announced at once. */
export function ApiErrorNotice({ error, onRetry, retrying }: ApiErrorNoticeProps) {
  const t = useStore(apiErrorMessages);
  const { dateTime } = useFormat();
  return (
    <Notice tone="error" role="alert" title={t.title}>
      <p>{isKnownCode(error.code) ? t[error.code] : t.unrecognized}</p>
      {error.retryAt && <p>{t.tryAgainAt({ time: dateTime(error.retryAt) })}</p>}
      {onRetry && error.retryable && (
        <Button variant="secondary" onClick={onRetry} pending={retrying}>
          {t.retry}
        </Button>
      )}
    </Notice>
  );
}
