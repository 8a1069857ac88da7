/** Every message of the credit step. The block names key the Spanish in i18n/translations. */
import { count, params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const creditStepMessages = i18n('creditStep', {
  title: 'Credit check',
  intro:
    'To set up your new lines we check your credit with a credit bureau. It takes a few seconds and nothing is charged today.',
  disclosureTitle: 'Before you continue',
  disclosure:
    'When you continue, we ask a credit bureau for your credit report and score, and use them to decide whether to approve this order and on what terms (for example, a deposit or a limit on the number of lines). This is a hard inquiry, which may lower your credit score.',
  privacy:
    'We use your Social Security number and date of birth only for this check. We send them once and do not keep them.',
  authorize:
    'I authorize a credit check with the credit bureau. I understand it may affect my credit score.',
  addressLegend: 'Your home address',
  addressHint:
    'The credit bureau uses it to find your record. We filled in your account’s service address; change it if you live somewhere else.',
  continue: 'Continue',
  // Validation (the same words inline and in the summary).
  authorizeRequired: 'Tick the box to authorize the credit check',
  ssnRequired: 'Enter your Social Security number',
  ssnFormat: 'Social Security number must be 9 digits, like 123-45-6789',
  ssnArea: 'Enter a real Social Security number: it cannot start with 000, 666 or 9',
  ssnGroup: 'Enter a real Social Security number: the middle 2 digits cannot be 00',
  ssnSerial: 'Enter a real Social Security number: the last 4 digits cannot be 0000',
  dobRequired: 'Enter your date of birth',
  dobMissingMonth: 'Date of birth must include a month',
  dobMissingDay: 'Date of birth must include a day',
  dobMissingYear: 'Date of birth must include a year',
  dobYearFormat: 'Year must include 4 numbers',
  dobInvalid: 'Date of birth must be a real date',
  dobFuture: 'Date of birth must be in the past',
  dobTooOld: 'Date of birth must be in 1900 or later',
  dobUnder18: 'You must be 18 or older to apply for credit',
  line1Required: 'Enter address line 1, usually the building and street',
  line1TooLong: 'Address line 1 must be 100 characters or fewer',
  line2TooLong: 'Address line 2 must be 100 characters or fewer',
  cityRequired: 'Enter the town or city',
  cityTooLong: 'Town or city must be 60 characters or fewer',
  stateRequired: 'Choose the state',
  zipRequired: 'Enter the ZIP code',
  zipInvalid: 'Enter a ZIP code of 5 digits, like 07030',
  // When the server refuses a field the form accepted.
  serverSsn: 'Check your Social Security number',
  serverDob: 'Check your date of birth',
  serverAddress: 'Check this part of your address',
});

export const creditOutcomeMessages = i18n('creditOutcome', {
  approvedTitle: 'You’re approved',
  approvedLead: 'Your credit check is complete and this order is approved.',
  depositTitle: 'You’re approved with a deposit',
  depositLead:
    'Your credit check is complete and this order is approved. Based on your credit report, it needs a security deposit.',
  conditionsTitle: 'You’re approved, with conditions',
  conditionsLead:
    'Your credit check is complete and this order is approved, with these conditions:',
  reviewTitle: 'We need to review your application',
  declinedTitle: 'We can’t approve this order',
  linesAllowedLabel: 'Lines you can add',
  linesAllowed: count({ one: 'Up to {count} line', other: 'Up to {count} lines' }),
  depositLabel: 'Security deposit',
  noDeposit: 'None',
  depositDue: params<{ amount: string }>('{amount}, added to your first bill'),
  referenceLabel: 'Credit reference',
  nothingToday: 'Nothing is charged today.',
  rbpTitle: 'Risk-based pricing notice',
  lineCap: count({
    one: 'This order can have up to {count} line.',
    other: 'This order can have up to {count} lines.',
  }),
  downPayment: params<{ percent: number }>(
    'Each device needs a down payment of at least {percent}% of its full price, added to your first bill. Your order summary shows the new amounts once you continue.',
  ),
  keepLegend: count({
    one: 'Choose the line to keep',
    other: 'Choose up to {count} lines to keep',
  }),
  keepHint: params<{ lines: number; max: number }>(
    'Your order has {lines} lines and this approval allows {max}. The lines you do not keep are removed from this order.',
  ),
  keepAtLeastOne: 'Choose at least 1 line to keep',
  keepAtMost: count({
    one: 'Choose only {count} line to keep',
    other: 'Choose no more than {count} lines to keep',
  }),
  lineName: params<{ index: number; name: string }>('Line {index}: {name}'),
  reviewLead:
    'We could not make a decision straight away, so a member of our credit team will review your application.',
  reviewNotOnline: 'This order cannot be completed online.',
  reviewReference: 'Your reference',
  reviewPhone: 'Call us',
  reviewNext: 'What happens next',
  continue: 'Continue',
});

export const adverseActionMessages = i18n('adverseAction', {
  lead: 'We have decided not to approve this order. Our decision was based in whole or in part on information in your credit report.',
  ends: 'This order cannot continue online.',
  bureauTitle: 'Where the information came from',
  bureauIntro: 'We got the information from this credit bureau (a consumer reporting agency):',
  theBureau: 'the credit bureau',
  phone: 'Phone:',
  website: 'Website:',
  scoreTitle: 'Your credit score',
  score: params<{ score: number }>('{score}'),
  scoreRange: params<{ min: number; max: number }>('Scores range from {min} to {max}.'),
  scoreDate: params<{ date: string }>('Score as of {date}.'),
  factorsTitle: 'Key factors that affected your score',
  rightsTitle: 'Your rights',
  notDecided: params<{ bureau: string }>(
    '{bureau} provided information about you but did not make this decision and cannot tell you why it was made.',
  ),
  freeReport: params<{ bureau: string }>(
    'You have the right to a free copy of your credit report from {bureau} if you ask for it within 60 days of this notice.',
  ),
  dispute: params<{ bureau: string }>(
    'You have the right to dispute with {bureau} the accuracy or completeness of any information in your credit report.',
  ),
  print: 'Print this notice',
});

export const ssnFieldMessages = i18n('creditSsnField', {
  label: 'Social Security number',
  hint: 'It’s 9 digits, like 123-45-6789. You can leave out the dashes.',
  show: 'Show',
  hide: 'Hide',
  showLabel: 'Show Social Security number',
  hideLabel: 'Hide Social Security number',
  shown: 'Your Social Security number is visible',
  hidden: 'Your Social Security number is hidden',
});

export const dobFieldMessages = i18n('creditDobField', {
  legend: 'Date of birth',
  hint: 'For example, 3 27 1985',
  month: 'Month',
  day: 'Day',
  year: 'Year',
});
