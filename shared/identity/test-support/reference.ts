/**
 * Independent references for the tests, written from the definitions rather
 * than from the tables the code uses (published examples are sometimes
 * wrong, and a test that shares the code's table would share its typo):
 *
 * - ISO 7064 MOD 11-2 (GB 11643 §5.4): weight of position i (1-based, the
 *   check character is position 1 counted from the right) is 2^(i-1) mod 11;
 *   the check value c makes Σ(a_i · W_i) + c ≡ 1 (mod 11), written X for 10.
 * - GB 32100 §5: weight of position i (1-based from the left) is 3^(i-1) mod 31;
 *   the check value is 31 − (Σ mod 31), 31 written as 0.
 */

export function referenceResidentIdCheck(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const positionFromRight = 18 - i; // the first body digit is position 18
    sum += Number(body17[i]) * (2 ** (positionFromRight - 1) % 11);
  }
  // c ≡ 1 − sum (mod 11)
  const c = (((1 - sum) % 11) + 11) % 11;
  return c === 10 ? 'X' : String(c);
}

const USCC_SET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function referenceCreditCodeCheck(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_SET.indexOf(body17[i]!) * (3 ** i % 31);
  const c = 31 - (sum % 31);
  return USCC_SET[c === 31 ? 0 : c]!;
}

/** A full 18-digit number with its correct check character. */
export function withResidentIdCheck(body17: string): string {
  return body17 + referenceResidentIdCheck(body17);
}
