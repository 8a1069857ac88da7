import { i18n } from '@/i18n';

export const kioskMessages = i18n('kiosk', {
  startOver: 'Start over',
  confirmTitle: 'Start over?',
  confirmBody: 'Everything you entered on this screen will be erased.',
  confirmErase: 'Erase and start over',
  keepGoing: 'Keep going',
  finishTitle: 'All done?',
  finishBody:
    'Tap Finish to erase your information from this screen. If nobody touches the screen, it is erased on its own in a minute or two.',
  finish: 'Finish',
  erasing: 'Erasing your information…',
});
