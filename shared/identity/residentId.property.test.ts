import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResidentId } from './residentId';
import { provinceCodes } from './regions';
import { referenceResidentIdCheck } from './test-support/reference';

const TODAY = '2026-06-15';
const CHECK_CHARACTERS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A 17-digit body with a known province, a real birth date in 1900…today and any county and sequence digits. */
const validBody = fc
  .record({
    province: fc.constantFrom(...provinceCodes),
    county: fc.integer({ min: 0, max: 9999 }),
    // days since 1900-01-01 up to TODAY (46 186 days)
    day: fc.integer({ min: 0, max: 46186 }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, county, day, sequence }) => {
    const birth = new Date(Date.UTC(1900, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    // permits have no county part (810000/820000/830000)
    const area = ['81', '82', '83'].includes(province) ? '0000' : pad(county, 4);
    return `${province}${area}${birth}${pad(sequence, 3)}`;
  });

describe('property: the check character decides, for any valid body', () => {
  it('the computed check character validates; every other character fails with the expected one named', () => {
    fc.assert(
      fc.property(validBody, (body) => {
        const check = referenceResidentIdCheck(body);
        const result = parseResidentId(body + check, TODAY);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.normalized).toBe(body + check);
        for (const other of CHECK_CHARACTERS.filter((c) => c !== check)) {
          expect(parseResidentId(body + other, TODAY)).toEqual({
            ok: false,
            errors: [{ code: 'check-character', expected: check, actual: other }],
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a lower-case x is the same as X', () => {
    fc.assert(
      fc.property(
        validBody.filter((b) => referenceResidentIdCheck(b) === 'X'),
        (body) => {
          expect(parseResidentId(`${body}x`, TODAY).ok).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('changing any one body digit is caught (MOD 11-2 detects every single substitution)', () => {
    fc.assert(
      fc.property(validBody, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const number = body + referenceResidentIdCheck(body);
        const digit = (Number(number[at]) + delta) % 10;
        const changed = number.slice(0, at) + String(digit) + number.slice(at + 1);
        const result = parseResidentId(changed, TODAY);
        expect(result.ok ? [] : result.errors.map((e) => e.code)).toContain('check-character');
      }),
      { numRuns: 500 },
    );
  });
});
