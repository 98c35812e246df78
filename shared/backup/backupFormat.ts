import { gcm } from '@noble/ciphers/aes.js';
import { hmac } from '@noble/hashes/hmac.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { ByteReader } from './byteReader';

/**
 * The encrypted backup file (issue 11, SPEC §6: "an encrypted backup file of
 * the whole store … restore checks integrity before it replaces anything").
 *
 *   "CDBACKUP" · u32 header length · header (JSON) · frame* 
 *   frame = u32 ciphertext length · AES-256-GCM(frame plaintext) with its tag
 *
 * The key comes from the passphrase through scrypt (memory-hard, from
 * @noble/hashes; N = 2^17, r = 8, p = 1 by default, recorded in the header)
 * with a random salt, so every file has its own key and a frame's nonce can
 * simply be its index. Each frame's associated data binds it to this file's
 * header, to its position and to whether it is the last one: a frame moved,
 * dropped, swapped with another file's or altered fails to open, and a file
 * that ends without a frame marked final is truncated. The passphrase check
 * in the header tells a wrong passphrase from an altered file.
 *
 * Everything is streamed a frame (about 1 MB) at a time in both directions,
 * so a 5 GB store never needs 5 GB of memory.
 */

export const BACKUP_FORMAT_VERSION = 1;
export const DEFAULT_FRAME_BYTES = 1024 * 1024;
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const MAGIC = new TextEncoder().encode('CDBACKUP');
const TAG_BYTES = 16;
/** a header past this is not one of ours */
const MAX_HEADER_BYTES = 64 * 1024;
/** scrypt's work factor is read from the file: a hostile one must not take the machine's memory */
const MAX_SCRYPT_N = 2 ** 20;
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export const backupErrorKinds = [
  /** the passphrase does not open this file */
  'wrong-passphrase',
  /** the file ends before its last frame */
  'truncated',
  /** a byte of the file was changed, or frames were moved, dropped or added */
  'altered',
  /** written by a newer CaseDesk (file format or store schema) */
  'newer-version',
  /** not a CaseDesk backup at all */
  'not-a-backup',
] as const;
export type BackupErrorKind = (typeof backupErrorKinds)[number];

export class BackupError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'BackupError';
  }
}

export const backupHeaderSchema = z.object({
  format: z.number().int().positive(),
  /** the store's schema version (Dexie's version number) the backup was made at */
  appSchema: z.number().int().positive(),
  createdAt: z.string().max(40),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().min(2).max(MAX_SCRYPT_N),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().regex(/^[0-9a-f]{32,128}$/),
  }),
  /** HMAC of a fixed text under the check key: a wrong passphrase is named as such */
  check: z.string().regex(/^[0-9a-f]{64}$/),
  frameBytes: z.number().int().min(1).max(MAX_FRAME_BYTES),
  /** free, non-personal facts for the restore screen (counts, the app version) */
  about: z.record(z.string(), z.union([z.string().max(200), z.number()])).optional(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export interface BackupOptions {
  passphrase: string;
  appSchema: number;
  createdAt: string;
  about?: Record<string, string | number>;
  frameBytes?: number;
  /** tests use a smaller work factor; files record theirs */
  scrypt?: { N: number; r: number; p: number };
}

interface DerivedKeys {
  encryption: Uint8Array;
  check: string;
}

async function deriveKeys(passphrase: string, kdf: BackupHeader['kdf']): Promise<DerivedKeys> {
  const out = await scryptAsync(passphrase.normalize('NFC'), hexToBytes(kdf.salt), { N: kdf.N, r: kdf.r, p: kdf.p, dkLen: 64, maxmem: 2 ** 31 });
  const encryption = out.slice(0, 32);
  const check = bytesToHex(hmac(sha256, out.subarray(32), new TextEncoder().encode('casedesk-backup-passphrase-check')));
  out.fill(0);
  return { encryption, check };
}

function nonceOf(index: number): Uint8Array {
  const nonce = new Uint8Array(12);
  new DataView(nonce.buffer).setBigUint64(4, BigInt(index));
  return nonce;
}

function associatedData(headerDigest: Uint8Array, index: number, final: boolean): Uint8Array {
  const label = new TextEncoder().encode('casedesk-backup-frame');
  const out = new Uint8Array(label.length + 32 + 8 + 1);
  out.set(label, 0);
  out.set(headerDigest, label.length);
  new DataView(out.buffer).setBigUint64(label.length + 32, BigInt(index));
  out[out.length - 1] = final ? 1 : 0;
  return out;
}

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

function readU32(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Re-cuts a stream of chunks of any size into frames of `size` bytes (the last may be shorter), one ahead so the last is known. */
async function* framesOf(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<{ bytes: Uint8Array; final: boolean }> {
  let parts: Uint8Array[] = [];
  let held = 0;
  let ready: Uint8Array | undefined;
  for await (const chunk of source) {
    let rest = chunk;
    while (rest.byteLength > 0) {
      const take = Math.min(size - held, rest.byteLength);
      parts.push(rest.subarray(0, take));
      held += take;
      rest = rest.subarray(take);
      if (held === size) {
        if (ready) yield { bytes: ready, final: false };
        ready = concat(parts);
        parts = [];
        held = 0;
      }
    }
  }
  if (held > 0) {
    if (ready) yield { bytes: ready, final: false };
    yield { bytes: concat(parts), final: true };
  } else {
    yield { bytes: ready ?? new Uint8Array(0), final: true };
  }
}

/** Encrypts a stream of plain bytes into a backup file, yielded piece by piece (the header, then one piece per frame). */
export async function* encryptBackup(source: AsyncIterable<Uint8Array>, options: BackupOptions): AsyncGenerator<Uint8Array> {
  const params = options.scrypt ?? DEFAULT_SCRYPT;
  const kdf = { name: 'scrypt' as const, ...params, salt: bytesToHex(crypto.getRandomValues(new Uint8Array(16))) };
  const keys = await deriveKeys(options.passphrase, kdf);
  const header: BackupHeader = backupHeaderSchema.parse({
    format: BACKUP_FORMAT_VERSION,
    appSchema: options.appSchema,
    createdAt: options.createdAt,
    kdf,
    check: keys.check,
    frameBytes: options.frameBytes ?? DEFAULT_FRAME_BYTES,
    ...(options.about ? { about: options.about } : {}),
  });
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const headerDigest = sha256(headerBytes);
  yield concat([MAGIC, u32(headerBytes.byteLength), headerBytes]);
  let index = 0;
  for await (const frame of framesOf(source, header.frameBytes)) {
    const sealed = gcm(keys.encryption, nonceOf(index), associatedData(headerDigest, index, frame.final)).encrypt(frame.bytes);
    yield concat([u32(sealed.byteLength), sealed]);
    index++;
  }
}

/** Reads and checks the header: not a backup, or one from a newer CaseDesk, is refused before any key is derived. */
export async function readBackupHeader(reader: ByteReader, currentAppSchema: number): Promise<{ header: BackupHeader; headerBytes: Uint8Array }> {
  const magic = await reader.read(MAGIC.byteLength);
  if (magic.byteLength < MAGIC.byteLength || magic.some((b, i) => b !== MAGIC[i])) throw new BackupError('not-a-backup', 'no CaseDesk backup signature');
  const lengthBytes = await reader.read(4);
  if (lengthBytes.byteLength < 4) throw new BackupError('truncated', 'the file ends inside its header');
  const length = readU32(lengthBytes);
  if (length === 0 || length > MAX_HEADER_BYTES) throw new BackupError('altered', `header length ${length}`);
  const headerBytes = await reader.read(length);
  if (headerBytes.byteLength < length) throw new BackupError('truncated', 'the file ends inside its header');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  } catch {
    throw new BackupError('altered', 'the header is not JSON');
  }
  // the versions are read before the rest is checked: a newer file may have a header this version does not know
  const format: unknown = json && typeof json === 'object' ? Reflect.get(json, 'format') : undefined;
  const appSchema: unknown = json && typeof json === 'object' ? Reflect.get(json, 'appSchema') : undefined;
  if (typeof format === 'number' && format > BACKUP_FORMAT_VERSION) throw new BackupError('newer-version', `file format ${format}, this CaseDesk reads ${BACKUP_FORMAT_VERSION}`);
  if (typeof appSchema === 'number' && appSchema > currentAppSchema) throw new BackupError('newer-version', `store schema ${appSchema}, this CaseDesk has ${currentAppSchema}`);
  const parsed = backupHeaderSchema.safeParse(json);
  if (!parsed.success) throw new BackupError('altered', 'the header does not have the expected fields');
  return { header: parsed.data, headerBytes };
}

/**
 * Decrypts a backup file frame by frame, yielding each frame's plain bytes
 * once it has been authenticated. Throws BackupError: wrong passphrase,
 * truncated, altered, newer version, not a backup. A caller that must change
 * nothing unless the whole file is sound consumes every frame before using
 * any (restore writes the plain stream aside first; see renderer/db/backup/).
 */
export async function* decryptBackup(
  source: AsyncIterable<Uint8Array>,
  options: { passphrase: string; currentAppSchema: number; onHeader?: (header: BackupHeader) => void },
): AsyncGenerator<Uint8Array> {
  const reader = new ByteReader(source);
  const { header, headerBytes } = await readBackupHeader(reader, options.currentAppSchema);
  options.onHeader?.(header);
  const keys = await deriveKeys(options.passphrase, header.kdf);
  if (keys.check !== header.check) throw new BackupError('wrong-passphrase', 'the passphrase check does not match');
  const headerDigest = sha256(headerBytes);
  for (let index = 0; ; index++) {
    const lengthBytes = await reader.read(4);
    if (lengthBytes.byteLength === 0) throw new BackupError('truncated', `the file ends after ${index} frames, none marked last`);
    if (lengthBytes.byteLength < 4) throw new BackupError('truncated', `the file ends inside frame ${index}`);
    const length = readU32(lengthBytes);
    if (length < TAG_BYTES || length > header.frameBytes + TAG_BYTES) throw new BackupError('altered', `frame ${index} has length ${length}`);
    const sealed = await reader.read(length);
    if (sealed.byteLength < length) throw new BackupError('truncated', `the file ends inside frame ${index}`);
    const plain = openFrame(keys.encryption, headerDigest, index, sealed);
    if (!plain) throw new BackupError('altered', `frame ${index} does not authenticate`);
    yield plain.bytes;
    if (plain.final) {
      if (!(await reader.atEnd())) throw new BackupError('altered', 'bytes follow the last frame');
      return;
    }
  }
}

function openFrame(key: Uint8Array, headerDigest: Uint8Array, index: number, sealed: Uint8Array): { bytes: Uint8Array; final: boolean } | undefined {
  for (const final of [false, true]) {
    try {
      return { bytes: gcm(key, nonceOf(index), associatedData(headerDigest, index, final)).decrypt(sealed), final };
    } catch {
      // not with this flag: try the other, then it is altered
    }
  }
  return undefined;
}
