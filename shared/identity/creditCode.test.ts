import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARACTERS, creditCodeCheckCharacter, parseCreditCode } from './creditCode';
import { referenceCreditCodeCheck } from './test-support/reference';

describe('check character (GB 32100 mod 31)', () => {
  // 91350100M000100Y43 by hand. Values: digits as themselves, then
  // A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26 U27 W28 X29 Y30.
  //   chars    9  1  3  5  0  1  0  0  M  0  0  0  1  0  0  Y  4
  //   values   9  1  3  5  0  1  0  0 21  0  0  0  1  0  0 30  4
  //   weights  1  3  9 27 19 26 16 17 20 29 25 13  8 24 10 30 28
  //   products 9  3 27 135 0 26 0  0 420 0  0  0  8  0  0 900 112  → Σ = 1640
  //   1640 mod 31 = 28 → 31 − 28 = 3 → '3'
  it.each([
    ['91350100M000100Y43', '3'], // the brief's example
    ['91110000600037341L', 'L'], // stdnum test vector
    ['914403001922038216', '6'], // 华为技术有限公司, as printed on its licence
    ['9144030071526726XG', 'G'], // 深圳市腾讯计算机系统有限公司
    ['Y1110000600037341Y', 'Y'], // registration authority Y (其他), a letter in position 1
    ['9111000060003734F0', '0'], // Σ ≡ 0 (mod 31): the check value 31 is written 0
  ])('%s ends in %s', (code, check) => {
    expect(referenceCreditCodeCheck(code.slice(0, 17))).toBe(check);
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(check);
    expect(parseCreditCode(code).ok).toBe(true);
  });

  it('uses 31 characters, none of I, O, S, V, Z', () => {
    expect(CREDIT_CODE_CHARACTERS).toHaveLength(31);
    expect(CREDIT_CODE_CHARACTERS).not.toMatch(/[IOSVZ]/);
  });
});

describe('parseCreditCode', () => {
  it('splits a valid code into its parts', () => {
    expect(parseCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      normalized: '91350100M000100Y43',
      parts: {
        registrationAuthority: '9',
        organisationType: '1',
        regionCode: '350100',
        organisationCode: 'M000100Y4',
        checkCharacter: '3',
      },
    });
  });

  it('accepts lower case, surrounding spaces and full-width characters', () => {
    expect(parseCreditCode(' 91350100m000100y43 ').ok).toBe(true);
    expect(parseCreditCode('９１３５０１００Ｍ０００１００Ｙ４３').ok).toBe(true);
  });

  it('length', () => {
    expect(parseCreditCode('91350100M000100Y4')).toEqual({
      ok: false,
      errors: [{ code: 'length', length: 17 }],
      failedOnlyCheck: false,
    });
  });

  it.each(['I', 'O', 'S', 'V', 'Z', '-'])('charset: names the bad character %s', (bad) => {
    const code = `91350100M000100${bad}43`;
    expect(parseCreditCode(code)).toEqual({
      ok: false,
      errors: [{ code: 'charset', position: 16, character: bad }],
      failedOnlyCheck: false,
    });
  });

  it('length and charset together', () => {
    expect(parseCreditCode('9135 0100M000100Y43')).toEqual({
      ok: false,
      errors: [
        { code: 'length', length: 19 },
        { code: 'charset', position: 5, character: ' ' },
      ],
      failedOnlyCheck: false,
    });
  });

  it('check-character: names the expected one and offers the override', () => {
    expect(parseCreditCode('91350100M000100Y44')).toEqual({
      ok: false,
      errors: [{ code: 'check-character', expected: '3', actual: '4' }],
      failedOnlyCheck: true,
      normalized: '91350100M000100Y44',
    });
  });

  it('property: the computed check character validates and every other character fails', () => {
    const body = fc
      .array(fc.constantFrom(...CREDIT_CODE_CHARACTERS), { minLength: 17, maxLength: 17 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(body, (b) => {
        const check = referenceCreditCodeCheck(b);
        expect(parseCreditCode(b + check).ok).toBe(true);
        for (const other of CREDIT_CODE_CHARACTERS.replace(check, '')) {
          const result = parseCreditCode(b + other);
          expect(result).toMatchObject({ ok: false, failedOnlyCheck: true, errors: [{ code: 'check-character', expected: check }] });
        }
      }),
      { numRuns: 300 },
    );
  });
});
