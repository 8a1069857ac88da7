/** Words for parts of an order, shared by review and confirmation so both say the same. */
import { params } from '@nanostores/i18n';
import type { Address, CreditDecision, DeliveryOption, SimType } from '@/api/contract/schemas';
import { i18n } from '@/i18n';

export const orderLabels = i18n('orderLabels', {
  line: params<{ index: number }>('Line {index}'),
  perMonth: params<{ amount: string }>('{amount}/mo'),
  standard: 'Standard delivery',
  express: 'Express delivery',
  standardEstimate: 'Arrives in 3 to 5 business days',
  expressEstimate: 'Arrives in 1 to 2 business days',
  free: 'Free',
  physical: 'Physical SIM card, in the box with your order',
  esim: 'eSIM, set up on the phone, no card needed',
  approved: 'Approved',
  approved_with_deposit: 'Approved with a deposit',
  approved_with_conditions: 'Approved with conditions',
  manual_review: 'Waiting for a manual review',
  declined: 'Declined',
});

type Labels = ReturnType<(typeof orderLabels)['get']>;

export function deliveryOptionLabel(t: Labels, option: DeliveryOption): string {
  return option === 'express' ? t.express : t.standard;
}

export function deliveryEstimate(t: Labels, option: DeliveryOption): string {
  return option === 'express' ? t.expressEstimate : t.standardEstimate;
}

export function simTypeLabel(t: Labels, simType: SimType): string {
  return simType === 'esim' ? t.esim : t.physical;
}

export function creditDecisionLabel(t: Labels, decision: CreditDecision): string {
  return t[decision];
}

/** An address on separate lines, as on an envelope. */
export function AddressLines({ address }: { address: Address }) {
  return (
    <>
      {address.line1}
      <br />
      {address.line2 && (
        <>
          {address.line2}
          <br />
        </>
      )}
      {address.city}, {address.state} {address.zip}
    </>
  );
}
