/**
 * Mainland mobile numbers and email addresses, as an office list writes
 * them and as an SMS platform or mail client needs them.
 */

/**
 * A mainland mobile number: 11 digits, 1 then 3–9 (the carriers' number
 * segments 13x–19x), written with or without the country code (+86, 0086,
 * 86) and with spaces, dashes, dots or brackets between the groups.
 * Returns the 11 digits, or undefined when it is not one.
 */
export function normaliseMobile(raw: string): string | undefined {
  let s = raw.trim().replace(/[\s\u00a0\u3000\-–—.()（）]/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  else if (s.length === 13 && s.startsWith('86')) s = s.slice(2);
  return /^1[3-9]\d{9}$/.test(s) ? s : undefined;
}

/**
 * Email syntax as a mail client will accept it for sending (RFC 5321/5322
 * dot-atom, the practical subset): one @, a local part of at most 64
 * characters without spaces, quotes, brackets or leading, trailing or
 * doubled dots, and a domain of dot-separated labels ending in an
 * alphabetic top-level domain. Internationalised domains are accepted in
 * their Unicode form. Returns the address trimmed, or undefined.
 */
export function normaliseEmail(raw: string): string | undefined {
  const s = raw.trim();
  if (s.length > 254) return undefined;
  const at = s.lastIndexOf('@');
  if (at <= 0 || at !== s.indexOf('@')) return undefined;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.length > 64 || !/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local)) return undefined;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2) return undefined;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return undefined;
    if (!/^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u.test(label)) return undefined;
  }
  if (!/^\p{L}{2,}$/u.test(labels[labels.length - 1]!)) return undefined;
  return s;
}

/** The key two rows share when they are the same person's email (the domain part is case-insensitive, and in practice the whole address is). */
export function emailKey(email: string): string {
  return email.toLowerCase();
}
