import { count, params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

/* The words of /continue, where a hand-off's link opens or its code is typed. No screen here
 * names the order or its customer: the link alone is worth nothing without signing in. */
export const continueMessages = i18n('continueStep', {
  signInTitle: 'Sign in to continue your order',
  signInBody:
    'For your safety, sign in on this phone with the mobile number or email of your account. Your order is waiting where you left it.',
  signIn: 'Sign in',
  codeTitle: 'Continue your order on this phone',
  codeLead:
    'Type the code shown on the screen where you started your order. It works for 10 minutes.',
  codeLabel: 'Code',
  codeHint: '8 letters and numbers, for example 7KQ4 M9TX',
  continue: 'Continue',
  codeWrongAttempts: count({
    one: 'That code is not right. You have 1 try left before code entry is locked.',
    other: 'That code is not right. You have {count} tries left.',
  }),
  codeExpired: 'This code has expired. Ask for a new one on the screen where you started.',
  codeUsed: 'This code has already been used.',
  lockedTitle: 'Code entry is locked for now',
  locked: params('Too many wrong codes were typed. You can try again at {time}.'),
  startInstead: 'Or sign in to start a new order.',
  expiredTitle: 'This link has expired',
  expiredBody:
    'A link works for 10 minutes. Ask for a new one on the screen where you started your order.',
  usedTitle: 'This link has already been used',
  usedBody:
    'A link works once. If it was not you who used it, ask for a new one on the screen where you started your order.',
  otherCustomerTitle: 'This link is for another account',
  otherCustomerBody:
    'Only the customer who started the order can continue it. Sign out and sign in with that account, or start your own order.',
  unknownTitle: 'This link does not work',
  unknownBody: 'Check that you opened the whole link, or type the code instead.',
  typeCode: 'Type a code',
  startOrder: 'Start an order',
});

// The code form's own checks (continue-schema.ts).
export const continueSchemaMessages = i18n('continueSchema', {
  codeRequired: 'Enter the code',
  codeInvalid: 'The code has 8 letters and numbers, like 7KQ4 M9TX',
});
