import { count } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const sessionTimeoutMessages = i18n('sessionTimeout', {
  title: 'Are you still there?',
  signedInBody:
    'You have not done anything for a while. To keep your account safe, we will sign you out soon. What you have entered so far is saved.',
  kioskBody:
    'You have not touched the screen for a while. To protect your information on this shared screen, we will soon erase everything you entered and start over.',
  timeLeftLabel: 'Time left',
  minutesLeft: count({ one: '{count} minute left.', other: '{count} minutes left.' }),
  secondsLeft: count({ one: '{count} second left.', other: '{count} seconds left.' }),
  staySignedIn: 'Stay signed in',
  stillHere: "I'm still here",
});
