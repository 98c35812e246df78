import type { LocalDate } from '../../../shared/domain/time';
import { normaliseEmail, normaliseMainlandPhone } from '../../../shared/intake';

/**
 * The checks of the form for a letter on paper and the other channels
 * (SPEC §1 Postal; issue 4: "a future receipt date, a missing scan for a
 * request that needs one, an invalid mainland phone number"). Pure, so they
 * are tested without a form.
 */

/**
 * A mainland number as people write it (spaces, dashes, +86): an 11-digit
 * mobile (1[3-9]…); a landline with its area code — 010, 02X or a three-digit
 * code from 03XX to 09XX — and a 7- or 8-digit local number that does not
 * start with 0 or 1; or a 400/800 service number.
 */
export function isValidMainlandPhone(value: string): boolean {
  const digits = normaliseMainlandPhone(value);
  if (!digits) return false;
  return /^1[3-9]\d{9}$/.test(digits) || /^0(?:10|2\d|[3-9]\d{2})[2-9]\d{6,7}$/.test(digits) || /^[48]00\d{7}$/.test(digits);
}

/** 邮政编码: six digits. */
export function isValidPostcode(value: string): boolean {
  return /^\d{6}$/.test(value.trim());
}

export function isValidEmail(value: string): boolean {
  return normaliseEmail(value) !== undefined;
}

export type DateProblem = 'receivedInFuture' | 'postmarkAfterReceipt' | 'postmarkInFuture';

/** 签收日期 starts the clock and cannot lie ahead; the postmark, if recorded, cannot be later than the receipt. */
export function dateProblems(received: LocalDate | undefined, postmark: LocalDate | undefined, today: LocalDate): DateProblem[] {
  const problems: DateProblem[] = [];
  if (received && received > today) problems.push('receivedInFuture');
  if (postmark && postmark > today) problems.push('postmarkInFuture');
  else if (postmark && received && postmark > received) problems.push('postmarkAfterReceipt');
  return problems;
}

/** The scan formats the form takes, recognised by their first bytes (a renamed file is not taken for a scan). */
export type ScanType = 'application/pdf' | 'image/jpeg' | 'image/png';

export function scanTypeOf(bytes: Uint8Array): ScanType | undefined {
  const starts = (magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return undefined;
}
