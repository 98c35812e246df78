/**
 * Does the signing certificate name the officer who signs with it (issue 14)?
 * A certificate for another person, or one whose name was garbled between
 * encodings, is shown and must be confirmed before it is used.
 * - `match`: the subject's common name is the officer's name (or contains it,
 *   as "王敏（法务部）" does), ignoring spaces and case; or the officer's
 *   romanised name ("Wang Min" / "WANG Min" / "Min Wang");
 * - `mismatch`: it names someone else;
 * - `garbled`: it holds U+FFFD, control characters, or UTF-8 read as Latin-1
 *   ("çŽ‹æ•" for 王敏).
 */
export type CertificateNameCheck = 'match' | 'mismatch' | 'garbled';

export function certificateNameCheck(commonName: string, officerName: string, romanisedName?: string): CertificateNameCheck {
  if (looksGarbled(commonName)) return 'garbled';
  const cn = normalise(commonName);
  if (!cn) return 'mismatch';
  const names = [officerName, ...(romanisedName ? [romanisedName, romanisedName.split(/\s+/).reverse().join(' ')] : [])].map(normalise).filter(Boolean);
  return names.some((n) => cn === n || cn.includes(n)) ? 'match' : 'mismatch';
}

function normalise(s: string): string {
  return s.normalize('NFKC').replace(/[\s·・.]/g, '').toLowerCase();
}

/** Windows-1252's characters in 0x80–0x9F, as UTF-8 mistaken for it shows them. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function looksGarbled(s: string): boolean {
  if (s.includes('\uFFFD')) return true;
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s)) return true;
  return latin1AsUtf8(s);
}

/** The text, read back as the bytes it was mistaken for, is UTF-8 with at least one multi-byte character. */
function latin1AsUtf8(s: string): boolean {
  const bytes: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else {
      const i = CP1252.indexOf(ch);
      if (i < 0) return false; // a real character outside Latin-1 (Chinese, say): not mistaken bytes
      bytes.push(0x80 + i);
    }
  }
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    if (need > 0) multiByte++;
    i += need + 1;
  }
  return multiByte > 0;
}
