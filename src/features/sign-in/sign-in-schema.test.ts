import { shownMessages } from '@/testing/shown-messages';
import { codeSchema, identifierKind, identifierSchema } from './sign-in-schema';
import { signInSchemaMessages } from './sign-in-messages';

const text = signInSchemaMessages.get();

const problems = (schema: typeof identifierSchema | typeof codeSchema, values: unknown) =>
  shownMessages(schema.safeParse(values));

describe('identifierKind', () => {
  it.each([
    ['  (201) 555-0101  ', 'phone'],
    ['+1 201 555 0101', 'phone'],
    ['12015550101', 'phone'],
    ['22015550101', null],
    ['201555010', null],
    ['201-555-0101 ext', null],
    ['  name@example.com ', 'email'],
    ['name@example', null],
    ['name @example.com', null],
  ])('%j is %s', (typed, kind) => {
    expect(identifierKind(typed)).toBe(kind);
  });
});

describe('identifierSchema', () => {
  it('sends the identifier trimmed, and needs no password for a code', () => {
    expect(
      identifierSchema.parse({ identifier: ' 2015550101 ', method: 'sms', password: '' }),
    ).toEqual({ identifier: '2015550101', method: 'sms', password: '' });
  });

  it('says at the identifier whether it is missing or not a number or an e-mail', () => {
    expect(problems(identifierSchema, { identifier: '  ', method: 'sms', password: '' })).toEqual({
      identifier: text.identifierRequired,
    });
    expect(problems(identifierSchema, { identifier: '555', method: 'sms', password: '' })).toEqual({
      identifier: text.identifierInvalid,
    });
  });

  it('needs the password only when signing in by password', () => {
    const byPassword = { identifier: '2015550101', method: 'password' };
    expect(problems(identifierSchema, { ...byPassword, password: '' })).toEqual({
      password: text.passwordRequired,
    });
    expect(problems(identifierSchema, { ...byPassword, password: 'secret' })).toEqual({});
    expect(problems(identifierSchema, { ...byPassword, method: 'email', password: '' })).toEqual(
      {},
    );
  });
});

describe('codeSchema', () => {
  it.each([
    ['123 456', {}],
    ['123-456', {}],
    ['', { code: text.codeRequired }],
    [' - ', { code: text.codeRequired }],
    ['12345', { code: text.codeInvalid }],
    ['1234567', { code: text.codeInvalid }],
    ['12345a', { code: text.codeInvalid }],
  ])('%j → %o', (code, expected) => {
    expect(problems(codeSchema, { code })).toEqual(expected);
  });
});
