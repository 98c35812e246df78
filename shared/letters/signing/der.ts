/**
 * A small DER writer and a strict, bounds-checked BER/DER reader on
 * Uint8Array: enough ASN.1 for CMS signatures and X.509 certificates
 * without Node's Buffer (shared/ runs in the browser too) and without
 * trusting what a PDF sent to us contains.
 */

export const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  t61String: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  universalString: 0x1c,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
} as const;

// ---- writing ----

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
  return [0x80 | out.length, ...out];
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One TLV: tag, length, and the concatenated content. */
export function tlv(tag: number, ...content: readonly Uint8Array[]): Uint8Array {
  const body = concatBytes(...content);
  return concatBytes(Uint8Array.of(tag, ...lengthBytes(body.length)), body);
}

export const sequence = (...content: Uint8Array[]) => tlv(TAG.sequence, ...content);

/** A DER SET OF: its elements sorted by their encodings (X.690 §11.6), as signed attributes must be. */
export function setOf(...elements: Uint8Array[]): Uint8Array {
  return tlv(TAG.set, ...[...elements].sort(compareBytes));
}

/** `[n]` constructed, context-specific: an EXPLICIT tag, or an IMPLICIT one replacing a SET/SEQUENCE. */
export const contextTag = (n: number, ...content: Uint8Array[]) => tlv(0xa0 | n, ...content);

export const octetString = (bytes: Uint8Array) => tlv(TAG.octetString, bytes);
export const derNull = () => Uint8Array.of(TAG.null, 0);

export function oid(dotted: string): Uint8Array {
  const parts = dotted.split('.').map(Number);
  const [a = 0, b = 0, ...rest] = parts;
  const out = [40 * a + b];
  for (const value of rest) {
    const groups: number[] = [];
    let n = value;
    do {
      groups.unshift(n % 128);
      n = Math.floor(n / 128);
    } while (n > 0);
    groups.forEach((g, i) => out.push(i < groups.length - 1 ? g | 0x80 : g));
  }
  return tlv(TAG.oid, Uint8Array.from(out));
}

export function integer(value: number): Uint8Array {
  const bytes: number[] = [];
  let n = value;
  do {
    bytes.unshift(n & 0xff);
    n = Math.floor(n / 256);
  } while (n > 0);
  if ((bytes[0] ?? 0) & 0x80) bytes.unshift(0);
  return tlv(TAG.integer, Uint8Array.from(bytes));
}

/** UTCTime for years 1950–2049, GeneralizedTime after (RFC 5280 §4.1.2.5). */
export function time(ms: number): Uint8Array {
  const iso = new Date(ms).toISOString(); // 2026-09-28T02:30:00.000Z
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
  const year = Number(iso.slice(0, 4));
  return year < 2050 ? tlv(TAG.utcTime, ascii(`${digits.slice(2)}Z`)) : tlv(TAG.generalizedTime, ascii(`${digits}Z`));
}

export function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && compareBytes(a, b) === 0;
}

// ---- reading ----

export class DerError extends Error {
  override name = 'DerError';
}

export interface DerNode {
  tag: number;
  /** the whole TLV, header included (what a hash or a signature covers) */
  der: Uint8Array;
  /** the value bytes */
  content: Uint8Array;
  /** the elements of a constructed value */
  children: DerNode[];
}

const MAX_DEPTH = 40;

/** Parses one element at `offset`; BER indefinite lengths are accepted (some signers write them). */
export function parseDer(bytes: Uint8Array, offset = 0): DerNode & { end: number } {
  return parseAt(bytes, offset, bytes.length, 0);
}

function parseAt(bytes: Uint8Array, offset: number, limit: number, depth: number): DerNode & { end: number } {
  if (depth > MAX_DEPTH) throw new DerError('nested too deeply');
  if (offset + 2 > limit) throw new DerError('truncated header');
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used here');
  let at = offset + 1;
  const first = bytes[at++] as number;
  const constructed = (tag & 0x20) !== 0;
  if (first === 0x80) {
    if (!constructed) throw new DerError('indefinite length on a primitive');
    const children: (DerNode & { end: number })[] = [];
    while (true) {
      if (at + 2 > limit) throw new DerError('unterminated indefinite length');
      if (bytes[at] === 0 && bytes[at + 1] === 0) break;
      const child = parseAt(bytes, at, limit, depth + 1);
      children.push(child);
      at = child.end;
    }
    const end = at + 2;
    return { tag, der: bytes.subarray(offset, end), content: bytes.subarray(offset + 2, at), children, end };
  }
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new DerError('bad length');
    length = 0;
    for (let i = 0; i < count; i++) {
      if (at >= limit) throw new DerError('truncated length');
      length = length * 256 + (bytes[at++] as number);
    }
  }
  const end = at + length;
  if (end > limit) throw new DerError('value runs past its container');
  const content = bytes.subarray(at, end);
  const children: DerNode[] = [];
  if (constructed) {
    let c = at;
    while (c < end) {
      const child = parseAt(bytes, c, end, depth + 1);
      children.push(child);
      c = child.end;
    }
  }
  return { tag, der: bytes.subarray(offset, end), content, children, end };
}

/** The n-th child, which must exist (and have `tag`, when given). */
export function child(node: DerNode, index: number, tag?: number): DerNode {
  const c = node.children[index];
  if (!c) throw new DerError(`missing element ${index}`);
  if (tag !== undefined && c.tag !== tag) throw new DerError(`element ${index}: tag ${c.tag.toString(16)}, expected ${tag.toString(16)}`);
  return c;
}

export function readOid(node: DerNode): string {
  if (node.tag !== TAG.oid) throw new DerError('expected an OID');
  const b = node.content;
  if (b.length === 0) throw new DerError('empty OID');
  const first = b[0] as number;
  const parts = [Math.min(2, Math.floor(first / 40)), first - 40 * Math.min(2, Math.floor(first / 40))];
  let value = 0;
  for (let i = 1; i < b.length; i++) {
    const byte = b[i] as number;
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** An INTEGER's magnitude (leading zero dropped) as a BigInt. */
export function readBigInt(node: DerNode): bigint {
  if (node.tag !== TAG.integer) throw new DerError('expected an INTEGER');
  return bytesToBigInt(node.content);
}

export function bytesToBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

export function bigIntToBytes(n: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let v = n;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** An ASN.1 time as epoch milliseconds. */
export function readTime(node: DerNode): number {
  const text = String.fromCharCode(...node.content);
  const m =
    node.tag === TAG.utcTime
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text)
      : node.tag === TAG.generalizedTime
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(text)
        : null;
  if (!m) throw new DerError('expected a UTC time');
  let year = Number(m[1]);
  if (node.tag === TAG.utcTime) year += year >= 50 ? 1900 : 2000;
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

/** A directory string (UTF8String, PrintableString, BMPString…) as text. */
export function readString(node: DerNode): string {
  const b = node.content;
  switch (node.tag) {
    case TAG.utf8String:
      return new TextDecoder('utf-8').decode(b);
    case TAG.bmpString: {
      let s = '';
      for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(((b[i] as number) << 8) | (b[i + 1] as number));
      return s;
    }
    case TAG.universalString: {
      let s = '';
      for (let i = 0; i + 3 < b.length; i += 4) {
        s += String.fromCodePoint((((b[i] as number) << 24) | ((b[i + 1] as number) << 16) | ((b[i + 2] as number) << 8) | (b[i + 3] as number)) >>> 0);
      }
      return s;
    }
    default:
      return String.fromCharCode(...b);
  }
}
