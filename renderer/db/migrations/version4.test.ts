import '../backup/test-support/browserBlobs';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../audit/verifyStore';
import { digestTables } from '../backup/tableDigests';
import { CaseDeskDatabase } from '../database';
import { registerPaperIntake } from '../intakePaper';
import { writeSetting } from '../settings';
import { testStoreKeys } from '../test-support/freshDatabase';

const name = `casedesk-v3-${crypto.randomUUID()}`;
afterEach(async () => {
  await CaseDeskDatabase.delete(name);
});

describe('opening a version 3 store with version 4 (issue 14: the manager views\' indexes)', () => {
  it('keeps every record and the audit chain, and finds answered cases and one officer\'s through the new indexes', async () => {
    const v2 = new CaseDeskDatabase(name, testStoreKeys(), { version: 3 });
    await v2.open();
    expect(v2.verno).toBe(3);
    const scan = Uint8Array.from({ length: 700 }, (_, i) => i & 0xff);
    await registerPaperIntake(v2, { channel: 'postal', receivedDate: '2026-11-27', name: '陈静', phone: '13957401234', requestText: '删除', requestType: 'deletion', gdpr: false, scans: [{ name: '来信.pdf', mimeType: 'application/pdf', bytes: scan }] }, '王法务');
    await writeSetting(v2, 'attachmentLimitMb', 25, '王法务');
    const tables = v2.tables.map((t) => t.name).filter((t) => !['local', 'outbox', 'syncRevs', 'syncPending', 'syncConflicts', 'printQueue', 'printMarks', 'monthTallies', 'liveTallies'].includes(t));
    const before = await digestTables(v2, { tables });
    v2.close();

    const v3 = new CaseDeskDatabase(name, testStoreKeys(), { version: 4 });
    await v3.open();
    try {
      expect(v3.verno).toBe(4);
      expect(await digestTables(v3, { tables })).toEqual(before);
      const [c] = await v3.cases.toArray();
      expect(await v3.cases.where('[assignee+receivedAt]').between([c!.assignee, ''], [c!.assignee, '\uffff']).count()).toBe(1);
      expect(await v3.cases.where('[stage+dueDate]').between(['answered', ''], ['answered', '\uffff']).count()).toBe(0);
      expect((await verifyAuditLog(v3, { records: true })).ok).toBe(true);
      expect((await v3.requesters.toArray())[0]?.phone).toBe('13957401234');
    } finally {
      v3.close();
    }
  });
});
