import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const shippingMessages = i18n('shippingStep', {
  title: 'Delivery',
  intro: 'Tell us where to send your order and how you would like to get it.',
  deliveryLegend: 'Delivery address',
  deliveryHint: 'We filled in the address we have for you. We cannot deliver to a P.O. box.',
  e911Same: 'Use the delivery address as the E911 address',
  e911Hint:
    'E911 is the address emergency services see when you call 911 from this phone. Use the address where you will use the phone most.',
  e911Legend: 'E911 address',
  e911AddressHint: 'Where you will use this phone most. Emergency services use it to find you.',
  deliveryOptionLegend: 'Delivery option',
  deliveryOption: params<{ option: string; price: string }>('{option}: {price}'),
  free: 'free',
  deliveryTime: params<{ time: string }>('{time}.'),
  deliveryTimeCharged: params<{ time: string }>('{time}. Added to your first bill.'),
  simLegend: 'SIM type',
  physical: 'Physical SIM card',
  physicalHint: 'A small card in the box with your order, ready to put in the phone.',
  esim: 'eSIM',
  esimHint: 'A digital SIM built into the phone. You set it up on the phone; there is no card.',
  esimUnavailable:
    'We will send a physical SIM card. An eSIM is not available for this order because these lines cannot use one:',
  lineName: params<{ index: number; name: string }>('Line {index}: {name}'),
  noDevice: params<{ plan: string }>('{plan} (no phone from us)'),
  continue: 'Continue',
  // Validation.
  deliveryOptionRequired: 'Choose a delivery option',
  simTypeRequired: 'Choose a SIM type',
  line1Required: 'Enter address line 1 of the delivery address',
  line1TooLong: 'Address line 1 of the delivery address must be 100 characters or fewer',
  line2TooLong: 'Address line 2 of the delivery address must be 100 characters or fewer',
  cityRequired: 'Enter the town or city of the delivery address',
  cityTooLong: 'Town or city of the delivery address must be 60 characters or fewer',
  stateRequired: 'Choose the state of the delivery address',
  zipRequired: 'Enter the ZIP code of the delivery address',
  zipInvalid: 'Enter a ZIP code of 5 digits for the delivery address, like 07030',
  e911Line1Required: 'Enter address line 1 of the E911 address',
  e911Line1TooLong: 'Address line 1 of the E911 address must be 100 characters or fewer',
  e911Line2TooLong: 'Address line 2 of the E911 address must be 100 characters or fewer',
  e911CityRequired: 'Enter the town or city of the E911 address',
  e911CityTooLong: 'Town or city of the E911 address must be 60 characters or fewer',
  e911StateRequired: 'Choose the state of the E911 address',
  e911ZipRequired: 'Enter the ZIP code of the E911 address',
  e911ZipInvalid: 'Enter a ZIP code of 5 digits for the E911 address, like 07030',
  // The server's refusals, in the app's words.
  deliveryUndeliverable:
    'We cannot deliver to this address. Check it, or enter a street address instead of a P.O. box',
  e911Undeliverable:
    'Emergency services cannot use this address. Enter the street address where you will use the phone',
  esimRefused: 'Choose a physical SIM card: a phone in this order cannot use an eSIM',
});

export const addressSuggestionsMessages = i18n('addressSuggestions', {
  title: 'Did you mean…',
  lead: params<{ typed: string }>(
    'We found more than one address that matches “{typed}”. Choose yours, or change the address below.',
  ),
  legend: 'Matching addresses',
  use: 'Use this address',
  chooseSuggestion: 'Choose one of the matching addresses',
});
