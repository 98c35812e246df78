import { openPkcs12, pkcs12PrivateKeyPkcs8 } from '../../../shared/letters/signing/pkcs12';
import { signerSummarySchema, type MessageOutput, type SignerSummaryValue } from '../../../shared/platform/contract';
import { signerStatus, signLetterPdf, timeStampOptions } from '../../../shared/platform/letterSigning';
import { fail, ok, type Result } from '../../../shared/platform/result';
import { done, request } from './idbRequest';
import { afterWrongPin, pinAttemptsSchema, pinLockedUntil, pinProblem, unwrapWithPin, wrapWithPin, wrappedKeySchema, type PinAttempts, type WrappedKey } from '../../../shared/letters/signing/pinWrap';

/**
 * The web host's signing certificate. A browser has no main process to keep
 * the key in. Issue 14: the private key (PKCS#8) is kept wrapped under the
 * officer's PIN (scrypt + AES-GCM, shared/letters/signing/pinWrap.ts), and
 * that wrapped record is sealed once more with AES-GCM under a Web Crypto key
 * generated NON-EXTRACTABLE and kept in this database (the outer layer the
 * vault always had: no script can read that key back). For a signature the
 * PIN unwraps the key, which is imported non-extractable for that one call
 * and dropped. Neither the PKCS#12 file, its password nor the PIN is stored.
 * Code running in the page can still ask for a PIN, which is why the
 * desktop, where the key stays in the main process, is the production host.
 */
export const SIGNING_DB = 'casedesk-signing';
const STORE = 'signer';
const CURRENT = 'current';
const OUTER_KEY = 'outer-key';
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const OUTER_AD = new TextEncoder().encode('casedesk-web-signing-key');

/** Issue 13's record: a non-extractable key without a PIN. It cannot be wrapped, so it must be imported again. */
export interface LegacyWebSigner {
  key: CryptoKey;
  certificates: Uint8Array[];
  summary: SignerSummaryValue;
}

export interface StoredWebSigner {
  v: 2;
  /** AES-GCM under the outer key: the JSON of the PIN-wrapped PKCS#8 */
  iv: Uint8Array<ArrayBuffer>;
  sealed: Uint8Array<ArrayBuffer>;
  /** DER: the signer's certificate first, then its chain */
  certificates: Uint8Array[];
  summary: SignerSummaryValue;
  attempts?: PinAttempts;
}

export interface WebSigningVaultDeps {
  indexedDB: IDBFactory;
  crypto: Crypto;
  now(): number;
  /** tests lower scrypt's work factor */
  scrypt?: { N: number; r: number; p: number };
}

export class WebSigningVault {
  private db: Promise<IDBDatabase> | undefined;

  constructor(private readonly deps: WebSigningVaultDeps) {}

  async import(p12: Uint8Array, password: string, pin: string): Promise<Result<MessageOutput<'signingImportP12'>>> {
    const weak = pinProblem(pin);
    if (weak) return ok({ ok: false, problem: weak });
    const opened = openPkcs12(p12, password, this.deps.now());
    if (!opened.ok) return ok({ ok: false, problem: opened.problem });
    const summary = signerSummarySchema.parse(opened.value.summary);
    const pkcs8 = pkcs12PrivateKeyPkcs8(p12, password);
    if (!pkcs8) return ok({ ok: false, problem: 'no-private-key' });
    try {
      // refuse now a key Web Crypto cannot sign with, rather than at the first letter
      await this.deps.crypto.subtle.importKey('pkcs8', Uint8Array.from(pkcs8), RSA, false, ['sign']);
    } catch {
      pkcs8.fill(0);
      return ok({ ok: false, problem: 'unsupported-key' });
    }
    const certificates = opened.value.signer.certificates.map((c) => Uint8Array.from(c));
    try {
      const record = await this.seal(pkcs8, pin, { certificates, summary });
      const saved = await this.put(record);
      if (!saved.ok) return saved;
    } finally {
      pkcs8.fill(0); // the only copy of the key's bytes this code holds
    }
    return ok({ ok: true, signer: summary });
  }

  /** The certificate a file holds, for the officer to confirm before the import replaces anything (nothing kept). */
  inspect(p12: Uint8Array, password: string): Result<MessageOutput<'signingInspectP12'>> {
    const opened = openPkcs12(p12, password, this.deps.now());
    return ok(opened.ok ? { ok: true, signer: signerSummarySchema.parse(opened.value.summary) } : { ok: false, problem: opened.problem });
  }

  async status(): Promise<Result<MessageOutput<'signingStatus'>>> {
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ signer: null });
    const record = stored.value;
    return ok(signerStatus(record.summary, isLegacy(record) ? 'missing' : { attempts: record.attempts }, this.deps.now()));
  }

  async setPin(currentPin: string | undefined, newPin: string): Promise<Result<MessageOutput<'signingSetPin'>>> {
    const weak = pinProblem(newPin);
    if (weak) return ok({ ok: false, problem: weak });
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ ok: false, problem: 'no-signer' });
    // a non-extractable key cannot be wrapped: the officer imports the file again, with a PIN
    if (isLegacy(stored.value)) return ok({ ok: false, problem: 'pin-reimport-needed' });
    const unlocked = await this.unlock(stored.value, currentPin ?? '');
    if (!unlocked.ok) return 'error' in unlocked ? unlocked.error : ok({ ok: false, problem: unlocked.problem });
    try {
      return await this.put(await this.seal(unlocked.pkcs8, newPin, stored.value)).then((saved) => (saved.ok ? ok({ ok: true as const }) : saved));
    } finally {
      unlocked.pkcs8.fill(0);
    }
  }

  async forget(): Promise<Result<Record<string, never>>> {
    try {
      const tx = (await this.open()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(CURRENT);
      await done(tx);
      return ok({});
    } catch {
      return fail('keychain-unavailable', 'web signing key could not be deleted');
    }
  }

  async sign(pdf: Uint8Array, pin: string, tsaUrl?: string): Promise<Result<MessageOutput<'lettersSign'>>> {
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ ok: false, problem: 'no-signer' });
    if (isLegacy(stored.value)) return ok({ ok: false, problem: 'pin-not-set' });
    const { certificates, summary } = stored.value;
    const unlocked = await this.unlock(stored.value, pin);
    if (!unlocked.ok) return 'error' in unlocked ? unlocked.error : ok({ ok: false, problem: unlocked.problem });
    const subtle = this.deps.crypto.subtle;
    let key: CryptoKey;
    try {
      key = await subtle.importKey('pkcs8', unlocked.pkcs8, RSA, false, ['sign']);
    } catch {
      return ok({ ok: false, problem: 'unsupported-key' });
    } finally {
      unlocked.pkcs8.fill(0);
    }
    // the key lives in this call only: nothing keeps it once the letter is signed
    const signer = {
      certificates,
      sign: async (data: Uint8Array) => new Uint8Array(await subtle.sign(RSA.name, key, Uint8Array.from(data))),
    };
    return ok(await signLetterPdf(pdf, signer, summary, this.deps.now(), timeStampOptions(tsaUrl, fetch, this.deps.crypto.getRandomValues(new Uint8Array(8)))));
  }

  /** The PIN unwraps the key, counting failures (kept in the record) and refusing while locked. */
  private async unlock(
    record: StoredWebSigner,
    pin: string,
  ): Promise<{ ok: true; pkcs8: Uint8Array<ArrayBuffer> } | { ok: false; problem: 'wrong-pin' | 'pin-locked' } | { ok: false; error: Result<never> }> {
    const now = this.deps.now();
    if (pinLockedUntil(record.attempts, now)) return { ok: false, problem: 'pin-locked' };
    let wrapped: WrappedKey;
    try {
      const plain = await this.deps.crypto.subtle.decrypt({ name: 'AES-GCM', iv: record.iv, additionalData: OUTER_AD }, await this.outerKey(), record.sealed);
      wrapped = wrappedKeySchema.parse(JSON.parse(new TextDecoder().decode(plain)));
    } catch {
      return { ok: false, error: fail('keychain-unavailable', 'stored signing key could not be opened') };
    }
    const opened = await unwrapWithPin(wrapped, pin);
    if (!opened.ok) {
      const saved = await this.put({ ...record, attempts: afterWrongPin(record.attempts, now) });
      if (!saved.ok) return { ok: false, error: saved };
      return { ok: false, problem: 'wrong-pin' };
    }
    if (record.attempts) {
      const { attempts: _reset, ...rest } = record;
      void _reset;
      const saved = await this.put(rest);
      if (!saved.ok) return { ok: false, error: saved };
    }
    return { ok: true, pkcs8: Uint8Array.from(opened.secret) };
  }

  private async seal(pkcs8: Uint8Array, pin: string, rest: Pick<StoredWebSigner, 'certificates' | 'summary'>): Promise<StoredWebSigner> {
    const random = (n: number) => this.deps.crypto.getRandomValues(new Uint8Array(n));
    const wrapped = await wrapWithPin(pkcs8, pin, random, this.deps.scrypt);
    const iv = random(12);
    const sealed = new Uint8Array(await this.deps.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: OUTER_AD }, await this.outerKey(), new TextEncoder().encode(JSON.stringify(wrapped))));
    return { v: 2, iv, sealed, certificates: rest.certificates, summary: rest.summary };
  }

  private async put(record: StoredWebSigner): Promise<Result<Record<string, never>>> {
    try {
      const tx = (await this.open()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(record, CURRENT);
      await done(tx);
      return ok({});
    } catch {
      return fail('keychain-unavailable', 'web signing key could not be stored');
    }
  }

  /** The non-extractable AES key of the outer layer, made on first use. */
  private async outerKey(): Promise<CryptoKey> {
    const db = await this.open();
    const found: unknown = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(OUTER_KEY));
    if (found instanceof CryptoKey) return found;
    const key = await this.deps.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).add(key, OUTER_KEY);
    try {
      await done(tx);
      return key;
    } catch {
      // another tab made it first: use theirs
      const theirs: unknown = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(OUTER_KEY));
      if (theirs instanceof CryptoKey) return theirs;
      throw new Error('web signing outer key unavailable');
    }
  }

  private async load(): Promise<Result<StoredWebSigner | LegacyWebSigner | null>> {
    let record: unknown;
    try {
      record = await request((await this.open()).transaction(STORE, 'readonly').objectStore(STORE).get(CURRENT));
    } catch {
      return fail('keychain-unavailable', 'web signing key could not be read');
    }
    if (record === undefined) return ok(null);
    return isStoredSigner(record) || isLegacySigner(record) ? ok(record) : fail('keychain-unavailable', 'stored signing key unreadable');
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = this.deps.indexedDB.open(SIGNING_DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
      req.onblocked = () => reject(new Error('IndexedDB open blocked'));
    }).catch((error: unknown) => {
      this.db = undefined; // a later call may try again
      throw error;
    });
    return this.db;
  }
}

function isLegacy(record: StoredWebSigner | LegacyWebSigner): record is LegacyWebSigner {
  return !('v' in record);
}

function hasCertificates(value: object): boolean {
  const certificates: unknown = Reflect.get(value, 'certificates');
  return Array.isArray(certificates) && certificates.length > 0 && certificates.every((c) => c instanceof Uint8Array) && signerSummarySchema.safeParse(Reflect.get(value, 'summary')).success;
}

function isStoredSigner(value: unknown): value is StoredWebSigner {
  if (typeof value !== 'object' || value === null) return false;
  return (
    Reflect.get(value, 'v') === 2 &&
    Reflect.get(value, 'iv') instanceof Uint8Array &&
    Reflect.get(value, 'sealed') instanceof Uint8Array &&
    hasCertificates(value) &&
    (Reflect.get(value, 'attempts') === undefined || pinAttemptsSchema.safeParse(Reflect.get(value, 'attempts')).success)
  );
}

function isLegacySigner(value: unknown): value is LegacyWebSigner {
  if (typeof value !== 'object' || value === null) return false;
  return Reflect.get(value, 'key') instanceof CryptoKey && hasCertificates(value);
}
