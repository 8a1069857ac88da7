// Inputs are untrusted: every valid shape of what people type passes the form schemas; near misses fail.
import fc from 'fast-check';
import { addressSchema, type AddressErrorText } from '@/checkout/address-schema';
import { accountSchema } from './account/account-schema';
import { toNumberSearch } from './number/number-schema';
import { codeSchema, identifierKind, identifierSchema } from './sign-in/sign-in-schema';

const addressText: AddressErrorText = {
  line1Required: 'line1Required',
  line1TooLong: 'line1TooLong',
  line2TooLong: 'line2TooLong',
  cityRequired: 'cityRequired',
  cityTooLong: 'cityTooLong',
  stateRequired: 'stateRequired',
  zipRequired: 'zipRequired',
  zipInvalid: 'zipInvalid',
};

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (length: number) =>
  fc.array(digit, { minLength: length, maxLength: length }).map((list) => list.join(''));

// Names as people write them: accents, hyphens, apostrophes, spaces.
const namePart = fc.constantFrom(
  'José',
  'Zoë',
  'Nguyễn',
  "O'Connor",
  'Coeur d’Alene',
  'Wilkes-Barre',
  'Española',
  'Saint-Étienne',
  'Łódź',
  'Ñuñoa',
  'Main',
);
const name = fc
  .array(namePart, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(' '))
  .filter((value) => value.length <= 60);

/** `(201) 555-0101`, `201-555-0101`, `2015550101`, `+1 201 555 0101`, `1-201-555-0101`. */
const phone = fc
  .record({ area: digits(3), exchange: digits(3), line: digits(4) })
  .chain(({ area, exchange, line }) =>
    fc.constantFrom(
      `(${area}) ${exchange}-${line}`,
      `${area}-${exchange}-${line}`,
      `${area}${exchange}${line}`,
      `+1 ${area} ${exchange} ${line}`,
      `1-${area}-${exchange}-${line}`,
    ),
  );

const zip = fc.oneof(
  digits(5),
  fc.tuple(digits(5), digits(4)).map(([five, four]) => `${five}-${four}`),
);

describe('sign-in schemas', () => {
  it('accept every common US phone format and every e-mail', () => {
    fc.assert(
      fc.property(phone, (value) => {
        expect(identifierKind(value)).toBe('phone');
        expect(
          identifierSchema.safeParse({ identifier: ` ${value} `, method: 'sms', password: '' })
            .success,
        ).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.emailAddress(), (value) => {
        expect(identifierKind(value)).toBe('email');
      }),
    );
  });

  it('refuse near misses: 9 or 12 digits, letters, an e-mail without a domain', () => {
    const nearMiss = fc.oneof(
      digits(9),
      digits(12),
      fc.tuple(digits(3), digits(3), digits(3)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
      digits(10).map((value) => `${value.slice(0, 5)}O${value.slice(6)}`),
      fc.emailAddress().map((value) => value.replace(/@.*$/, '@localhost')),
      fc.emailAddress().map((value) => value.replace('@', '')),
    );
    fc.assert(
      fc.property(nearMiss, (value) => {
        expect(identifierKind(value)).toBeNull();
      }),
    );
  });

  it('take a 6-digit code with spaces or a dash, and nothing else', () => {
    fc.assert(
      fc.property(digits(6), fc.constantFrom('', ' ', '-'), (code, sep) => {
        const typed = `${code.slice(0, 3)}${sep}${code.slice(3)}`;
        expect(codeSchema.parse({ code: typed })).toEqual({ code });
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(digits(5), digits(7), fc.string({ minLength: 6, maxLength: 6 })),
        (code) => {
          fc.pre(!/^\d{6}$/.test(code));
          expect(codeSchema.safeParse({ code }).success).toBe(false);
        },
      ),
    );
  });
});

describe('address schema', () => {
  const schema = addressSchema(addressText);
  const state = fc.constantFrom('NJ', 'NY', 'CA', 'TX', 'PR');

  it('accepts names with accents, hyphens and apostrophes, and ZIP or ZIP+4', () => {
    fc.assert(
      fc.property(name, name, state, zip, (street, city, st, code) => {
        const result = schema.safeParse({
          line1: `12 ${street}`,
          line2: '',
          city,
          state: st,
          zip: code,
        });
        expect(result.success).toBe(true);
        expect(result.data).toEqual({ line1: `12 ${street}`, city, state: st, zip: code });
      }),
    );
  });

  it('refuses a 4-digit ZIP, a ZIP+3 and letters in the ZIP', () => {
    const badZip = fc.oneof(
      digits(4),
      digits(6),
      fc.tuple(digits(5), digits(3)).map(([five, three]) => `${five}-${three}`),
      digits(4).map((value) => `${value}O`),
    );
    fc.assert(
      fc.property(badZip, (code) => {
        const result = schema.safeParse({
          line1: '1 Main St',
          line2: '',
          city: 'Hoboken',
          state: 'NJ',
          zip: code,
        });
        expect(result.error?.issues.map((issue) => issue.message)).toEqual(['zipInvalid']);
      }),
    );
  });

  it('refuses overlong lines and lower-case or long states', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 101, maxLength: 300 }).filter((value) => value.trim().length > 100),
        fc.constantFrom('nj', 'N', 'NJX', '12'),
        (line1, st) => {
          const result = schema.safeParse({
            line1,
            line2: '',
            city: 'Hoboken',
            state: st,
            zip: '07030',
          });
          expect(result.error?.issues.map((issue) => issue.message)).toEqual([
            'line1TooLong',
            'stateRequired',
          ]);
        },
      ),
    );
  });
});

describe('number search and account choice', () => {
  it('reads 3 digits as an area code and ZIP or ZIP+4 as a ZIP; nothing else', () => {
    fc.assert(
      fc.property(digits(3), (code) => {
        expect(toNumberSearch('l', ` ${code} `)).toEqual({ lineId: 'l', areaCode: code });
      }),
    );
    fc.assert(
      fc.property(zip, (code) => {
        expect(toNumberSearch('l', code)).toEqual({ lineId: 'l', zip: code.slice(0, 5) });
      }),
    );
    fc.assert(
      fc.property(fc.oneof(digits(4), digits(6), digits(2)), (code) => {
        expect(toNumberSearch('l', code)).toBeNull();
      }),
    );
  });

  it('needs an account chosen', () => {
    expect(accountSchema.safeParse({ customerId: null }).success).toBe(false);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (customerId) => {
        expect(accountSchema.safeParse({ customerId }).success).toBe(true);
      }),
    );
  });
});
