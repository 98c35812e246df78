/**
 * The bytes of a picked .ics file as text. A State Council schedule is a
 * few kilobytes; anything near the cap is not one, and reading it would only
 * freeze the screen.
 */
export const MAX_ICS_BYTES = 2 * 1024 * 1024;

export type IcsText = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-text' };

export function decodeIcsBytes(bytes: Uint8Array): IcsText {
  if (bytes.byteLength > MAX_ICS_BYTES) return { ok: false, reason: 'too-large' };
  // RFC 5545 says UTF-8; older Chinese feeds and Outlook exports on Chinese Windows are GB18030
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      if (text.includes('\u0000')) return { ok: false, reason: 'not-text' };
      return { ok: true, text };
    } catch {
      // not this encoding: try the next
    }
  }
  return { ok: false, reason: 'not-text' };
}
