import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const offersMessages = i18n('offersStep', {
  title: 'Choose a plan and phone',
  noOffersTitle: 'Nothing is available online right now',
  noOffersBody:
    'We have no plans or phones to offer online at the moment. Check again later, or call Customer Care at 611 from your phone.',
  checkAgain: 'Check again',
  noAutopayTitle: 'Prices shown without autopay',
  noAutopayBody:
    'Autopay is not part of this order, so every price here is the price without it. Lower prices you may see advertised with autopay do not apply.',
  perMonth: '/mo',
  perLineMonth: 'per line, per month',
  yourLines: params('Your cart: {count} of {max} lines'),
  lineLabel: params('Line {index}'),
  noPhone: 'No new phone',
  planWithPhone: params('{plan} with {phone}'),
  planNoPhone: params('{plan}, no new phone'),
  editInCart: 'Change or remove lines in your cart',
  removeLine: 'Remove',
  removeLineLabel: params('Remove line {index}'),
  lineAdded: params('Line {index} added to your cart: {name}.'),
  lineRemoved: params('Line {index} removed from your cart.'),

  bundlesTitle: 'Bundles',
  bundlesIntro: 'A plan and a phone together, with the deal already applied.',
  bundleAdd: 'Add to cart',
  bundleAddLabel: params('Add {name} to cart'),

  buildTitle: params('Build line {index}'),
  buildIntro: 'Choose a plan, and a new phone if you want one.',
  planLegend: 'Plan',
  planHint: 'Prices per line, per month, without autopay.',
  data: params('{data} data'),
  deviceLegend: 'Phone (optional)',
  deviceHint: 'Pay for a new phone monthly, with no interest. Prices without autopay.',
  noPhoneOption: 'No new phone',
  noPhoneDescription: 'Just the plan, with a SIM card or eSIM.',
  installment: params('{monthly}/mo for {months} months'),
  downPayment: params('{amount} down payment on your first bill'),
  noDownPayment: 'no down payment',
  fullPrice: params('full price {amount}'),

  dealLabel: params('Deal: {title}'),
  conditions: 'Conditions:',
  dealCredit: params('{credit}/mo off for {months} months'),
  dealAppliedTitle: 'Deal applied',
  dealLegend: 'Choose a deal',
  dealHint: 'More than one deal fits this plan and phone. Only one can apply to a line.',

  lineSummaryTitle: params('Line {index}'),
  lineSummaryEmpty: 'Choose a plan to see what this line costs.',
  lineMonthly: 'Monthly',
  lineDue: 'Due on your first bill',
  lineDueDetail: params('Down payment {down} and activation fee {activation}'),

  addToCart: 'Add to cart',
  continue: 'Continue',
  limitReached: params(
    'Your cart has {max} lines, the most one order can have. To add a different line, remove one in your cart first.',
  ),
  maxLines: params('An order can have up to {max} lines.'),
});

/** What the line builder's form says when a line cannot be added (see offers-schema.ts). */
export const offersSchemaMessages = i18n('offersSchema', {
  choosePlan: 'Choose a plan',
});
