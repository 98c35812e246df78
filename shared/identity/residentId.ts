import { isRealDate, type LocalDate } from '../domain/time';
import { ageOn, isChild } from './age';
import { residentIdCheckCharacter } from './checkCharacter';
import { isPlausibleAddressCode, residencePermitOf, type ResidencePermit } from './regions';

/**
 * 公民身份号码 under GB 11643-1999: 6-digit address code, 8-digit birth date
 * YYYYMMDD, 3-digit sequence (odd for men, even for women), and an ISO 7064
 * MOD 11-2 check character (0–9 or X). Numbers issued before 1999 have 15
 * digits (YYMMDD in the 1900s, no check character); they are recognised and
 * converted. The same scheme numbers the HK/Macao/Taiwan residence permits
 * (address codes 810000/820000/830000).
 *
 * Privacy: neither the results nor the errors carry the full number back out
 * of a failed parse, so an error can be shown or logged without leaking it.
 */

/** The earliest birth year we accept: GB 11643 sets none, but nobody alive was born before 1900. */
export const EARLIEST_BIRTH_YEAR = 1900;

export type Sex = 'male' | 'female';

export type ResidentIdError =
  /** neither 18 nor 15 characters */
  | { code: 'length'; length: number }
  /** a character that cannot stand at `position` (1-based): digits only, X only last */
  | { code: 'charset'; position: number; character: string }
  /** the address code's province prefix is unknown, or a permit code is not x10000 */
  | { code: 'region'; addressCode: string }
  /** the birth date is not a calendar date (`calendar`) or is before 1900 (`too-early`) */
  | { code: 'birth-date-invalid'; birthDate: string; reason: 'calendar' | 'too-early' }
  /** born after `today` */
  | { code: 'birth-date-future'; birthDate: LocalDate }
  /** the check character does not match the body */
  | { code: 'check-character'; expected: string; actual: string };

export type ResidentIdErrorCode = ResidentIdError['code'];

export interface ResidentId {
  ok: true;
  /** the 18-character number, upper-case X, converted when it was a 15-digit one */
  normalized: string;
  /** the input was a pre-1999 15-digit number */
  convertedFrom15: boolean;
  /** the first six digits */
  addressCode: string;
  birthDate: LocalDate;
  /** GB 11643 §5.3: the sequence's last digit (17th character) is odd for men, even for women */
  sex: Sex;
  /** full years on `today` */
  age: number;
  /** policy 7.1: under 14 is a child, and the case becomes a minor's case */
  minor: boolean;
  /** a HK/Macao/Taiwan residence permit (81/82/83), else null */
  permit: ResidencePermit | null;
}

export type ResidentIdResult = ResidentId | { ok: false; errors: ResidentIdError[] };

/**
 * Normal forms people type: surrounding spaces, a lower-case x, full-width
 * digits from a Chinese input method (NFKC folds `１２３Ｘ` to `123X`).
 */
function clean(input: string): string {
  return input.normalize('NFKC').trim().toUpperCase();
}

function firstBadCharacter(value: string, allowXLast: boolean): ResidentIdError | null {
  const chars = Array.from(value);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const isLast = i === chars.length - 1;
    if (/^\d$/.test(c) || (allowXLast && isLast && c === 'X')) continue;
    return { code: 'charset', position: i + 1, character: c };
  }
  return null;
}

function birthDateErrors(yyyymmdd: string, today: LocalDate): ResidentIdError[] {
  // the year first: a year before 1900 is wrong whatever the day (and isRealDate
  // would misread years 0–99 through Date.UTC)
  if (Number(yyyymmdd.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
    return [{ code: 'birth-date-invalid', birthDate: yyyymmdd, reason: 'too-early' }];
  }
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (!isRealDate(iso)) return [{ code: 'birth-date-invalid', birthDate: yyyymmdd, reason: 'calendar' }];
  // ISO dates compare correctly as strings
  if (iso > today) return [{ code: 'birth-date-future', birthDate: iso }];
  return [];
}

/**
 * Parse and validate a resident ID number (18 digits, or a legacy 15-digit
 * one) as of `today`, the current calendar day in Asia/Shanghai. Every
 * independent problem is reported (region, birth date and check character
 * are each checked even when another fails), so the officer sees all of them.
 */
export function parseResidentId(input: string, today: LocalDate): ResidentIdResult {
  if (!isRealDate(today)) throw new RangeError('today must be a real YYYY-MM-DD date');
  const value = clean(input);
  const length = Array.from(value).length;
  if (length !== 18 && length !== 15) {
    const errors: ResidentIdError[] = [{ code: 'length', length }];
    const bad = firstBadCharacter(value, true);
    if (bad) errors.push(bad);
    return { ok: false, errors };
  }

  const legacy = length === 15;
  const bad = firstBadCharacter(value, !legacy);
  if (bad) return { ok: false, errors: [bad] };

  // GB 11643 §6 (and the 1999 conversion rule): a 15-digit number becomes
  // 18 digits by writing the year in full (19YY) and appending the check character.
  const body = legacy ? `${value.slice(0, 6)}19${value.slice(6)}` : value.slice(0, 17);
  const expected = residentIdCheckCharacter(body);
  const normalized = body + expected;

  const errors: ResidentIdError[] = [];
  const addressCode = body.slice(0, 6);
  if (!isPlausibleAddressCode(addressCode)) errors.push({ code: 'region', addressCode });
  errors.push(...birthDateErrors(body.slice(6, 14), today));
  if (!legacy) {
    const actual = value.slice(17);
    if (actual !== expected) errors.push({ code: 'check-character', expected, actual });
  }
  if (errors.length > 0) return { ok: false, errors };

  const birthDate = `${body.slice(6, 10)}-${body.slice(10, 12)}-${body.slice(12, 14)}`;
  const age = ageOn(birthDate, today);
  return {
    ok: true,
    normalized,
    convertedFrom15: legacy,
    addressCode,
    birthDate,
    sex: Number(body[16]) % 2 === 1 ? 'male' : 'female',
    age,
    minor: isChild(age),
    permit: residencePermitOf(addressCode),
  };
}

/**
 * The 18-digit form of a number for matching (the same person's 15- and
 * 18-digit numbers compare equal), or null when it does not parse at all.
 * Only length and charset are required here: a matching key, not a validation.
 */
export function residentIdMatchKey(input: string): string | null {
  const value = clean(input);
  if (/^\d{17}[\dX]$/.test(value)) return value;
  if (/^\d{15}$/.test(value)) {
    const body = `${value.slice(0, 6)}19${value.slice(6)}`;
    return body + residentIdCheckCharacter(body);
  }
  return null;
}
