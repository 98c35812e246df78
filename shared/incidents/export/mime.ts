/**
 * A small MIME writer for notice drafts (.eml): plain text in UTF-8, base64
 * body, RFC 2047 encoded-words for any header that is not plain ASCII, and
 * `X-Unsent: 1` so that Outlook opens the file as a draft ready to send
 * rather than as a received message. Other clients (Thunderbird, Foxmail)
 * open it as a message whose "edit as new" sends it.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return out;
}

const encoder = new TextEncoder();
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * RFC 2047 B-encoded words in UTF-8, each at most 75 characters
 * (`=?UTF-8?B?` + 60 base64 characters + `?=`), split between characters,
 * never inside one, folded onto continuation lines. ASCII text stays as is.
 */
export function encodeHeaderWord(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  for (const ch of text) {
    const n = encoder.encode(ch).length;
    if (chunkBytes + n > 45) {
      words.push(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += ch;
    chunkBytes += n;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(encoder.encode(w))}?=`).join('\r\n ');
}

/** `"Display Name" <address>` with the name encoded when it must be. */
export function mailbox(name: string, address: string): string {
  const trimmed = name.trim();
  if (!trimmed) return `<${address}>`;
  if (PRINTABLE_ASCII.test(trimmed)) return `"${trimmed.replace(/["\\]/g, '\\$&')}" <${address}>`;
  return `${encodeHeaderWord(trimmed)} <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 §3.3 date in Shanghai time: `Mon, 30 Nov 2026 10:00:00 +0800`. */
export function rfc5322Date(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0800`;
}

export interface EmlDraft {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  body: string;
  dateMs: number;
}

/** One message as .eml bytes: CRLF throughout, the body base64 in lines of 76. */
export function writeEml(draft: EmlDraft): Uint8Array {
  const body = base64(encoder.encode(draft.body.replace(/\r?\n/g, '\r\n')));
  const lines = [
    `From: ${mailbox(draft.from.name, draft.from.address)}`,
    `To: ${mailbox(draft.to.name, draft.to.address)}`,
    `Subject: ${encodeHeaderWord(draft.subject)}`,
    `Date: ${rfc5322Date(draft.dateMs)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
    '',
    ...(body.match(/.{1,76}/g) ?? []),
    '',
  ];
  return encoder.encode(lines.join('\r\n'));
}
