import { maskEmail, maskIdNumber } from '../domain/requester';

/**
 * No personal data in audit text (issue 11, SPEC §6): whatever a caller puts
 * in an event's summary or before/after — a file name holding an ID number,
 * a reason an officer typed, a sender's address — passes through here before
 * it enters the chain. It masks what can be recognised by shape: resident ID
 * numbers, mainland mobile numbers, email addresses and card-length digit
 * runs. Digests (long hex) are left alone, they are the point of the log.
 */

/** 18-character numbers (the last may be X) and legacy 15-digit ones, not inside a longer run of digits. */
const ID_NUMBER_LIKE = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])/g;
const MOBILE_LIKE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])/g;
const EMAIL_LIKE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** bank cards and other long numbers: 16–19 digits */
const CARD_LIKE = /(?<![0-9])[0-9]{16,19}(?![0-9])/g;
const HEX_DIGEST = /\b[0-9a-f]{32,}\b/g;

function maskMobile(number: string): string {
  const digits = number.replace(/\D/g, '').slice(-11);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Masks anything that looks like a resident ID number: `…330106199001011234…` → `…3301**********1234…`. */
export function redactIdNumbers(text: string): string {
  // full-width digits from a Chinese input method count too (each stays one character)
  const halfWidth = text.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return halfWidth.replace(ID_NUMBER_LIKE, (number) => maskIdNumber(number.toUpperCase()));
}

export function redactPersonalData(text: string): string {
  const digests: string[] = [];
  const held = text.replace(HEX_DIGEST, (digest) => `\u0000${digests.push(digest) - 1}\u0000`);
  const masked = redactIdNumbers(held)
    .replace(CARD_LIKE, (n) => `${n.slice(0, 4)}${'*'.repeat(n.length - 8)}${n.slice(-4)}`)
    .replace(MOBILE_LIKE, maskMobile)
    .replace(EMAIL_LIKE, maskEmail);
  return masked.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => digests[Number(i)] ?? '');
}

/** Applies redactPersonalData to every string inside a value (before/after of an event). */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (depth > 20 || value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, depth + 1)]));
}

/**
 * A file name as it may enter the audit chain (issue 11: "file names and
 * summaries are masked before they enter the chain"): a name like
 * `身份证-330106199001011234-13957401234.jpg` says whose document it is, so
 * ID numbers, phone numbers, email addresses and long digit runs are taken
 * out whole (not masked to a partial number), and any known personal string
 * the caller passes (the requester's name) too. The extension stays: it says
 * what kind of file it was.
 */
export function redactFileName(name: string, known: readonly string[] = []): string {
  let out = name.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const value of known) {
    const trimmed = value.trim();
    if ([...trimmed].length >= 2) out = out.split(trimmed).join('[name]');
  }
  return out
    .replace(EMAIL_LIKE, '[email]')
    .replace(ID_NUMBER_LIKE, '[id]')
    .replace(MOBILE_LIKE, '[phone]')
    .replace(/(?<![0-9])[0-9]{7,}(?![0-9])/g, '[number]');
}
