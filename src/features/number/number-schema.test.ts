import {
  numberChoiceSchema,
  numberSearchSchema,
  numberStepSchema,
  toNumberSearch,
} from './number-schema';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const stepText = {
  needsNumber: (position: number) => `Line ${position} needs a number`,
  holdExpired: (position: number) => `Line ${position}'s hold ended`,
};
const check = (lines: { position: number; expiresAt: string | null }[]) =>
  numberStepSchema(stepText, () => NOW).safeParse({ lines });
const problems = (lines: { position: number; expiresAt: string | null }[]) =>
  check(lines).error?.issues.map(({ path, message }) => [path.join('.'), message]) ?? [];

describe('numberStepSchema', () => {
  it('lets Continue through when every hold ends after now', () => {
    expect(
      check([
        { position: 1, expiresAt: '2026-03-01T12:00:01Z' },
        { position: 2, expiresAt: '2026-03-01T12:15:00Z' },
      ]).success,
    ).toBe(true);
  });

  it('names each line without a number and each whose hold ended, at its own field', () => {
    expect(
      problems([
        { position: 1, expiresAt: '2026-03-01T12:15:00Z' },
        { position: 2, expiresAt: null },
        // A hold ending this very millisecond has ended.
        { position: 3, expiresAt: '2026-03-01T12:00:00Z' },
        { position: 4, expiresAt: '2026-03-01T11:59:59Z' },
      ]),
    ).toEqual([
      ['line2', 'Line 2 needs a number'],
      ['line3', "Line 3's hold ended"],
      ['line4', "Line 4's hold ended"],
    ]);
  });

  it('reads the clock when Continue is pressed, not when the schema was made', () => {
    let now = NOW;
    const schema = numberStepSchema(stepText, () => now);
    const lines = [{ position: 1, expiresAt: '2026-03-01T12:10:00Z' }];
    expect(schema.safeParse({ lines }).success).toBe(true);
    now += 10 * 60_000;
    expect(schema.safeParse({ lines }).success).toBe(false);
  });
});

describe('toNumberSearch', () => {
  it.each([
    ['201', { lineId: 'L1', areaCode: '201' }],
    [' 201 ', { lineId: 'L1', areaCode: '201' }],
    ['07030', { lineId: 'L1', zip: '07030' }],
    ['07030-1234', { lineId: 'L1', zip: '07030' }],
    ['2015', null],
    ['20', null],
    ['0703', null],
    ['07030-12', null],
    ['abc', null],
  ])('reads %j as %j', (query, search) => {
    expect(toNumberSearch('L1', query)).toEqual(search);
  });
});

describe('the search and choice fields', () => {
  const searchText = { queryRequired: 'Enter an area code or ZIP', queryInvalid: 'Not a search' };

  it('needs a search, and one that reads as an area code or a ZIP', () => {
    const schema = numberSearchSchema('query1', searchText);
    const message = (query: unknown) =>
      schema.safeParse({ query1: query }).error?.issues[0]?.message;
    expect(message('   ')).toBe('Enter an area code or ZIP');
    expect(message(undefined)).toBe('Enter an area code or ZIP');
    expect(message('12')).toBe('Not a search');
    expect(schema.parse({ query1: ' 201 ' })).toEqual({ query1: '201' });
  });

  it('needs one of the 10-digit numbers found', () => {
    const schema = numberChoiceSchema('choice1', { choiceRequired: 'Choose a number' });
    expect(schema.safeParse({ choice1: '2015550123' }).success).toBe(true);
    for (const choice of [undefined, '', '201555012', '20155501234', '201-555-0123']) {
      expect(schema.safeParse({ choice1: choice }).error?.issues[0]?.message).toBe(
        'Choose a number',
      );
    }
  });
});
