import { fail, ok, type Result } from '../../../shared/platform/result';
import { done, request } from './idbRequest';

/**
 * The web host's keychain. A browser has no OS keychain, so secrets are
 * encrypted with AES-GCM under a Web Crypto key that is generated
 * non-extractable and kept in its own IndexedDB database (a CryptoKey is
 * stored by structured clone; its key material cannot be read back by any
 * script). Only ciphertext is stored. This keeps secrets out of reach of
 * anything that reads the profile's data as bytes or exports the case store,
 * though not of code running in the page itself — weaker than the desktop's
 * OS keychain, which is why the desktop is the production host.
 */
export const KEYRING_DB = 'casedesk-keyring';
const DB_VERSION = 1;
const KEY_STORE = 'keys';
const SECRET_STORE = 'secrets';
const VAULT_KEY_ID = 'vault-key';

export interface StoredSecret {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

export interface SecretVaultDeps {
  indexedDB: IDBFactory;
  crypto: Crypto;
}

type Empty = Record<string, never>;


/** Binds a ciphertext to its name, so one secret's record copied over another's does not decrypt. */
function associatedData(name: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`casedesk-secret:${name}`);
}

export class SecretVault {
  private db: Promise<IDBDatabase> | undefined;
  private key: Promise<CryptoKey> | undefined;

  constructor(private readonly deps: SecretVaultDeps) {}

  async set(name: string, value: string): Promise<Result<Empty>> {
    try {
      const key = await this.vaultKey();
      const iv = this.deps.crypto.getRandomValues(new Uint8Array(12));
      const plaintext = new TextEncoder().encode(value);
      const encrypted = await this.deps.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(name) }, key, plaintext);
      const record: StoredSecret = { iv, ciphertext: new Uint8Array(encrypted) };
      const tx = (await this.open()).transaction(SECRET_STORE, 'readwrite');
      tx.objectStore(SECRET_STORE).put(record, name);
      await done(tx);
      return ok({});
    } catch {
      return fail('keychain-unavailable', 'web keyring could not store the secret');
    }
  }

  async get(name: string): Promise<Result<{ value: string | null }>> {
    let record: unknown;
    let key: CryptoKey;
    try {
      key = await this.vaultKey();
      const tx = (await this.open()).transaction(SECRET_STORE, 'readonly');
      record = await request(tx.objectStore(SECRET_STORE).get(name));
    } catch {
      return fail('keychain-unavailable', 'web keyring could not be opened');
    }
    if (record === undefined) return ok({ value: null });
    if (!isStoredSecret(record)) return fail('keychain-unavailable', 'stored secret could not be decrypted');
    try {
      const plain = await this.deps.crypto.subtle.decrypt({ name: 'AES-GCM', iv: record.iv, additionalData: associatedData(name) }, key, record.ciphertext);
      return ok({ value: new TextDecoder('utf-8', { fatal: true }).decode(plain) });
    } catch {
      // AES-GCM's tag failed: the record was altered, or the key is not the one it was made with.
      return fail('keychain-unavailable', 'stored secret could not be decrypted');
    }
  }

  async delete(name: string): Promise<Result<Empty>> {
    try {
      const tx = (await this.open()).transaction(SECRET_STORE, 'readwrite');
      tx.objectStore(SECRET_STORE).delete(name);
      await done(tx);
      return ok({});
    } catch {
      return fail('keychain-unavailable', 'web keyring could not delete the secret');
    }
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = this.deps.indexedDB.open(KEYRING_DB, DB_VERSION);
      req.onupgradeneeded = () => {
        req.result.createObjectStore(KEY_STORE);
        req.result.createObjectStore(SECRET_STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
      req.onblocked = () => reject(new Error('IndexedDB open blocked'));
    }).catch((error: unknown) => {
      this.db = undefined; // let a later call try again
      throw error;
    });
    return this.db;
  }

  /**
   * The vault key, made on first use. A candidate key is generated first
   * (Web Crypto is async and would end an IndexedDB transaction), then one
   * transaction keeps the stored key if there is one — another tab may have
   * made it — or stores the candidate.
   */
  private vaultKey(): Promise<CryptoKey> {
    this.key ??= (async () => {
      const db = await this.open();
      const existing = await request(db.transaction(KEY_STORE, 'readonly').objectStore(KEY_STORE).get(VAULT_KEY_ID));
      if (existing instanceof CryptoKey) return existing;
      const candidate = await this.deps.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      const tx = db.transaction(KEY_STORE, 'readwrite');
      const store = tx.objectStore(KEY_STORE);
      let chosen: CryptoKey = candidate;
      const get = store.get(VAULT_KEY_ID);
      get.onsuccess = () => {
        if (get.result instanceof CryptoKey) chosen = get.result;
        else store.put(candidate, VAULT_KEY_ID);
      };
      await done(tx);
      return chosen;
    })().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }
}

function isStoredSecret(value: unknown): value is StoredSecret {
  if (typeof value !== 'object' || value === null) return false;
  const iv: unknown = Reflect.get(value, 'iv');
  const ciphertext: unknown = Reflect.get(value, 'ciphertext');
  return iv instanceof Uint8Array && iv.byteLength === 12 && ciphertext instanceof Uint8Array && ciphertext.byteLength >= 16;
}
