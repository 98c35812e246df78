import { digestTables, type TableDigests } from '../../renderer/db/backup/tableDigests';
import { verifyAuditLog } from '../../renderer/db/audit/verifyStore';
import { unlockStore } from '../../renderer/db/unlockStore';
import { platform } from '../../renderer/platform';

/**
 * What the storeRecord journey asks of the store that the screen does not
 * show: the digest of every table (restore must give identical records) and
 * the audit verdict. Bundled by esbuild and injected into the web host's
 * page, like the benchmark: a second connection to the same store, opened
 * with the same key through the same platform adapter. `tamper` edits an
 * audit event below the app, as someone with the profile on disk could.
 */
declare global {
  interface Window {
    casedeskProbe: {
      digests: (leaveOutOwnChain: boolean) => Promise<TableDigests>;
      auditOk: () => Promise<boolean>;
      close: () => void;
    };
    casedeskTamper: () => Promise<void>;
  }
}

async function open() {
  const unlocked = await unlockStore(platform);
  if (!unlocked.ok) throw new Error(`probe: ${unlocked.failure.kind}`);
  return unlocked.db;
}

window.casedeskProbe = {
  digests: async (leaveOutOwnChain) => {
    const db = await open();
    try {
      return await digestTables(db, leaveOutOwnChain ? { leaveOutChain: db.chain } : {});
    } finally {
      db.close();
    }
  },
  auditOk: async () => {
    const db = await open();
    try {
      return (await verifyAuditLog(db, { records: true })).ok;
    } finally {
      db.close();
    }
  },
  close: () => undefined,
};

/** Changes the summary of the first audit event straight in IndexedDB (the audit log is stored as written). */
window.casedeskTamper = () =>
  new Promise((resolve, reject) => {
    const request = indexedDB.open('casedesk');
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const idb = request.result;
      const tx = idb.transaction('auditLog', 'readwrite');
      const store = tx.objectStore('auditLog');
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        c.update({ ...(c.value as Record<string, unknown>), summary: 'nothing happened here' });
      };
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('tamper failed'));
    };
  });
