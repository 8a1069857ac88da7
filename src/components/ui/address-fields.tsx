import type { ReactNode } from 'react';
import { i18n, useStore } from '@/i18n';
import { SelectField, TextField } from './fields';

export const addressFieldsMessages = i18n('addressFields', {
  line1: 'Address line 1',
  line2: 'Address line 2',
  city: 'Town or city',
  state: 'State',
  chooseState: 'Choose a state',
  zip: 'ZIP code',
});

// Postal abbreviations with their names; proper nouns, the same in English and Spanish.
const US_STATES: readonly (readonly [string, string])[] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];

interface AddressFieldsProps {
  /** The form path of the address object, e.g. `shippingAddress`; fields are `<name>.line1` etc. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  /**
   * An autofill section (`shipping`, `billing` or `section-<name>`), so a browser fills two
   * address blocks on one page from different saved addresses.
   */
  autoCompleteSection?: string;
}

/** A US postal address: line 1, optional line 2, town, state, ZIP. Validate with `addressSchema`. */
export function AddressFields({ name, legend, hint, autoCompleteSection }: AddressFieldsProps) {
  const t = useStore(addressFieldsMessages);
  const token = (field: string) =>
    autoCompleteSection ? `${autoCompleteSection} ${field}` : field;
  const hintId = `${name.replace(/[^a-zA-Z0-9_-]/g, '-')}-address-hint`;
  return (
    <fieldset className="field fieldset" aria-describedby={hint ? hintId : undefined}>
      <legend className="field__label fieldset__legend">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <TextField name={`${name}.line1`} label={t.line1} autoComplete={token('address-line1')} />
      <TextField
        name={`${name}.line2`}
        label={t.line2}
        optional
        autoComplete={token('address-line2')}
      />
      <TextField
        name={`${name}.city`}
        label={t.city}
        width={20}
        autoComplete={token('address-level2')}
      />
      <SelectField
        name={`${name}.state`}
        label={t.state}
        autoComplete={token('address-level1')}
        options={[
          { value: '', label: t.chooseState },
          ...US_STATES.map(([value, label]) => ({ value, label })),
        ]}
      />
      <TextField
        name={`${name}.zip`}
        label={t.zip}
        width={10}
        inputMode="numeric"
        autoComplete={token('postal-code')}
        spellCheck={false}
      />
    </fieldset>
  );
}
