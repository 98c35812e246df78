import { gcm } from '@noble/ciphers/aes.js';

/**
 * AES-256-GCM sealing of records at rest (issue 11: personal data encrypted
 * in IndexedDB with AES-GCM). Synchronous on purpose: a Dexie transaction
 * ends as soon as the code inside it awaits anything that is not IndexedDB
 * (Web Crypto included), so records are sealed and opened inside the
 * transaction with @noble/ciphers (audited, no dependencies).
 *
 * Format: one version byte, the 12-byte random nonce, then ciphertext + tag.
 * The associated data binds a ciphertext to its place (table and primary
 * key), so a sealed value copied onto another row does not open.
 */
export const SEAL_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

const utf8 = new TextEncoder();

export function associatedData(context: string): Uint8Array {
  return utf8.encode(context);
}

export function sealBytes(key: Uint8Array, plaintext: Uint8Array, context: string): Uint8Array {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ciphertext = gcm(key, nonce, associatedData(context)).encrypt(plaintext);
  const out = new Uint8Array(1 + NONCE_BYTES + ciphertext.byteLength);
  out[0] = SEAL_VERSION;
  out.set(nonce, 1);
  out.set(ciphertext, 1 + NONCE_BYTES);
  return out;
}

/** Throws SealError when the bytes are not a sealed value of this key and place (altered, swapped, or another key). */
export function openBytes(key: Uint8Array, sealed: Uint8Array, context: string): Uint8Array {
  if (sealed.byteLength < 1 + NONCE_BYTES + TAG_BYTES || sealed[0] !== SEAL_VERSION) throw new SealError('not a sealed value');
  const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
  try {
    return gcm(key, nonce, associatedData(context)).decrypt(sealed.subarray(1 + NONCE_BYTES));
  } catch {
    throw new SealError('sealed value does not open with this key here');
  }
}

export function isSealed(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.byteLength >= 1 + NONCE_BYTES + TAG_BYTES && value[0] === SEAL_VERSION;
}
