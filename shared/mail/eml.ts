import { SHANGHAI_OFFSET_MS } from '../domain/time';

/**
 * A small RFC 5322 / MIME writer for one thing: an unsent draft (.eml) that
 * the officer opens in their own mail client and sends — a response letter
 * with its signed PDF attached (SPEC §4), a breach notice to one person
 * (SPEC §5). UTF-8 throughout: header words RFC 2047 encoded, a file name
 * RFC 2231 encoded as well, body and attachment in base64; CRLF line ends;
 * no header line over 78 characters; no header injection from a name.
 */

export interface MailAddress {
  name?: string;
  address: string;
}

export interface EmlDraft {
  from: MailAddress;
  to: MailAddress;
  subject: string;
  /** plain text; line breaks as \n */
  text: string;
  /** a file to attach; without one the draft is a single text part */
  attachment?: { fileName: string; mimeType: string; bytes: Uint8Array };
  /** epoch ms of the Date: header */
  date: number;
  /** for the Message-ID and the boundary; random in use, fixed in tests */
  id: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

export function isMailAddress(address: string): boolean {
  return /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/.test(address);
}

/** Header text never carries a line break: a requester's name must not be able to add a header (header injection). */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without btoa, which pure code cannot count on. */
export function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out.push(B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!);
    out.push(b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!);
    out.push(c === undefined ? '=' : B64[c & 63]!);
  }
  return out.join('');
}

function base64Lines(bytes: Uint8Array): string {
  return (base64(bytes).match(/.{1,76}/g) ?? []).join(CRLF);
}

/**
 * RFC 2047 encoded words of at most 42 bytes of UTF-8 (56 characters of
 * base64, 68 with the markers: within the 75 RFC 2047 allows, and short
 * enough that `Subject: ` and a word fit the 78-character line), cut only
 * between characters, never inside one.
 */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
    chunk = [];
  };
  for (const character of text) {
    const bytes = encoder.encode(character);
    if (chunk.length + bytes.length > 42) flush();
    chunk.push(...bytes);
  }
  flush();
  return words;
}

/** Printable ASCII goes as it is; anything else as encoded words, folded one word a line. */
function headerText(text: string): string {
  const value = oneLine(text);
  if (/^[\x20-\x7e]*$/.test(value) && value.length <= 900) return value;
  return encodeWords(value).join(`${CRLF} `);
}

function addressHeader(a: MailAddress): string {
  if (!isMailAddress(a.address)) throw new Error('not a mail address');
  const name = oneLine(a.name ?? '');
  if (!name) return `<${a.address}>`;
  const display = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeWords(name).join(`${CRLF} `);
  return `${display}${CRLF} <${a.address}>`;
}

/** RFC 5322 date in Shanghai time: `Mon, 30 Nov 2026 10:00:00 +0800`. */
export function mailDate(ms: number): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0800`;
}

/** RFC 2231: `filename*=UTF-8''%E7%AD%94…`, for clients that read it; the plain or encoded-word form for the rest. */
function fileNameParameters(fileName: string): string {
  const name = oneLine(fileName).replace(/["\\]/g, '_');
  if (/^[\x20-\x7e]*$/.test(name)) return `filename="${name}"`;
  const percent = Array.from(encoder.encode(name), (b) => (/[A-Za-z0-9._-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return `filename="${encodeWords(name).join(' ')}";${CRLF} filename*=UTF-8''${percent}`;
}

export function buildEml(draft: EmlDraft): Uint8Array {
  const id = draft.id.replace(/[^A-Za-z0-9.-]/g, '');
  const boundary = `----=_CaseDesk_${id}`;
  const domain = draft.from.address.split('@')[1] ?? 'localhost';
  const headers = [
    `From: ${addressHeader(draft.from)}`,
    `To: ${addressHeader(draft.to)}`,
    `Subject: ${headerText(draft.subject)}`,
    `Date: ${mailDate(draft.date)}`,
    `Message-ID: <${id}@${domain}>`,
    'MIME-Version: 1.0',
    // Outlook opens a message with X-Unsent: 1 as a draft ready to send, not as a received mail
    'X-Unsent: 1',
  ];
  const textPart = ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64Lines(encoder.encode(draft.text.replace(/\r?\n/g, CRLF)))];
  const lines = draft.attachment
    ? [
        ...headers,
        `Content-Type: multipart/mixed;${CRLF} boundary="${boundary}"`,
        '',
        'This is a multi-part message in MIME format.',
        '',
        `--${boundary}`,
        ...textPart,
        `--${boundary}`,
        `Content-Type: ${draft.attachment.mimeType}`,
        `Content-Disposition: attachment;${CRLF} ${fileNameParameters(draft.attachment.fileName)}`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(draft.attachment.bytes),
        `--${boundary}--`,
        '',
      ]
    : [...headers, ...textPart, ''];
  return encoder.encode(lines.join(CRLF));
}
