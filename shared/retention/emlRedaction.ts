import { sha256Hex } from '../audit/chain';
import { binaryToBytes, bytesToBinary } from '../intake/bytes';
import { headerValue, scanMime, transferEncoding, unfold } from '../intake/rawScan';

/**
 * "A raw .eml is kept without the purged attachment" (issue 11): an ID scan
 * that arrived attached to a message is purged from the message too. The
 * part whose decoded content has the attachment's SHA-256 is replaced by a
 * short text part that says what was there (its digest) and when it went;
 * every other byte of the message — headers, body, the other parts — stays
 * as received. Works on the MIME skeleton (rawScan.ts), decodes only the
 * candidate parts (base64, quoted-printable, 7bit/8bit/binary).
 *
 * Returns undefined when no part holds those bytes: the caller then purges
 * the raw message as well, rather than keep a scan it could not cut out.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

function decodeBase64(text: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of text) {
    const v = B64_VALUE.get(c);
    if (v === undefined) continue; // line breaks, padding, stray characters
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function decodeQuotedPrintable(binary: string): Uint8Array {
  const text = binary.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const hex = c === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(c.charCodeAt(0) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** The ways a part's body may decode to the attachment (a body before a delimiter ends with the delimiter's line break). */
function decodings(encoding: string, body: string): Uint8Array[] {
  const trimmed = body.replace(/\r?\n$/, '');
  if (encoding === 'base64') return [decodeBase64(body)];
  if (encoding === 'quoted-printable') return [decodeQuotedPrintable(trimmed), decodeQuotedPrintable(body)];
  return [binaryToBytes(trimmed), binaryToBytes(body)];
}

export function withoutAttachment(raw: Uint8Array, sha256: string, at: string): Uint8Array | undefined {
  const binary = bytesToBinary(raw);
  const skeleton = scanMime(binary);
  for (const part of skeleton.parts) {
    const contentType = headerValue(unfold(binary.slice(part.header.start, part.header.end)), 'content-type') ?? '';
    if (/^\s*multipart\//i.test(contentType)) continue;
    const body = binary.slice(part.header.bodyStart, part.bodyEnd);
    const encoding = transferEncoding(binary, part.header);
    if (!decodings(encoding, body).some((bytes) => sha256Hex(bytes) === sha256)) continue;
    const replacement = [
      'Content-Type: text/plain; charset=us-ascii',
      'Content-Transfer-Encoding: 7bit',
      `X-CaseDesk-Purged: sha256=${sha256}; at=${at}`,
      '',
      `[attachment purged by CaseDesk under privacy policy 5.5; SHA-256 ${sha256}]`,
      '',
    ].join('\r\n');
    return binaryToBytes(binary.slice(0, part.header.start) + replacement + binary.slice(part.bodyEnd));
  }
  return undefined;
}
