import { params } from '@nanostores/i18n';
import { i18n } from '@/i18n';

export const confirmationMessages = i18n('confirmation', {
  title: 'Order placed',
  announce: params<{ number: string }>('Your order is placed. Your order number is {number}.'),
  orderNumber: 'Your order number',
  placedOn: params<{ time: string }>('Placed on {time}'),
  keepNumber: 'Keep this number: you need it if you contact us about your order.',
  nextTitle: 'What happens next',
  nextDelivery: params<{ option: string }>('We send your order by {option}.'),
  nextDeliveryTime: params<{ option: string; time: string }>(
    'We send your order by {option}. {time}.',
  ),
  nextSimPhysical: 'Your SIM cards come in the box with your order.',
  nextSimEsim: 'You set up your eSIM on your phone when it arrives. No SIM card is needed.',
  nextActivation:
    'Your new lines are activated with the numbers you chose once your order arrives and you set up your phones.',
  nextFirstBill: params<{ amount: string }>(
    'Nothing was charged today. Your first bill includes {amount} due for this order: phone down payments, activation fees, any deposit and shipping.',
  ),
  nextNoAutopay: params<{ amount: string }>(
    'This order does not include autopay. Your monthly price is {amount} without an autopay discount.',
  ),
  summaryTitle: 'Your order',
  numberLabel: params<{ number: string }>('Number: {number}'),
  deliverTo: 'Delivery address',
  e911: 'E911 address',
  delivery: 'Delivery',
  simType: 'SIM type',
  totalsTitle: 'Totals',
  monthly: 'Monthly total',
  firstBill: 'Due on your first bill',
  upfront: 'Phone down payments and activation fees',
  deposit: 'Deposit',
  shipping: 'Shipping',
  taxes: 'Estimated taxes and fees',
  print: 'Print this page',
  done: 'Done',
  doneHint: 'Done signs you out, so nothing of your order stays on this device.',
});
