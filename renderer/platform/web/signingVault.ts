import { openPkcs12, pkcs12PrivateKeyPkcs8 } from '../../../shared/letters/signing/pkcs12';
import { signerSummarySchema, type MessageOutput, type SignerSummaryValue } from '../../../shared/platform/contract';
import { certificateProblemAt, signLetterPdf, timeStampOptions } from '../../../shared/platform/letterSigning';
import { fail, ok, type Result } from '../../../shared/platform/result';
import { done, request } from './idbRequest';

/**
 * The web host's signing certificate. A browser has no main process to keep
 * the key in, so the key becomes a Web Crypto key imported NON-EXTRACTABLE
 * and kept in its own IndexedDB database (a CryptoKey is stored by structured
 * clone; no script can read its material back). Neither the PKCS#12 file nor
 * its password is stored. As with the web host's secrets, code running in
 * the page can still ask the key to sign, which is why the desktop, where the
 * key stays in the main process, is the production host (SPEC §4).
 */
export const SIGNING_DB = 'casedesk-signing';
const STORE = 'signer';
const CURRENT = 'current';
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export interface StoredWebSigner {
  key: CryptoKey;
  /** DER: the signer's certificate first, then its chain */
  certificates: Uint8Array[];
  summary: SignerSummaryValue;
}

export interface WebSigningVaultDeps {
  indexedDB: IDBFactory;
  crypto: Crypto;
  now(): number;
}


export class WebSigningVault {
  private db: Promise<IDBDatabase> | undefined;

  constructor(private readonly deps: WebSigningVaultDeps) {}

  async import(p12: Uint8Array, password: string): Promise<Result<MessageOutput<'signingImportP12'>>> {
    const opened = openPkcs12(p12, password, this.deps.now());
    if (!opened.ok) return ok({ ok: false, problem: opened.problem });
    const summary = signerSummarySchema.parse(opened.value.summary);
    const pkcs8 = pkcs12PrivateKeyPkcs8(p12, password);
    if (!pkcs8) return ok({ ok: false, problem: 'no-private-key' });
    let key: CryptoKey;
    try {
      key = await this.deps.crypto.subtle.importKey('pkcs8', pkcs8, RSA, false, ['sign']);
    } catch {
      return ok({ ok: false, problem: 'unsupported-key' });
    } finally {
      pkcs8.fill(0); // the only copy of the key's bytes this code holds
    }
    const stored: StoredWebSigner = { key, certificates: opened.value.signer.certificates.map((c) => Uint8Array.from(c)), summary };
    try {
      const tx = (await this.open()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(stored, CURRENT);
      await done(tx);
    } catch {
      return fail('keychain-unavailable', 'web signing key could not be stored');
    }
    return ok({ ok: true, signer: summary });
  }

  async status(): Promise<Result<MessageOutput<'signingStatus'>>> {
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ signer: null });
    const problem = certificateProblemAt(stored.value.summary, this.deps.now());
    return ok(problem ? { signer: stored.value.summary, problem } : { signer: stored.value.summary });
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

  async sign(pdf: Uint8Array, tsaUrl?: string): Promise<Result<MessageOutput<'lettersSign'>>> {
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ ok: false, problem: 'no-signer' });
    const { key, certificates, summary } = stored.value;
    const subtle = this.deps.crypto.subtle;
    const signer = {
      certificates,
      sign: async (data: Uint8Array) => new Uint8Array(await subtle.sign(RSA.name, key, Uint8Array.from(data))),
    };
    return ok(await signLetterPdf(pdf, signer, summary, this.deps.now(), timeStampOptions(tsaUrl, fetch, this.deps.crypto.getRandomValues(new Uint8Array(8)))));
  }

  private async load(): Promise<Result<StoredWebSigner | null>> {
    let record: unknown;
    try {
      record = await request((await this.open()).transaction(STORE, 'readonly').objectStore(STORE).get(CURRENT));
    } catch {
      return fail('keychain-unavailable', 'web signing key could not be read');
    }
    if (record === undefined) return ok(null);
    return isStoredSigner(record) ? ok(record) : fail('keychain-unavailable', 'stored signing key unreadable');
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

function isStoredSigner(value: unknown): value is StoredWebSigner {
  if (typeof value !== 'object' || value === null) return false;
  const key: unknown = Reflect.get(value, 'key');
  const certificates: unknown = Reflect.get(value, 'certificates');
  return (
    key instanceof CryptoKey &&
    Array.isArray(certificates) &&
    certificates.length > 0 &&
    certificates.every((c) => c instanceof Uint8Array) &&
    signerSummarySchema.safeParse(Reflect.get(value, 'summary')).success
  );
}
