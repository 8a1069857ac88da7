import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const handoffMessages = i18n('handoff', {
  offerTitle: 'Continue on your phone',
  offerBody: 'Finish this order on your own phone: scan a code, and sign in there.',
  offerCredit:
    'Rather type your Social Security number in private? Finish this order on your own phone: scan a code, and sign in there.',
  open: 'Continue on your phone',
  panelTitle: 'Continue on your phone',
  panelLead:
    'Scan the QR code with your phone’s camera, then sign in on your phone. Everything you have entered so far stays with the order.',
  qrLabel: 'QR code that opens the link below on your phone',
  orGoTo: 'Or go to',
  andType: 'and type this code',
  timeLeft: params('The code works for {time} more.'),
  expired: 'This code has expired.',
  used: 'This code has already been used on a phone.',
  renew: 'Get a new code',
  text: 'Text me a link',
  textHint: 'We text it to the mobile number on your account.',
  sent: params('We texted the link to {phone}.'),
  rateLimited: params('You have asked for several texts. You can ask for another at {time}.'),
  rateLimitedLater: 'You have asked for several texts. You can ask for another later.',
  close: 'Close',
});
