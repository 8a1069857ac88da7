/**
 * The sign-in route. Its loader only turns away a visitor who is already signed in: the page is
 * painted before the sign-in methods arrive, on purpose, and reads them itself.
 */
import { openSignIn } from '@/checkout/guards';

export function createLoader() {
  return () => {
    openSignIn();
    return null;
  };
}

export { SignInPage as Component } from './sign-in-page';
