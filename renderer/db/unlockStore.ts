import type { PlatformApi } from '../../shared/platform/contract';
import { deriveStoreKeys } from '../../shared/crypto/storeKeys';
import { CaseDeskDatabase, DATABASE_NAME } from './database';
import { StoreKeyMismatchError } from './workstation';

/**
 * Opening the case store (issue 11): the master key from the keychain, the
 * database opened with it, and every way that can fail named, so the app
 * shows a screen that says what happened and what can be done instead of a
 * spinner that never ends.
 */
export const storeFailureKinds = [
  /** IndexedDB cannot be used at all (private mode, a policy, a broken profile) */
  'unavailable',
  /** the keychain refused (Linux without a keyring daemon) or could not be read */
  'keychain',
  /** the store exists but its key is gone from the keychain */
  'key-missing',
  /** the keychain's key does not open this store */
  'wrong-key',
  /** the disk or the browser's quota is full */
  'quota',
  /** written by a newer CaseDesk: this version must not touch it */
  'newer-version',
  /** IndexedDB reports the data damaged, or opening fails in a way nothing above explains */
  'corrupted',
] as const;
export type StoreFailureKind = (typeof storeFailureKinds)[number];

export interface StoreFailure {
  kind: StoreFailureKind;
  /** technical text to copy for support: never personal data */
  detail: string;
}

export type UnlockResult = { ok: true; db: CaseDeskDatabase; created: boolean } | { ok: false; failure: StoreFailure };

async function storeExists(factory: IDBFactory, name: string): Promise<boolean> {
  // databases() is in every Chromium this app runs in; without it, assume it exists (a missing key is then said, not hidden)
  if (typeof factory.databases !== 'function') return true;
  return (await factory.databases()).some((info) => info.name === name);
}

export async function unlockStore(
  platform: Pick<PlatformApi, 'storeKey'>,
  options: { factory?: IDBFactory; name?: string } = {},
): Promise<UnlockResult> {
  const name = options.name ?? DATABASE_NAME;
  let exists: boolean;
  try {
    const factory = options.factory ?? indexedDB;
    exists = await storeExists(factory, name);
  } catch (error) {
    return { ok: false, failure: { kind: 'unavailable', detail: describe(error) } };
  }
  const key = await platform.storeKey({ create: !exists });
  if (!key.ok) {
    const kind: StoreFailureKind = key.error.code === 'not-found' ? 'key-missing' : 'keychain';
    return { ok: false, failure: { kind, detail: `${key.error.code}${key.error.detail ? `: ${key.error.detail}` : ''}` } };
  }
  const db = new CaseDeskDatabase(name, deriveStoreKeys(key.value.key));
  try {
    await db.open();
  } catch (error) {
    db.close();
    return { ok: false, failure: classifyOpenError(error) };
  }
  return { ok: true, db, created: key.value.created };
}

export function classifyOpenError(error: unknown): StoreFailure {
  const detail = describe(error);
  const names = errorNames(error);
  if (names.includes(StoreKeyMismatchError.name)) return { kind: 'wrong-key', detail };
  if (names.includes('QuotaExceededError')) return { kind: 'quota', detail };
  if (names.includes('VersionError')) return { kind: 'newer-version', detail };
  if (names.includes('MissingAPIError') || names.includes('InvalidStateError') || names.includes('SecurityError')) return { kind: 'unavailable', detail };
  return { kind: 'corrupted', detail };
}

/** Dexie wraps the IndexedDB error it met (`inner`); the name that says what happened may be on either. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const name: unknown = Reflect.get(current, 'name');
    if (typeof name === 'string') names.push(name);
    current = Reflect.get(current, 'inner');
  }
  return names;
}

function describe(error: unknown): string {
  const names = errorNames(error);
  const message = error instanceof Error ? error.message : String(error);
  return `${names.join(' ← ') || 'Error'}: ${message}`.slice(0, 2000);
}
