import { count, params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

/*
 * The sign-in step's words. One block stays with its component, so that code which does not
 * show it does not carry it: passkeyOffer (passkey-offer.tsx, loaded only after a code sign-in).
 */

export const signInMessages = i18n('signIn', {
  title: 'Sign in',
  intro: 'Sign in to add a line or a new phone to your account.',
  sessionEnded:
    'Your session has ended, so your details are safe. Sign in again to continue your order where you left off.',
  identifierLabel: 'Mobile number or email',
  identifierHint: 'For example, (201) 555-0101 or name@example.com',
  methodLegend: 'How do you want to sign in?',
  methodSms: 'Text me a code',
  methodSmsHint: 'We send a 6-digit code to the mobile number on the account.',
  methodEmail: 'Email me a code',
  methodEmailHint: 'We send a 6-digit code to the email address on the account.',
  methodPassword: 'Use my password',
  methodPasskey: 'Use a passkey',
  methodPasskeyHint: 'Your fingerprint, face or screen lock, on this device or your phone.',
  signInWithPasskey: 'Sign in with a passkey',
  passwordLabel: 'Password',
  sendCode: 'Send code',
  continue: 'Continue',
  noMethods: 'Signing in online is not available right now. Please try again later.',

  // Never says whether the number or address has an account.
  sentPhoneSms: 'If this number has an account, we sent a code to it by text message.',
  sentPhoneEmail:
    'If this number has an account, we sent a code to the email address on the account.',
  sentEmailEmail: 'If this email address has an account, we sent a code to it.',
  sentEmailSms:
    'If this email address has an account, we sent a code by text message to the mobile number on the account.',
  sentEarlier: 'We sent the code a moment ago. Enter it below, or ask for a new one when you can.',
  newestOnly: 'Only the newest code works.',
  expiresIn: count({
    one: 'The code works for 1 minute.',
    other: 'The code works for {count} minutes.',
  }),
  sentTo: 'Code requested for',
  changeIdentifier: 'Use a different number or email',

  codeLabel: 'Enter the 6-digit code',
  codeHint: 'It can take a minute to arrive.',
  codeWrong: 'That code is not right. Check it and try again.',
  codeWrongAttempts: count({
    one: 'That code is not right. You have 1 try left before sign-in is locked.',
    other: 'That code is not right. You have {count} tries left.',
  }),
  codeExpired: 'That code has expired. Ask for a new code below.',
  passwordWrong: 'That password is not right. Check it and try again.',
  passwordWrongAttempts: count({
    one: 'That password is not right. You have 1 try left before sign-in is locked.',
    other: 'That password is not right. You have {count} tries left.',
  }),
  locked: params(
    'Sign-in is locked after too many wrong tries, to keep the account safe. You can try again at {time}.',
  ),
  lockedTitle: 'Sign-in is locked for now',
  lockedBack: 'Back to sign in',
  passkeyCancelled:
    'Signing in with a passkey was cancelled or took too long. You can try again, or get a code instead.',
  passkeyNotFound:
    'There is no passkey for this account here. Get a code instead; once signed in, you can create a passkey for next time.',
  passkeyInvalid: 'We could not verify your passkey. Try again, or get a code instead.',
  passkeyFailed: 'Your browser could not use a passkey just now. Get a code instead.',
  useCodeInstead: 'Get a code instead',
  tooManyCodes: params('You have asked for too many codes. You can ask for a new one at {time}.'),
  identifierNotRecognised:
    'Enter a 10-digit US mobile number, like (201) 555-0101, or an email address, like name@example.com',

  resend: 'Send a new code',
  resendInSeconds: count({
    one: 'Did not get it? You can ask for a new code in 1 second.',
    other: 'Did not get it? You can ask for a new code in {count} seconds.',
  }),
  resendInMinutes: count({
    one: 'Did not get it? You can ask for a new code in 1 minute.',
    other: 'Did not get it? You can ask for a new code in {count} minutes.',
  }),
  resendReady: 'Did not get the code? You can ask for a new one now.',
  resendAvailable: 'You can now ask for a new code.',
});

// The words of the sign-in forms' own checks (sign-in-schema.ts).
export const signInSchemaMessages = i18n('signInSchema', {
  identifierRequired: 'Enter your mobile number or email address',
  identifierInvalid:
    'Enter a 10-digit US mobile number, like (201) 555-0101, or an email address, like name@example.com',
  passwordRequired: 'Enter your password',
  codeRequired: 'Enter the 6-digit code',
  codeInvalid: 'The code must be 6 digits, like 123456',
});

export const erasedMessages = i18n('erasedNotice', {
  title: 'Your information has been erased',
  body: 'Nothing you entered is left on this screen. The next customer can start afresh.',
  handedOff: 'Your order continues on your phone',
});
