/**
 * Byte helpers for looking at raw mail. Mail headers and MIME delimiters are
 * ASCII (RFC 5322 §2.2, RFC 2046 §5.1.1), so the raw message is scanned as a
 * "binary string" — one UTF-16 unit per byte — where string offsets equal
 * byte offsets and no byte can be lost to a decoder. (TextDecoder('latin1')
 * will not do: WHATWG maps that label to windows-1252, which remaps 0x80–0x9F.)
 */

const CHUNK = 0x8000;

export function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    // a typed array is array-like: apply() takes it as is (chunked: argument counts are limited)
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

export function binaryToBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
}

/** Offset of the blank line that ends a header block (CRLF or bare LF), and the offset where the body starts. */
export function headerBlockEnd(binary: string, from = 0): { headerEnd: number; bodyStart: number } | undefined {
  const crlf = binary.indexOf('\r\n\r\n', from);
  const lf = binary.indexOf('\n\n', from);
  if (crlf < 0 && lf < 0) return undefined;
  if (lf < 0 || (crlf >= 0 && crlf < lf)) return { headerEnd: crlf, bodyStart: crlf + 4 };
  return { headerEnd: lf, bodyStart: lf + 2 };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes are well-formed UTF-8 (plain ASCII included). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes strictly; undefined when the bytes are not valid in that encoding (or the runtime lacks it). */
export function decodeStrict(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function hasEightBit(binary: string): boolean {
  for (let i = 0; i < binary.length; i++) if (binary.charCodeAt(i) > 0x7f) return true;
  return false;
}
