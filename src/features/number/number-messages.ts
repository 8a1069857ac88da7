import { count, params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const numberStepMessages = i18n('numberStep', {
  title: count({ one: 'Choose your phone number', other: 'Choose your phone numbers' }),
  intro:
    'Search by area code or ZIP code and reserve a number for each line. We hold a reserved number for you for a limited time while you finish your order, and you can renew the hold.',
  needsNumber: params<{ position: number }>('Choose and reserve a number for Line {position}'),
  holdExpired: params<{ position: number }>(
    'The hold on the number for Line {position} has ended. Renew it or choose another number',
  ),
  continue: 'Continue',
});

export const numberLineMessages = i18n('numberLine', {
  title: params<{ position: number; plan: string }>('Line {position}: {plan}'),
  heldFor: params<{ time: string }>('Held for {time}'),
  endingSoon: 'Less than 2 minutes left. Renew the hold to keep this number.',
  expired:
    'The hold on this number has ended. Renew it to try to keep the number, or choose a different one.',
  renew: 'Renew hold',
  chooseAnother: 'Choose a different number',
  holdingWhileSearching: params<{ number: string }>(
    'You still hold {number} for this line until you reserve another.',
  ),
  keep: params<{ number: string }>('Keep {number}'),
  searchLabel: 'Area code or ZIP code',
  searchHint: '3 digits for an area code, like 201, or 5 digits for a ZIP code, like 07030.',
  search: 'Search',
  found: count({
    one: '{count} number available',
    other: '{count} numbers available',
  }),
  foundFor: params<{ found: string; query: string }>('{found} for {query}.'),
  none: params<{ query: string }>('No numbers are available for {query}.'),
  nearby: 'Try a nearby area code:',
  nearbyLabel: params<{ code: string }>('Search area code {code}'),
  numbersLegend: 'Available numbers',
  reserve: 'Reserve',
  taken: params<{ number: string }>(
    'Someone else just took {number}. We refreshed the list: choose another number.',
  ),
  // Validation and announcements name the line, so they make sense out of context.
  queryRequired: params<{ position: number }>('Enter an area code or ZIP code for Line {position}'),
  queryInvalid: params<{ position: number }>(
    'Enter a 3-digit area code or a 5-digit ZIP code for Line {position}',
  ),
  choiceRequired: params<{ position: number }>('Choose a number for Line {position}'),
  reserved: params<{ position: number; number: string }>(
    'Number reserved: {number} for Line {position}.',
  ),
  renewed: params<{ position: number; number: string }>(
    'Hold renewed: {number} for Line {position}.',
  ),
  endingSoonAnnounce: params<{ position: number }>(
    'The hold on the number for Line {position} ends in less than 2 minutes.',
  ),
  expiredAnnounce: params<{ position: number }>(
    'The hold on the number for Line {position} has ended.',
  ),
});
