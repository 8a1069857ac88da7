import type { Address } from '@/api/contract/schemas';

/** A line1 starting like this is undeliverable for devices and for E911. */
export const UNDELIVERABLE_LINE1 = /^\s*p\.?\s*o\.?\s*box\b/i;

/** A line1 like this matches several addresses unless it equals one of the suggestions. */
export const AMBIGUOUS_LINE1 = /^\s*500\s+main\s+st(reet)?\.?\s*$/i;

export const ambiguousSuggestions: Address[] = [
  { line1: '500 Main St', city: 'Hackensack', state: 'NJ', zip: '07601' },
  { line1: '500 Main St', city: 'Fort Lee', state: 'NJ', zip: '07024' },
  { line1: '500 Main St', line2: 'Unit 2', city: 'Hackensack', state: 'NJ', zip: '07601' },
];

export const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM ' +
    'NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'
  ).split(' '),
);

/** Estimated tax and fee rate on monthly charges, by state. */
const taxRates: Record<string, number> = { NJ: 0.06625, NY: 0.08875, CT: 0.0635, PA: 0.06 };
const DEFAULT_TAX_RATE = 0.07;

export function taxRate(state: string): number {
  return taxRates[state] ?? DEFAULT_TAX_RATE;
}
