import { afterEach, beforeEach } from 'vitest';
import { deriveStoreKeys, type StoreKeys } from '../../../shared/crypto/storeKeys';
import { CaseDeskDatabase } from '../database';

/** Keys for a test store: fixed, so two connections of one test open each other's rows. */
export function testStoreKeys(seed = 1): StoreKeys {
  return deriveStoreKeys(new Uint8Array(32).fill(seed));
}

export function testDatabase(name = `casedesk-test-${crypto.randomUUID()}`, keys: StoreKeys = testStoreKeys()): CaseDeskDatabase {
  return new CaseDeskDatabase(name, keys);
}

/**
 * A new, empty case store for every test (on fake-indexeddb), closed and
 * deleted afterwards. `use` receives each new database, so a test file keeps
 * its plain `db` variable: `withFreshDatabase((fresh) => (db = fresh));`
 */
export function withFreshDatabase(use: (db: CaseDeskDatabase) => void): void {
  let current: CaseDeskDatabase | undefined;
  beforeEach(async () => {
    current = testDatabase();
    await current.open();
    use(current);
  });
  afterEach(async () => {
    if (!current) return;
    current.close();
    await CaseDeskDatabase.delete(current.name);
    current = undefined;
  });
}
