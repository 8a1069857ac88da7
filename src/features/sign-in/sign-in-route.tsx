/**
 * The sign-in route. Its loader only turns away a visitor who is already signed in: the page is
 * painted before the sign-in methods arrive, on purpose, and reads them itself.
 */
import { redirect } from 'react-router-dom';
import { getSession } from '@/api/session';
import { paths } from '@/checkout/paths';

export function createLoader() {
  return () => {
    // Written here, not with the other guards: their module is not first-load code.
    if (getSession()) throw redirect(paths.account);
    return null;
  };
}

export { SignInPage as Component } from './sign-in-page';
