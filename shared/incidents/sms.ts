/**
 * What an SMS costs (3GPP TS 23.038 / 23.040, as the mainland carriers bill
 * it): a text made only of GSM 7-bit characters fits 160 in one message and
 * 153 per part once split (the rest of each part carries the concatenation
 * header); any other character, a Chinese one say, sends the whole text as
 * UCS-2: 70 per message, 67 per part. Counting is in UCS-2 code units, so a
 * character outside the BMP (𠮷, an emoji) counts 2, and a part never splits
 * it; a GSM extension character (€, [, ], {, }, \, ^, ~, |, form feed)
 * takes an escape plus itself, 2 septets, never split either.
 */

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';
const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** characters as a reader counts them (code points) */
  characters: number;
  /** what the limits count: septets for GSM-7, UTF-16 code units for UCS-2 */
  units: number;
  segments: number;
  /** units per segment for this text: 160/153 or 70/67 */
  perSegment: number;
  /** units still free in the last segment before another one is needed */
  remainingInLast: number;
}

const LIMITS: Record<SmsEncoding, { single: number; part: number }> = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
};

export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENSION.has(ch)) return 'ucs2';
  return 'gsm7';
}

/** Units of each character, in order: a part boundary may fall only between them. */
function unitsPerCharacter(text: string, encoding: SmsEncoding): number[] {
  const units: number[] = [];
  for (const ch of text) units.push(encoding === 'gsm7' ? (EXTENSION.has(ch) ? 2 : 1) : ch.length);
  return units;
}

export function countSms(text: string): SmsCount {
  const encoding = smsEncoding(text);
  const perChar = unitsPerCharacter(text, encoding);
  const units = perChar.reduce((a, b) => a + b, 0);
  const limits = LIMITS[encoding];
  if (units === 0) return { encoding, characters: 0, units: 0, segments: 0, perSegment: limits.single, remainingInLast: limits.single };
  if (units <= limits.single) {
    return { encoding, characters: perChar.length, units, segments: 1, perSegment: limits.single, remainingInLast: limits.single - units };
  }
  // fill parts greedily; a character that would straddle a boundary starts the next part
  let segments = 1;
  let used = 0;
  for (const u of perChar) {
    if (used + u > limits.part) {
      segments++;
      used = 0;
    }
    used += u;
  }
  return { encoding, characters: perChar.length, units, segments, perSegment: limits.part, remainingInLast: limits.part - used };
}
