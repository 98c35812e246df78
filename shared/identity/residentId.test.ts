import { describe, expect, it } from 'vitest';
import { ageOn, isChild } from './age';
import { residentIdCheckCharacter } from './checkCharacter';
import { parseResidentId, residentIdMatchKey, type ResidentIdResult } from './residentId';
import { referenceResidentIdCheck, withResidentIdCheck } from './test-support/reference';

const TODAY = '2026-06-15';

function ok(result: ResidentIdResult) {
  if (!result.ok) throw new Error(`expected a valid number, got ${JSON.stringify(result.errors)}`);
  return result;
}
function errors(result: ResidentIdResult) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('check character (ISO 7064 MOD 11-2, GB 11643 §5.4)', () => {
  // Public vectors; every check character recomputed here, not trusted.
  //
  // 11010519491231002X, the example printed in GB 11643-1999 itself, by hand:
  //   digits   1  1  0  1  0  5  1  9  4  9  1  2  3  1  0  0  2
  //   weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
  //   products 7  9  0  5  0 20  2  9 24 27  7 18 30  5  0  0  4  → Σ = 167
  //   167 mod 11 = 2 → '10X98765432'[2] = X
  it.each([
    ['11010519491231002X', 'X'], // GB 11643-1999 example (北京朝阳, 1949-12-31, female)
    ['440524188001010014', '4'], // GB 11643-1999's second example (born 1880)
    ['360426199101010071', '1'], // python-stdnum / stdnum-js test vector
    ['120103198806018241', '1'], // python-stdnum / stdnum-js test vector
  ])('%s ends in %s', (number, check) => {
    expect(referenceResidentIdCheck(number.slice(0, 17))).toBe(check);
    expect(residentIdCheckCharacter(number.slice(0, 17))).toBe(check);
  });

  it('agrees with the reference on bodies that give every check value', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 200; seq++) {
      const body = `33010619900101${String(seq).padStart(3, '0')}`;
      const check = residentIdCheckCharacter(body);
      expect(check).toBe(referenceResidentIdCheck(body));
      seen.add(check);
    }
    expect(seen.size).toBe(11); // 0–9 and X all occurred
  });

  it('refuses a body that is not 17 digits', () => {
    expect(() => residentIdCheckCharacter('1234')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('1101051949123100X')).toThrow(RangeError);
  });
});

describe('parseResidentId: valid numbers', () => {
  it('reads the GB 11643 example: birth date, sex, age', () => {
    const id = ok(parseResidentId('11010519491231002X', TODAY));
    expect(id).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      convertedFrom15: false,
      addressCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female', // 17th digit 2 is even
      age: 76,
      minor: false,
      permit: null,
    });
  });

  it('accepts a lower-case x, surrounding spaces and full-width digits', () => {
    expect(ok(parseResidentId('  11010519491231002x  ', TODAY)).normalized).toBe('11010519491231002X');
    expect(ok(parseResidentId('\u3000１１０１０５１９４９１２３１００２ｘ', TODAY)).normalized).toBe('11010519491231002X');
  });

  it('reads sex from the parity of the 17th digit', () => {
    expect(ok(parseResidentId('360426199101010071', TODAY)).sex).toBe('male'); // 7 odd
    expect(ok(parseResidentId('120103198806018241', TODAY)).sex).toBe('female'); // 4 even
  });

  it.each([
    ['810000', 'hk'],
    ['820000', 'mo'],
    ['830000', 'tw'],
  ] as const)('accepts a residence permit number %s… as %s', (prefix, permit) => {
    const number = withResidentIdCheck(`${prefix}19940823002`);
    expect(ok(parseResidentId(number, TODAY)).permit).toBe(permit);
  });

  it('accepts 71 (台湾省 in GB/T 2260) as a mainland address code, not as a permit', () => {
    expect(ok(parseResidentId(withResidentIdCheck('71000019800101001'), TODAY)).permit).toBeNull();
  });

  it('does not check county digits (old codes stay on old numbers)', () => {
    expect(ok(parseResidentId(withResidentIdCheck('33999919800101001'), TODAY)).addressCode).toBe('339999');
  });

  it('accepts someone born today, aged 0', () => {
    const id = ok(parseResidentId(withResidentIdCheck('33010620260615001'), TODAY));
    expect(id.age).toBe(0);
    expect(id.minor).toBe(true);
  });
});

describe('parseResidentId: 15-digit numbers issued before 1999', () => {
  // 130503 670401 001 → insert 19 → 13050319670401001, check 6 (recomputed by the reference)
  it('converts to 18 digits', () => {
    expect(referenceResidentIdCheck('13050319670401001')).toBe('6');
    const id = ok(parseResidentId('130503670401001', TODAY));
    expect(id.normalized).toBe('130503196704010016');
    expect(id.convertedFrom15).toBe(true);
    expect(id.birthDate).toBe('1967-04-01');
    expect(id.sex).toBe('male'); // last digit 1
  });

  it('validates region and birth date of a 15-digit number', () => {
    expect(errors(parseResidentId('990503670401001', TODAY))).toEqual([{ code: 'region', addressCode: '990503' }]);
    expect(errors(parseResidentId('130503670230001', TODAY))).toEqual([
      { code: 'birth-date-invalid', birthDate: '19670230', reason: 'calendar' },
    ]);
  });

  it('has no check character, so an X is a charset error', () => {
    expect(errors(parseResidentId('13050367040100X', TODAY))).toEqual([{ code: 'charset', position: 15, character: 'X' }]);
  });

  it('matches its 18-digit form for de-duplication', () => {
    expect(residentIdMatchKey('130503670401001')).toBe('130503196704010016');
    expect(residentIdMatchKey(' 130503196704010016 ')).toBe('130503196704010016');
    expect(residentIdMatchKey('11010519491231002x')).toBe('11010519491231002X');
    expect(residentIdMatchKey('abc')).toBeNull();
  });
});

describe('parseResidentId: every error kind', () => {
  it('length', () => {
    expect(errors(parseResidentId('1101051949123100', TODAY))).toEqual([{ code: 'length', length: 16 }]);
    expect(errors(parseResidentId('', TODAY))).toEqual([{ code: 'length', length: 0 }]);
  });

  it('length, with the first bad character when there is one', () => {
    expect(errors(parseResidentId('1101-0519491231002X', TODAY))).toEqual([
      { code: 'length', length: 19 },
      { code: 'charset', position: 5, character: '-' },
    ]);
  });

  it('charset: a letter in the body, or X anywhere but last', () => {
    expect(errors(parseResidentId('11010519491231A02X', TODAY))).toEqual([{ code: 'charset', position: 15, character: 'A' }]);
    expect(errors(parseResidentId('X10105194912310021', TODAY))).toEqual([{ code: 'charset', position: 1, character: 'X' }]);
    expect(errors(parseResidentId('11010519491231002Y', TODAY))).toEqual([{ code: 'charset', position: 18, character: 'Y' }]);
  });

  it('region: unknown province prefix', () => {
    const number = withResidentIdCheck('99010519491231002');
    expect(errors(parseResidentId(number, TODAY))).toEqual([{ code: 'region', addressCode: '990105' }]);
    for (const prefix of ['00', '10', '16', '20', '24', '30', '38', '40', '47', '49', '55', '60', '66', '70', '72', '80', '84', '91']) {
      const result = parseResidentId(withResidentIdCheck(`${prefix}010519491231002`), TODAY);
      expect(result.ok, prefix).toBe(false);
    }
  });

  it('region: a permit prefix with a county part', () => {
    const number = withResidentIdCheck('81010119940823002');
    expect(errors(parseResidentId(number, TODAY))).toEqual([{ code: 'region', addressCode: '810101' }]);
  });

  it('birth-date-invalid: not a calendar date', () => {
    const number = withResidentIdCheck('11010519491331002'); // month 13
    expect(errors(parseResidentId(number, TODAY))).toEqual([
      { code: 'birth-date-invalid', birthDate: '19491331', reason: 'calendar' },
    ]);
  });

  it('birth-date-invalid: before 1900 (GB 11643’s own 1880 example)', () => {
    expect(errors(parseResidentId('440524188001010014', TODAY))).toEqual([
      { code: 'birth-date-invalid', birthDate: '18800101', reason: 'too-early' },
    ]);
  });

  it('birth-date-invalid: a two-digit year written as 00YY is not read as 19YY or 20YY', () => {
    expect(errors(parseResidentId(withResidentIdCheck('11010500190101002'), TODAY))).toEqual([
      { code: 'birth-date-invalid', birthDate: '00190101', reason: 'too-early' },
    ]);
  });

  it('birth-date-future', () => {
    const number = withResidentIdCheck('11010520260616002');
    expect(errors(parseResidentId(number, TODAY))).toEqual([{ code: 'birth-date-future', birthDate: '2026-06-16' }]);
  });

  it('check-character, naming the expected one', () => {
    expect(errors(parseResidentId('110105194912310021', TODAY))).toEqual([
      { code: 'check-character', expected: 'X', actual: '1' },
    ]);
    expect(errors(parseResidentId('36042619910101007X', TODAY))).toEqual([
      { code: 'check-character', expected: '1', actual: 'X' },
    ]);
  });

  it('reports independent problems together', () => {
    // unknown province, 31 April, wrong check character
    expect(errors(parseResidentId('990105194904310020', TODAY)).map((e) => e.code)).toEqual([
      'region',
      'birth-date-invalid',
      'check-character',
    ]);
  });

  it('never puts the full number into an error', () => {
    const input = '110105194912310021';
    const all = [
      ...errors(parseResidentId(input, TODAY)),
      ...errors(parseResidentId('990105194904310020', TODAY)),
      ...errors(parseResidentId(`${input}9`, TODAY)),
    ];
    for (const e of all) expect(JSON.stringify(e)).not.toContain(input.slice(0, 17));
  });

  it('refuses an invalid `today` (a programming error)', () => {
    expect(() => parseResidentId('11010519491231002X', '2026-02-30')).toThrow(RangeError);
  });
});

describe('leap days', () => {
  it('19000229 is invalid: 1900 is not a leap year (divisible by 100, not by 400)', () => {
    expect(errors(parseResidentId(withResidentIdCheck('11010519000229002'), TODAY))).toEqual([
      { code: 'birth-date-invalid', birthDate: '19000229', reason: 'calendar' },
    ]);
  });

  it('20000229 is valid: 2000 is a leap year (divisible by 400)', () => {
    expect(ok(parseResidentId(withResidentIdCheck('11010520000229002'), TODAY)).birthDate).toBe('2000-02-29');
  });

  it('19990229 is invalid, 19960229 valid', () => {
    expect(parseResidentId(withResidentIdCheck('11010519990229002'), TODAY).ok).toBe(false);
    expect(parseResidentId(withResidentIdCheck('11010519960229002'), TODAY).ok).toBe(true);
  });

  it('someone born on 29 February turns a year older on 1 March in a common year', () => {
    expect(ageOn('2000-02-29', '2014-02-28')).toBe(13);
    expect(ageOn('2000-02-29', '2014-03-01')).toBe(14);
    expect(ageOn('2000-02-29', '2016-02-29')).toBe(16);
  });
});

describe('the child threshold (policy 7.1: under 14 is a child)', () => {
  const bornOn20120615 = withResidentIdCheck('11010520120615002');

  it('the day before the 14th birthday: 13, a child', () => {
    const id = ok(parseResidentId(bornOn20120615, '2026-06-14'));
    expect(id.age).toBe(13);
    expect(id.minor).toBe(true);
  });

  it('on the 14th birthday: 14, no longer a child', () => {
    const id = ok(parseResidentId(bornOn20120615, '2026-06-15'));
    expect(id.age).toBe(14);
    expect(id.minor).toBe(false);
  });

  it('isChild and ageOn at the boundary', () => {
    expect(isChild(13)).toBe(true);
    expect(isChild(14)).toBe(false);
    expect(ageOn('2012-06-15', '2026-06-14')).toBe(13);
    expect(ageOn('2012-06-15', '2026-06-15')).toBe(14);
    expect(ageOn('2012-12-31', '2026-01-01')).toBe(13);
  });

  it('does not depend on the workstation’s time zone (tests run in Pacific/Honolulu)', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(600);
    expect(ok(parseResidentId(bornOn20120615, '2026-06-15')).minor).toBe(false);
  });
});
