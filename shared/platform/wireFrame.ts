/**
 * Platform calls sent over HTTP between the web host's page and its own
 * server (the mailbox runs where Node is; issue 17). Structured clone carries
 * bytes across Electron's IPC; over HTTP they would have to become base64
 * inside JSON (a third larger, and slow to decode for a page of 50 mails), so
 * a call travels as one binary frame instead:
 *
 *   "CDF1" | JSON length (uint32, big-endian) | JSON | the byte arrays, one after another
 *
 * where each Uint8Array in the value is replaced in the JSON by
 * `{"$bytes":[offset,length]}` into the tail. The receiver still parses the
 * value with the message's zod schema; this only carries it.
 */

const MAGIC = [0x43, 0x44, 0x46, 0x31]; // "CDF1"
const HEADER_BYTES = 8;

export class WireFrameError extends Error {
  override readonly name = 'WireFrameError';
}

export function encodeFrame(value: unknown): Uint8Array {
  const parts: Uint8Array[] = [];
  let tail = 0;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) {
      const ref = { $bytes: [tail, v.byteLength] };
      parts.push(v);
      tail += v.byteLength;
      return ref;
    }
    return v;
  });
  const head = new TextEncoder().encode(json ?? 'null');
  const out = new Uint8Array(HEADER_BYTES + head.byteLength + tail);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, head.byteLength);
  out.set(head, HEADER_BYTES);
  let at = HEADER_BYTES + head.byteLength;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function isBytesRef(value: unknown): value is { $bytes: [number, number] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== '$bytes') return false;
  const ref: unknown = Reflect.get(value, '$bytes');
  return Array.isArray(ref) && ref.length === 2 && ref.every((n) => Number.isSafeInteger(n) && n >= 0);
}

/** The value a frame carries; the byte arrays are copies, independent of `frame`. Throws WireFrameError on anything malformed. */
export function decodeFrame(frame: Uint8Array): unknown {
  if (frame.byteLength < HEADER_BYTES || MAGIC.some((b, i) => frame[i] !== b)) throw new WireFrameError('not a CaseDesk frame');
  const headLength = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(4);
  if (HEADER_BYTES + headLength > frame.byteLength) throw new WireFrameError('frame shorter than its header says');
  const tailStart = HEADER_BYTES + headLength;
  const tailLength = frame.byteLength - tailStart;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(frame.subarray(HEADER_BYTES, tailStart));
  } catch {
    throw new WireFrameError('frame header is not UTF-8');
  }
  try {
    return JSON.parse(text, (key, v: unknown) => {
      // a key that would reach an object's prototype is dropped, never assigned
      if (key === '__proto__') return undefined;
      if (!isBytesRef(v)) return v;
      const [offset, length] = v.$bytes;
      if (offset + length > tailLength) throw new WireFrameError('a byte range lies outside the frame');
      return frame.slice(tailStart + offset, tailStart + offset + length);
    });
  } catch (error) {
    if (error instanceof WireFrameError) throw error;
    throw new WireFrameError('frame header is not JSON');
  }
}
