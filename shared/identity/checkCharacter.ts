/**
 * The check character of a resident ID number: ISO 7064 MOD 11-2, as
 * GB 11643-1999 §5.4 specifies it. Each of the 17 body digits is weighted by
 * 2^(18-i) mod 11 (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2); the weighted sum
 * modulo 11 picks the character from `10X98765432`, where X stands for 10.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/** The check character for a 17-digit body; throws on anything but 17 ASCII digits (a programming error). */
export function residentIdCheckCharacter(body: string): string {
  if (!/^\d{17}$/.test(body)) throw new RangeError('a resident ID body is 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}
