import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { ascii } from './der';
import { buildSignedData, type CmsSigner, type SubFilter } from './cms';
import { BYTE_RANGE_PLACEHOLDER } from './placeholder';
import { fetchSignatureTimeStamp, type TimeStampTransport } from './timestamp';

export type SignError =
  | { code: 'no-placeholder' }
  /** the CMS did not fit the space reserved at rendering: render again with `contentsBytes` ≥ `needed` */
  | { code: 'placeholder-too-small'; needed: number; reserved: number }
  /** the company's time-stamping authority could not be reached or its answer did not check */
  | { code: 'timestamp-failed'; detail: string };

export interface SignOptions {
  /** PAdES B-T: the host's route to the company's TSA, and a fresh nonce for the request */
  timeStamp?: { transport: TimeStampTransport; nonce: Uint8Array };
}

export type SignResult = { ok: true; pdf: Uint8Array; sha256: string } | { ok: false; error: SignError };

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first as number, from); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first as number, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(haystack: Uint8Array, needle: Uint8Array): number {
  let found = -1;
  for (let at = indexOf(haystack, needle); at !== -1; at = indexOf(haystack, needle, at + 1)) found = at;
  return found;
}

const decoder = new TextDecoder('latin1');

/**
 * Signs a PDF prepared by `renderLetter(…, { sign })`: writes the byte ranges
 * (everything but the /Contents hex string, to the last byte of the file, so
 * that `pdfsig` reports "Total document signed"), hashes them with SHA-256,
 * builds the CMS with `signer` (time-stamped by the company's TSA when
 * `options.timeStamp` is given: PAdES B-T) and writes it into /Contents. Pure byte work
 * on Uint8Array, so the same code signs in Electron's main process (where the
 * key lives) and in the browser.
 */
export async function signPreparedPdf(prepared: Uint8Array, signer: CmsSigner, options: SignOptions = {}): Promise<SignResult> {
  const marker = ascii(BYTE_RANGE_PLACEHOLDER);
  const rangeAt = lastIndexOf(prepared, marker);
  if (rangeAt === -1) return { ok: false, error: { code: 'no-placeholder' } };
  const contentsTag = ascii('/Contents <');
  const contentsAt = indexOf(prepared, contentsTag, rangeAt + marker.length);
  const open = contentsAt + contentsTag.length - 1;
  const close = contentsAt === -1 ? -1 : prepared.indexOf(0x3e /* > */, open);
  if (contentsAt === -1 || close === -1) return { ok: false, error: { code: 'no-placeholder' } };

  // The dictionary's head (written by placeholder.ts) says the format and the time.
  const head = decoder.decode(prepared.subarray(Math.max(0, rangeAt - 300), rangeAt));
  const subFilter: SubFilter = /\/SubFilter \/adbe\.pkcs7\.detached/.test(head) ? 'adbe.pkcs7.detached' : 'ETSI.CAdES.detached';
  const m = /\/M \(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\+08'00'\)/.exec(head);
  const [y, mo, d, h, mi, s] = (m ?? []).slice(1).map(Number);
  const signingTime = m ? Date.UTC(y ?? 0, (mo ?? 1) - 1, d, (h ?? 0) - 8, mi, s) : Date.now();

  const pdf = Uint8Array.from(prepared);
  const byteRange = [0, open, close + 1, pdf.length - (close + 1)];
  const written = `/ByteRange [${byteRange.join(' ')}]`;
  if (written.length > marker.length) return { ok: false, error: { code: 'no-placeholder' } };
  pdf.set(ascii(written.slice(0, -1).padEnd(marker.length - 1, ' ') + ']'), rangeAt);

  const digest = sha256.create().update(pdf.subarray(0, open)).update(pdf.subarray(close + 1)).digest();
  const stamp = options.timeStamp;
  let cms: Uint8Array;
  try {
    cms = await buildSignedData(digest, signer, subFilter, signingTime, stamp ? (value) => fetchSignatureTimeStamp(value, stamp.transport, stamp.nonce) : undefined);
  } catch (e) {
    if (!stamp) throw e;
    return { ok: false, error: { code: 'timestamp-failed', detail: e instanceof Error ? e.message : String(e) } };
  }
  const reserved = (close - open - 1) / 2;
  if (cms.length > reserved) return { ok: false, error: { code: 'placeholder-too-small', needed: cms.length, reserved } };
  pdf.set(ascii(bytesToHex(cms)), open + 1);
  return { ok: true, pdf, sha256: bytesToHex(sha256(pdf)) };
}
