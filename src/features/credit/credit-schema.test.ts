import { compactSsn, dobProblem, ssnProblem, toIsoDate } from './credit-schema';

describe('ssnProblem', () => {
  it.each([
    ['123-45-6789', null],
    ['123456789', null],
    ['123 45 6789', null],
    ['', 'required'],
    ['12345678', 'format'],
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

describe('dobProblem', () => {
  const today = new Date(2025, 5, 15); // 15 June 2025, local calendar day
  const dob = (month: string, day: string, year: string) => ({ month, day, year });

  it.each([
    [dob('3', '27', '1985'), null],
    [dob('', '', ''), 'required'],
    [dob('', '27', '1985'), 'missingMonth'],
    [dob('3', '', '1985'), 'missingDay'],
    [dob('3', '27', ''), 'missingYear'],
    [dob('3', '27', '85'), 'yearFormat'],
    [dob('2', '30', '1990'), 'invalid'],
    [dob('13', '1', '1990'), 'invalid'],
    [dob('x', '1', '1990'), 'invalid'],
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
  });
});
