import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const accountMessages = i18n('accountStep', {
  title: 'Your account',
  oneIntro: 'This is the account that goes with the details you signed in with.',
  oneQuestion: 'Your new line or phone will be added to this account.',
  severalIntro: 'You have more than one account. Choose the one this order is for.',
  legend: 'Which account is this order for?',
  optionLabel: params('{name}, account {number}'),
  accountNumber: 'Account',
  mobile: 'Mobile',
  email: 'Email',
  serviceArea: 'Service address',
  cannotOrderTitle: 'This account cannot order online',
  cannotOrderBody:
    'To add a line or a phone to this account, visit one of our stores, or call Customer Care on 611 from your phone.',
  cannotOrderShort: 'Cannot order online. Visit a store or call 611 from your phone.',
  noneOrderable:
    'None of your accounts can order online. To add a line or a phone, visit one of our stores, or call Customer Care on 611 from your phone.',
  noAccounts:
    'We could not find an account to add a line to. Visit one of our stores, or call Customer Care on 611 from your phone.',
  continue: 'Continue',
});

// Read lazily (`.get()` inside the schema's error function), so a language switch changes it.
export const accountSchemaMessages = i18n('accountSchema', {
  chooseAccount: 'Choose the account this order is for',
});
