/**
 * The server's refusals of the delivery details, placed where the customer can act on them: an
 * ambiguous address becomes a choice among its matches, an undeliverable one an error on the
 * address, a refused eSIM an error on the SIM type.
 */
import type { ApiError } from '@/api/api-error';
import type { Address } from '@/api/contract/schemas';

type AddressField = 'shippingAddress' | 'e911Address';
export const ADDRESS_PARTS = ['line1', 'line2', 'city', 'state', 'zip'] as const;
type AddressPart = (typeof ADDRESS_PARTS)[number];

/** `shippingAddress.line1` → which address and which part; null for anything else. */
function addressPathOf(field: string): { address: AddressField; part: AddressPart } | null {
  const [address, part] = field.split('.');
  if (address !== 'shippingAddress' && address !== 'e911Address') return null;
  const known = ADDRESS_PARTS.find((name) => name === part);
  return { address, part: known ?? 'line1' };
}

/** An address that matches several: the customer picks one of the server's suggestions. */
export interface Ambiguity {
  address: AddressField;
  suggestions: Address[];
}

/** A field the server refused, and which of the step's messages says why. */
interface FieldRefusal {
  field: 'simType' | `${AddressField}.${AddressPart}`;
  message: 'esimRefused' | 'deliveryUndeliverable' | 'e911Undeliverable';
}

type PlacedRefusal =
  { kind: 'ambiguous'; ambiguity: Ambiguity } | { kind: 'fields'; fields: FieldRefusal[] };

/**
 * Where a refusal shows; with no field named, it is not about the answers (a plain failure).
 * `usedSameAddress`: the E911 address was the delivery address, so a refusal of either is
 * about the one address the customer typed.
 */
export function placeRefusal(error: ApiError, usedSameAddress: boolean): PlacedRefusal {
  if (error.code === 'ADDRESS_AMBIGUOUS' && error.suggestions?.length) {
    const path = error.fieldErrors.map((item) => addressPathOf(item.field)).find(Boolean);
    const address = usedSameAddress || !path ? 'shippingAddress' : path.address;
    return { kind: 'ambiguous', ambiguity: { address, suggestions: error.suggestions } };
  }
  const fields: FieldRefusal[] = [];
  for (const item of error.fieldErrors) {
    if (item.field === 'simType') {
      fields.push({ field: 'simType', message: 'esimRefused' });
      continue;
    }
    const path = addressPathOf(item.field);
    if (!path || error.code !== 'ADDRESS_UNDELIVERABLE') continue;
    const address = usedSameAddress ? 'shippingAddress' : path.address;
    fields.push({
      field: `${address}.${path.part}`,
      message: address === 'shippingAddress' ? 'deliveryUndeliverable' : 'e911Undeliverable',
    });
  }
  return { kind: 'fields', fields };
}
