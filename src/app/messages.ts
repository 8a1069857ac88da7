import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const stepMessages = i18n('steps', {
  'sign-in': 'Sign in',
  account: 'Account',
  offers: 'Plans and phones',
  cart: 'Cart',
  credit: 'Credit check',
  shipping: 'Delivery',
  number: 'Phone numbers',
  terms: 'Terms',
  review: 'Review',
});

export const layoutMessages = i18n('layout', {
  brand: 'Carrier checkout',
  skipToContent: 'Skip to main content',
  progressLabel: 'Checkout progress',
  stepOf: params<{ current: number; total: number }>('Step {current} of {total}'),
  completed: 'completed',
  signOut: 'Sign out',
  back: 'Back',
});

export const routeErrorMessages = i18n('routeError', {
  title: 'Something went wrong',
  body: 'We could not show this page. Nothing you entered has been sent twice.',
  retry: 'Try again',
  startAgain: 'Go to the start',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you asked for does not exist or is no longer available.',
  orderNotFoundTitle: 'We could not find that order',
  orderNotFoundBody: 'It may belong to another account, or the link may be wrong.',
});
