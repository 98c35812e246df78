/**
 * 统一社会信用代码 under GB 32100-2015: 18 characters from the 31-character
 * set 0-9 A-H J-N P-R T-U W-Y (I, O, S, V and Z are never used, to avoid
 * confusion with 1, 0, 5, U and 2).
 *
 *   position 1      registration authority (登记管理部门代码: 1 机构编制, 5 民政, 9 工商, Y 其他 …)
 *   position 2      organisation type (机构类别代码)
 *   positions 3–8   administrative division code of the registering authority (登记管理机关行政区划码)
 *   positions 9–17  organisation code (主体标识码, GB 11714)
 *   position 18     check character
 *
 * Check (GB 32100 §5 / Appendix): each of the first 17 characters has the value
 * of its index in the set above; weights are 3^(i-1) mod 31
 * (1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28); the check value is
 * 31 − (Σ value × weight mod 31), where 31 is written as 0.
 *
 * Only the character set and the check are enforced. Some real codes are known
 * to fail the check (issue 5), so a code that fails only the check is
 * reported as such (`failedOnlyCheck`) for an officer to accept with a
 * recorded reason.
 */
export const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeError =
  | { code: 'length'; length: number }
  /** a character outside the set, at `position` (1-based) */
  | { code: 'charset'; position: number; character: string }
  | { code: 'check-character'; expected: string; actual: string };

export type CreditCodeErrorCode = CreditCodeError['code'];

export interface CreditCodeParts {
  registrationAuthority: string;
  organisationType: string;
  regionCode: string;
  organisationCode: string;
  checkCharacter: string;
}

export type CreditCodeResult =
  | { ok: true; normalized: string; parts: CreditCodeParts }
  | {
      ok: false;
      errors: CreditCodeError[];
      /**
       * Only the check character is wrong: the officer may accept the code
       * with a recorded reason (the UI offers the override; see IdentityCheck.overrides).
       */
      failedOnlyCheck: boolean;
      /** the cleaned code, present when only the check failed (it is what the override accepts) */
      normalized?: string;
    };

/** The check character for the first 17 characters; throws unless they are 17 characters of the set. */
export function creditCodeCheckCharacter(body: string): string {
  if (body.length !== 17) throw new RangeError('a credit code body is 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(body[i]!);
    if (value < 0) throw new RangeError('a credit code body uses the GB 32100 character set');
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31]!;
}

/** Surrounding spaces, full-width characters from an input method, lower case. */
function clean(input: string): string {
  return input.normalize('NFKC').trim().toUpperCase();
}

export function parseCreditCode(input: string): CreditCodeResult {
  const value = clean(input);
  const chars = Array.from(value);
  const errors: CreditCodeError[] = [];
  if (chars.length !== 18) errors.push({ code: 'length', length: chars.length });
  const badAt = chars.findIndex((c) => !CREDIT_CODE_CHARACTERS.includes(c));
  if (badAt >= 0) errors.push({ code: 'charset', position: badAt + 1, character: chars[badAt]! });
  if (errors.length > 0) return { ok: false, errors, failedOnlyCheck: false };

  const expected = creditCodeCheckCharacter(value.slice(0, 17));
  const actual = value.slice(17);
  if (actual !== expected) {
    return { ok: false, errors: [{ code: 'check-character', expected, actual }], failedOnlyCheck: true, normalized: value };
  }
  return {
    ok: true,
    normalized: value,
    parts: {
      registrationAuthority: value.slice(0, 1),
      organisationType: value.slice(1, 2),
      regionCode: value.slice(2, 8),
      organisationCode: value.slice(8, 17),
      checkCharacter: actual,
    },
  };
}
