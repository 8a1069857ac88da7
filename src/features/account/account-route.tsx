import type { LoaderFunctionArgs } from 'react-router-dom';
import { openDraftStep } from '@/checkout/guards';

export function createLoader() {
  return (args: LoaderFunctionArgs) => {
    const { navigation } = openDraftStep('account', args);
    return { navigation };
  };
}

export { AccountPage as Component } from './account-page';
