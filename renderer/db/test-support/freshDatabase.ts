import { afterEach, beforeEach } from 'vitest';
import { CaseDeskDatabase } from '../database';

/**
 * A new, empty case store for every test (on fake-indexeddb), closed and
 * deleted afterwards. `use` receives each new database, so a test file keeps
 * its plain `db` variable: `withFreshDatabase((fresh) => (db = fresh));`
 */
export function withFreshDatabase(use: (db: CaseDeskDatabase) => void): void {
  let current: CaseDeskDatabase | undefined;
  beforeEach(() => {
    current = new CaseDeskDatabase(`casedesk-test-${crypto.randomUUID()}`);
    use(current);
  });
  afterEach(async () => {
    if (!current) return;
    current.close();
    await CaseDeskDatabase.delete(current.name);
    current = undefined;
  });
}
