import fc from 'fast-check';
import { shownMessages } from '@/testing/shown-messages';
import {
  compactSsn,
  creditSchema,
  dobProblem,
  keepLinesSchema,
  ssnProblem,
  toIsoDate,
  type CreditSchemaText,
} from './credit-schema';

describe('ssnProblem', () => {
  it.each([
    ['123-45-6789', null],
    ['123456789', null],
    ['123 45 6789', null],
    ['', 'required'],
    ['   ', 'required'],
    ['12345678', 'format'],
    ['1234567890', 'format'],
    ['x12345678', 'format'],
    ['123-45-678a', 'format'],
    ['000-12-3456', 'area'],
    ['666-12-3456', 'area'],
    ['900-12-3456', 'area'],
    ['999-12-3456', 'area'],
    ['123-00-4567', 'group'],
    ['123-45-0000', 'serial'],
  ])('%s → %s', (value, problem) => {
    expect(ssnProblem(value)).toBe(problem);
  });

  it('sends 9 digits whatever the separators', () => {
    expect(compactSsn(' 123-45 6789 ')).toBe('123456789');
  });
});

const dob = (month: string, day: string, year: string) => ({ month, day, year });

describe('dobProblem', () => {
  const today = new Date(2025, 5, 15); // 15 June 2025, local calendar day

  it.each([
    [dob('3', '27', '1985'), null],
    [dob('', '', ''), 'required'],
    [dob(' 3 ', ' 27 ', ' 1985 '), null],
    [dob('', '27', '1985'), 'missingMonth'],
    [dob('', '27', ''), 'missingMonth'],
    [dob('3', '', '1985'), 'missingDay'],
    [dob('3', '27', ''), 'missingYear'],
    [dob('3', '27', '85'), 'yearFormat'],
    [dob('2', '30', '1990'), 'invalid'],
    [dob('13', '1', '1990'), 'invalid'],
    [dob('x', '1', '1990'), 'invalid'],
    // Numbers that the calendar would accept, typed with too many digits.
    [dob('003', '27', '1985'), 'invalid'],
    [dob('3', '027', '1985'), 'invalid'],
    // Year 50 exists, but a year below 100 would be read as 1950.
    [dob('1', '1', '0050'), 'invalid'],
    [dob('6', '15', '2025'), 'under18'],
    [dob('1', '1', '2030'), 'future'],
    [dob('1', '1', '1899'), 'tooOld'],
    // Turns 18 tomorrow, and today.
    [dob('6', '16', '2007'), 'under18'],
    [dob('6', '15', '2007'), null],
  ])('%o → %s', (parts, problem) => {
    expect(dobProblem(parts, today)).toBe(problem);
  });

  it('writes the date as ISO', () => {
    expect(toIsoDate(dob('3', '7', '1985'))).toBe('1985-03-07');
    expect(toIsoDate(dob(' 3 ', ' 7', '1985 '))).toBe('1985-03-07');
  });
});

describe('creditSchema', () => {
  // Each message is its own key, so a test can tell which one the form shows.
  const text = new Proxy({} as CreditSchemaText, { get: (_, key) => String(key) });
  const schema = creditSchema(text, () => new Date(2025, 5, 15));
  const address = { line1: '1 Main St', line2: '', city: 'Newark', state: 'NJ', zip: '07102' };
  const valid = {
    ssn: '123-45-6789',
    dob: { month: '3', day: '7', year: '1985' },
    address,
    authorize: true,
  };

  const messages = (values: unknown) => shownMessages(schema.safeParse(values));

  it('sends the SSN as 9 digits and the date of birth as ISO', () => {
    expect(schema.parse(valid)).toEqual({
      ssn: '123456789',
      dob: '1985-03-07',
      address: { line1: '1 Main St', line2: undefined, city: 'Newark', state: 'NJ', zip: '07102' },
      authorize: true,
    });
  });

  it.each([
    ['', 'ssnRequired'],
    ['12-34', 'ssnFormat'],
    ['000-12-3456', 'ssnArea'],
    ['123-00-4567', 'ssnGroup'],
    ['123-45-0000', 'ssnSerial'],
  ])('an SSN of "%s" shows %s at the SSN', (ssn, message) => {
    expect(messages({ ...valid, ssn })).toEqual({ ssn: message });
  });

  it.each([
    [dob('', '', ''), 'dobRequired'],
    [dob('', '7', '1985'), 'dobMissingMonth'],
    [dob('3', '', '1985'), 'dobMissingDay'],
    [dob('3', '7', ''), 'dobMissingYear'],
    [dob('3', '7', '85'), 'dobYearFormat'],
    [dob('2', '30', '1985'), 'dobInvalid'],
    [dob('1', '1', '2030'), 'dobFuture'],
    [dob('1', '1', '1899'), 'dobTooOld'],
    [dob('1', '1', '2010'), 'dobUnder18'],
  ])('a date of birth of %o shows %s once, on the whole date', (parts, message) => {
    expect(messages({ ...valid, dob: parts })).toEqual({ dob: message });
  });

  it('judges the date of birth against the day it is checked, not the day the form opened', () => {
    let today = new Date(2025, 5, 14);
    const checkedLater = creditSchema(text, () => today);
    const turns18 = { ...valid, dob: dob('6', '15', '2007') };
    expect(checkedLater.safeParse(turns18).success).toBe(false);
    today = new Date(2025, 5, 15);
    expect(checkedLater.safeParse(turns18).success).toBe(true);
  });

  it('needs the authorization ticked, and checks the address with it', () => {
    expect(messages({ ...valid, authorize: false, address: { ...address, zip: '123' } })).toEqual({
      'address.zip': 'zipInvalid',
      authorize: 'authorizeRequired',
    });
  });
});

describe('keepLinesSchema', () => {
  const schema = keepLinesSchema(2, { keepAtLeastOne: 'at least one', keepAtMost: 'at most 2' });
  const messageFor = (keepLineIds: string[]) => {
    const result = schema.safeParse({ keepLineIds });
    return result.success ? null : result.error.issues.map((issue) => issue.message);
  };

  it('keeps between one line and the cap', () => {
    expect(messageFor([])).toEqual(['at least one']);
    expect(messageFor(['a'])).toBeNull();
    expect(messageFor(['a', 'b'])).toBeNull();
    expect(messageFor(['a', 'b', 'c'])).toEqual(['at most 2']);
  });
});

describe('credit schema properties', () => {
  const digits = (length: number) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
      .map((d) => d.join(''));
  // Area 001-665, 667-899; group 01-99; serial 0001-9999: what the SSA issues.
  const area = fc
    .integer({ min: 1, max: 899 })
    .filter((value) => value !== 666)
    .map((value) => String(value).padStart(3, '0'));
  const group = fc.integer({ min: 1, max: 99 }).map((value) => String(value).padStart(2, '0'));
  const serial = fc.integer({ min: 1, max: 9999 }).map((value) => String(value).padStart(4, '0'));
  const separator = fc.constantFrom('-', ' ', '');

  it('accepts every issuable SSN in every format', () => {
    fc.assert(
      fc.property(area, group, serial, separator, (a, g, s, sep) => {
        expect(ssnProblem(`${a}${sep}${g}${sep}${s}`)).toBeNull();
        expect(compactSsn(`${a}${sep}${g}${sep}${s}`)).toBe(`${a}${g}${s}`);
      }),
    );
  });

  it('refuses area 000, 666 and 900-999, group 00 and serial 0000', () => {
    const badArea = fc.oneof(
      fc.constantFrom('000', '666'),
      fc.integer({ min: 900, max: 999 }).map(String),
    );
    fc.assert(
      fc.property(badArea, digits(2), digits(4), (a, g, s) => {
        expect(ssnProblem(`${a}-${g}-${s}`)).toBe('area');
      }),
    );
    fc.assert(
      fc.property(area, serial, (a, s) => {
        expect(ssnProblem(`${a}-00-${s}`)).toBe('group');
      }),
    );
    fc.assert(
      fc.property(area, group, (a, g) => {
        expect(ssnProblem(`${a}-${g}-0000`)).toBe('serial');
      }),
    );
  });

  const today = new Date(2025, 5, 15);
  // Every real calendar day from 1900 to 18 years before `today`.
  const adultBirthday = fc
    .date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2007, 5, 15)),
      noInvalidDate: true,
    })
    .map((date) => ({
      month: String(date.getUTCMonth() + 1),
      day: String(date.getUTCDate()),
      year: String(date.getUTCFullYear()),
    }));

  it('accepts every real date of birth of an adult, with or without leading zeros', () => {
    fc.assert(
      fc.property(adultBirthday, fc.boolean(), (parts, padded) => {
        const typed = padded
          ? { ...parts, month: parts.month.padStart(2, '0'), day: parts.day.padStart(2, '0') }
          : parts;
        expect(dobProblem(typed, today)).toBeNull();
        expect(toIsoDate(typed)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });

  it('refuses 30 and 31 February, and a birthday under 18 years ago', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('30', '31'),
        fc.integer({ min: 1900, max: 2000 }),
        (day, year) => {
          expect(dobProblem({ month: '2', day, year: String(year) }, today)).toBe('invalid');
        },
      ),
    );
    const minor = fc
      .date({
        min: new Date(Date.UTC(2007, 5, 16)),
        max: new Date(Date.UTC(2025, 5, 15)),
        noInvalidDate: true,
      })
      .map((date) => ({
        month: String(date.getUTCMonth() + 1),
        day: String(date.getUTCDate()),
        year: String(date.getUTCFullYear()),
      }));
    fc.assert(
      fc.property(minor, (parts) => {
        expect(dobProblem(parts, today)).toBe('under18');
      }),
    );
  });
});
