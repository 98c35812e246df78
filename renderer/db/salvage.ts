import { bytesToHex } from '@noble/hashes/utils.js';
import type { StoreKeys } from '../../shared/crypto/storeKeys';
import { decodeRow, isEncodedRow } from '../../shared/store/rowCodec';
import { sealingOf } from '../../shared/store/tableSealing';

/**
 * "Export what can be read" (issue 11): when the store will not open as a
 * whole, read it below Dexie, store by store and row by row, and keep every
 * row that can be read — opened with the keys when there are keys, as
 * stored otherwise. Nothing is written to the store.
 */
export interface SalvageReport {
  exportedAt: string;
  database: string;
  version: number;
  stores: Record<string, { rows: unknown[]; unreadable: number; error?: string }>;
}

function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    // opening a store that is not there would create an empty one: refuse instead
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('cannot open'));
  });
}

function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readonly');
    const source = tx.objectStore(store);
    const req = source.getAll();
    req.onsuccess = () => resolve(req.result as unknown[]);
    req.onerror = () => reject(req.error ?? new Error('cannot read'));
  });
}

const printable = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? { hex: bytesToHex(v) } : v)));

export async function salvageStore(name: string, keys: StoreKeys | undefined, now = new Date()): Promise<SalvageReport> {
  const db = await openExisting(name);
  const report: SalvageReport = { exportedAt: now.toISOString(), database: name, version: db.version, stores: {} };
  try {
    for (const store of [...db.objectStoreNames]) {
      const entry: SalvageReport['stores'][string] = { rows: [], unreadable: 0 };
      report.stores[store] = entry;
      let rows: unknown[];
      try {
        rows = await readAll(db, store);
      } catch (error) {
        entry.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        continue;
      }
      const spec = sealingOf(store);
      const keyPath = db.transaction(store, 'readonly').objectStore(store).keyPath;
      for (const row of rows) {
        if (!keys || !spec || !isEncodedRow(row) || typeof keyPath !== 'string') {
          entry.rows.push(printable(row));
          continue;
        }
        try {
          entry.rows.push(printable(decodeRow(keys, store, spec, row[keyPath], row)));
        } catch {
          entry.unreadable++;
        }
      }
    }
  } finally {
    db.close();
  }
  return report;
}
