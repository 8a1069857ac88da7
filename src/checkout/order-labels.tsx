/** Words for parts of an order, shared by review and confirmation so both say the same. */
import { useQuery } from '@tanstack/react-query';
import { count, params } from '@nanostores/i18n';
import type {
  Address,
  CreditDecision,
  DeliveryOffer,
  DeliveryOption,
  SimType,
} from '@/api/contract/schemas';
import { offersQueryOptions } from '@/api/offers';
import { i18n, language, useStore } from '@/i18n';

export const orderLabels = i18n('orderLabels', {
  line: params<{ index: number }>('Line {index}'),
  perMonth: params<{ amount: string }>('{amount}/mo'),
  standard: 'Standard delivery',
  express: 'Express delivery',
  arrivesBetween: params<{ min: number; max: number }>('Arrives in {min} to {max} business days'),
  arrivesIn: count({
    one: 'Arrives in {count} business day',
    other: 'Arrives in {count} business days',
  }),
  free: 'Free',
  physical: 'Physical SIM card, in the box with your order',
  esim: 'eSIM, set up on the phone, no card needed',
  approved: 'Approved',
  approved_with_deposit: 'Approved with a deposit',
  approved_with_conditions: 'Approved with conditions',
  manual_review: 'Waiting for a manual review',
  declined: 'Declined',
  // A decision from a newer version of the API: never taken for an approval.
  unrecognizedDecision: 'Not approved for an online order',
});

type Labels = ReturnType<(typeof orderLabels)['get']>;

export function deliveryOptionLabel(t: Labels, option: DeliveryOption): string {
  return option === 'express' ? t.express : t.standard;
}

/** "Arrives in 1 to 2 business days", from the days the API gives for the option. */
export function deliveryTime(t: Labels, offer: DeliveryOffer): string {
  return offer.minBusinessDays === offer.maxBusinessDays
    ? t.arrivesIn(offer.maxBusinessDays)
    : t.arrivesBetween({ min: offer.minBusinessDays, max: offer.maxBusinessDays });
}

/**
 * The delivery option as the catalogue offers it (its price and business days): cached since
 * the offers step, read again after a reload. Undefined until it arrives, or when `enabled` is
 * false; callers then leave the estimate out rather than guess it.
 */
export function useDeliveryOffer(
  option: DeliveryOption | undefined,
  enabled = true,
): DeliveryOffer | undefined {
  const lang = useStore(language);
  const offers = useQuery({
    ...offersQueryOptions(lang),
    enabled: enabled && option !== undefined,
  });
  return offers.data?.deliveryOptions.find((offer) => offer.id === option);
}

export function simTypeLabel(t: Labels, simType: SimType): string {
  return simType === 'esim' ? t.esim : t.physical;
}

export function creditDecisionLabel(t: Labels, decision: CreditDecision): string {
  switch (decision) {
    case 'approved':
      return t.approved;
    case 'approved_with_deposit':
      return t.approved_with_deposit;
    case 'approved_with_conditions':
      return t.approved_with_conditions;
    case 'manual_review':
      return t.manual_review;
    case 'declined':
      return t.declined;
    default:
      return t.unrecognizedDecision;
  }
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
