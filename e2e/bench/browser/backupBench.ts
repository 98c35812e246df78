import { CaseDeskDatabase } from '../../../renderer/db/database';
import { createBackup } from '../../../renderer/db/backup/createBackup';
import { restoreBackup } from '../../../renderer/db/backup/restoreBackup';
import { blobChunks } from '../../../renderer/db/backup/blobStream';
import { seedCases } from './seed';

/**
 * Backup and restore of a store with many cases and their blobs (issue 11:
 * "backup and restore of 10,000 cases with 2 GB of blobs, time and peak
 * memory"), in Chromium on real IndexedDB, through the functions Settings
 * calls (scrypt at its real work factor). Each beside its floor in the same
 * page: reading every stored blob raw (backup), writing the same bytes raw
 * into a scratch store (restore). Peak memory is the JS heap
 * (`performance.memory`, sampled every 20 ms) above what it was before.
 */
const PASSPHRASE = 'bench passphrase 2026';

function heapBytes(): number {
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
}

async function measured<T>(fn: () => Promise<T>): Promise<{ ms: number; peakBytes: number; value: T }> {
  const base = heapBytes();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, heapBytes())), 20);
  const start = performance.now();
  try {
    const value = await fn();
    return { ms: performance.now() - start, peakBytes: Math.max(peak, heapBytes()) - base, value };
  } finally {
    clearInterval(timer);
  }
}

function rawRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });
}

/** The least a backup must do: read every stored blob once (raw cursor, ciphertext as stored) into a Blob. */
async function rawReadAll(db: CaseDeskDatabase): Promise<Blob> {
  const idb = db.backendDB();
  const parts: BlobPart[] = [];
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('documentBlobs', 'readonly');
    const cursor = tx.objectStore('documentBlobs').openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      const bytes = (c.value as { bytes?: Uint8Array }).bytes;
      if (bytes) parts.push(bytes.slice());
      c.continue();
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('read failed'));
  });
  return new Blob(parts);
}

/** The least a restore must do: write the same bytes into a store. */
async function rawWriteAll(bytes: Blob, chunk: number): Promise<void> {
  const name = `casedesk-bench-floor-${crypto.randomUUID()}`;
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('blobs');
  const idb = await rawRequest(open);
  try {
    // a transaction per chunk: reading the next chunk of a Blob is a task, which ends an idle transaction
    let i = 0;
    for await (const piece of blobChunks(bytes, chunk)) {
      const tx = idb.transaction('blobs', 'readwrite');
      tx.objectStore('blobs').put(piece, i++);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    }
  } finally {
    idb.close();
    indexedDB.deleteDatabase(name);
  }
}

export function backupBench(db: CaseDeskDatabase) {
  return {
    /** `cases` cases, each with one document of `blobKb` KB (setup, not measured) */
    async backupSeed(cases: number, blobKb: number, until: string) {
      await seedCases(db, cases, until);
      const ids = (await db.cases.toCollection().primaryKeys()) as string[];
      const now = new Date().toISOString();
      for (let start = 0; start < ids.length; start += 200) {
        const slice = ids.slice(start, start + 200);
        await db.transaction('rw', [db.documents, db.documentBlobs], async () => {
          for (const id of slice) {
            const bytes = crypto.getRandomValues(new Uint8Array(blobKb * 1024).subarray(0, Math.min(blobKb * 1024, 65536)));
            const full = new Uint8Array(blobKb * 1024);
            for (let at = 0; at < full.length; at += bytes.length) full.set(bytes.subarray(0, Math.min(bytes.length, full.length - at)), at);
            await db.documents.add({ id: `d-${id}`, caseId: id, kind: 'scan', fileName: `scan-${id}.pdf`, mimeType: 'application/pdf', size: full.length, sha256: '0'.repeat(64), identityEvidence: false, addedAt: now, addedBy: 'bench' });
            await db.documentBlobs.add({ id: `d-${id}`, bytes: full });
          }
        });
      }
    },
    async backupAndRestore() {
      const backup = await measured(() => createBackup(db, PASSPHRASE, 'bench'));
      const backupFloor = await measured(() => rawReadAll(db));
      const target = new CaseDeskDatabase(`casedesk-bench-restore-${crypto.randomUUID()}`, db.keys);
      await target.open();
      try {
        const restore = await measured(() =>
          restoreBackup(target, backup.value.blob, { passphrase: PASSPHRASE, actor: 'bench', confirmedOverwrite: false, saveSafetyBackup: async () => undefined }),
        );
        const restoreFloor = await measured(() => rawWriteAll(backupFloor.value, 1024 * 1024));
        const restoredBlobs = await target.documentBlobs.count();
        return {
          fileBytes: backup.value.blob.size,
          storedBlobBytes: backupFloor.value.size,
          backup: { ms: backup.ms, peakBytes: backup.peakBytes },
          backupFloor: { ms: backupFloor.ms, peakBytes: backupFloor.peakBytes },
          restore: { ms: restore.ms, peakBytes: restore.peakBytes },
          restoreFloor: { ms: restoreFloor.ms, peakBytes: restoreFloor.peakBytes },
          restoredBlobs,
        };
      } finally {
        target.close();
        await CaseDeskDatabase.delete(target.name);
      }
    },
  };
}
