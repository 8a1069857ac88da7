import type { LoaderFunctionArgs } from 'react-router-dom';
import { openDraftStep } from '@/checkout/guards';

export function createLoader() {
  return (args: LoaderFunctionArgs) => {
    const { navigation } = openDraftStep('offers', args);
    return { navigation };
  };
}

export { OffersPage as Component } from './offers-page';
