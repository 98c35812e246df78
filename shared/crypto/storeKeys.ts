import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * The keys of one case store, all derived from one 32-byte master secret
 * that lives only in the OS keychain (Electron safeStorage, unwrapped in the
 * main process) or, on the web host, wrapped by a non-extractable Web Crypto
 * key. Deriving them apart means a leaked blind index never helps to open a
 * record, and the audit head's MAC key is not the record key.
 */
export interface StoreKeys {
  /** AES-256-GCM key of sealed record fields and blobs */
  readonly records: Uint8Array;
  /** HMAC-SHA-256 key of blind indexes (email, phone, ID number… looked up without storing them) */
  readonly blindIndex: Uint8Array;
  /** HMAC-SHA-256 key that authenticates the head of this workstation's audit chain */
  readonly auditHead: Uint8Array;
}

export const MASTER_KEY_BYTES = 32;

const info = (label: string) => new TextEncoder().encode(`casedesk/store/v1/${label}`);

export function deriveStoreKeys(master: Uint8Array): StoreKeys {
  if (master.byteLength !== MASTER_KEY_BYTES) throw new Error(`a store master key is ${MASTER_KEY_BYTES} bytes`);
  const salt = new Uint8Array(0);
  return {
    records: hkdf(sha256, master, salt, info('records'), 32),
    blindIndex: hkdf(sha256, master, salt, info('blind-index'), 32),
    auditHead: hkdf(sha256, master, salt, info('audit-head'), 32),
  };
}

export function generateMasterKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(MASTER_KEY_BYTES));
}
