import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

/** Every message of the terms step. The block name keys the Spanish in i18n/translations. */
export const termsStepMessages = i18n('termsStep', {
  title: 'Terms and agreements',
  intro:
    'Read each agreement and accept it. Each one is accepted separately, and we record the version and the time.',
  version: params<{ version: string }>('Version {version}'),
  readFull: params<{ title: string }>('Read the full {title}'),
  accept: params<{ title: string }>('I have read and accept the {title}'),
  required: params<{ title: string }>('Accept the {title} to continue'),
  acceptedBefore: params<{ version: string; time: string }>(
    'You accepted version {version} on {time}.',
  ),
  changedTitle: 'The terms have changed',
  changedBody:
    'We updated these agreements while you were reading. Read the new version and accept it again to continue:',
  changedItem: params<{ title: string; version: string }>('{title} (now version {version})'),
  continue: 'Continue',
});
