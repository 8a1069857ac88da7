import { i18n } from '@/i18n';

export const uiMessages = i18n('ui', {
  appName: 'Checkout',
  errorTitlePrefix: 'Error:',
  problemTitle: 'There is a problem',
  optional: '(optional)',
  continue: 'Continue',
  back: 'Back',
  retry: 'Try again',
  loading: 'Loading…',
  working: 'Please wait…',
  change: 'Change',
  show: 'Show',
  hide: 'Hide',
});
