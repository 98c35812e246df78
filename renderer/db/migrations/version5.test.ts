import '../backup/test-support/browserBlobs';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../audit/verifyStore';
import { digestTables } from '../backup/tableDigests';
import { CaseDeskDatabase } from '../database';
import { registerPaperIntake } from '../intakePaper';
import { testStoreKeys } from '../test-support/freshDatabase';

const name = `casedesk-v3-${crypto.randomUUID()}`;
afterEach(async () => {
  await CaseDeskDatabase.delete(name);
});

describe('opening a version 3 store with version 5 (the unsorted tray)', () => {
  it('keeps every record and the audit chain, and starts with an empty tray', async () => {
    const v3 = new CaseDeskDatabase(name, testStoreKeys(), { version: 3 });
    await v3.open();
    expect(v3.verno).toBe(3);
    await registerPaperIntake(v3, { channel: 'postal', receivedDate: '2026-11-27', name: '陈静', phone: '13957401234', requestText: '删除', requestType: 'deletion', gdpr: false, scans: [{ name: '来信.pdf', mimeType: 'application/pdf', bytes: Uint8Array.of(1, 2, 3) }] }, '王法务');
    const tables = v3.tables.map((t) => t.name).filter((t) => !['local', 'outbox', 'syncRevs', 'syncPending', 'syncConflicts', 'printQueue', 'printMarks', 'monthTallies', 'liveTallies'].includes(t));
    const before = await digestTables(v3, { tables });
    v3.close();

    const v5 = new CaseDeskDatabase(name, testStoreKeys());
    await v5.open();
    try {
      expect(v5.verno).toBe(5);
      expect(await digestTables(v5, { tables })).toEqual(before);
      expect(await v5.unsortedFiles.count()).toBe(0);
      expect((await verifyAuditLog(v5, { records: true })).ok).toBe(true);
    } finally {
      v5.close();
    }
  });
});
