import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const cartMessages = i18n('cartStep', {
  title: 'Your cart',
  intro:
    'Prices are per month, without autopay. Nothing is charged today: what is due now is added to your first bill.',
  linesTitle: 'Your lines',
  line: params('Line {index}'),
  noPhone: 'No new phone',
  deal: params('Deal: {title}'),
  monthly: 'Monthly',
  perMonth: '/mo',
  dueOnFirstBill: 'Due on your first bill',
  dueDetail: params('Down payment {down} and activation fee {activation}'),
  estimate: 'Estimate, updated when you continue',
  change: 'Change',
  done: 'Done',
  remove: 'Remove',
  changeLine: params('Change line {index}'),
  doneLine: params('Done with line {index}'),
  removeLine: params('Remove line {index}'),
  planFor: params('Plan for line {index}'),
  phoneFor: params('Phone for line {index}'),
  unavailableOption: params('{name} (no longer available)'),
  planUnavailable: params('{name} is no longer available. Choose another plan for line {index}.'),
  planUnavailableUnknown: params(
    'The plan on line {index} is no longer available. Choose another plan.',
  ),
  phoneUnavailable: params(
    '{name} is no longer available. Choose another phone for line {index}, or no new phone.',
  ),
  phoneUnavailableUnknown: params(
    'The phone on line {index} is no longer available. Choose another phone, or no new phone.',
  ),
  dealEnded: params(
    'The deal {title} is no longer available, so it was taken off line {index}. Check the new price, then continue.',
  ),
  unavailableTitle: 'Something in your cart is no longer available',
  unavailableBody: 'Everything else in your cart is kept.',
  removed: params('Line {index} removed from your cart.'),
  empty: 'Your cart is empty.',
  addLine: 'Add another line',
  chooseFirstLine: 'Choose a plan',
  maxLines: params('An order can have up to {max} lines.'),
  creditMaxLines: params(
    'Your credit approval allows up to {max} lines. Remove lines until you have {max} or fewer.',
  ),

  totalsTitle: 'Totals',
  totalMonthly: 'Monthly total',
  deposit: 'Deposit',
  shipping: 'Shipping',
  taxes: 'Estimated taxes and fees',
  taxesLater: 'Shown at the next step',
  taxesNote: 'Taxes and fees are estimated until your delivery address is known.',
  totalDue: 'Total due on your first bill',
  noPayment: 'You do not pay anything today.',
  continue: 'Continue',
});

/** What the cart's form says when its lines cannot be sent as they are (see cart-schema.ts). */
export const cartSchemaMessages = i18n('cartSchema', {
  addLine: 'Add a line to your cart',
  choosePlan: 'Choose a plan for this line',
  tooMany: 'An order can have up to 5 lines. Remove a line.',
});
