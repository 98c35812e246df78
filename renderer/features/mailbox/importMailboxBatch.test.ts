import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTACHMENT_LIMIT_BYTES, ImportBatch, type MailFile } from '../../../shared/intake';
import type { MailboxBatch, MailboxMessage } from '../../../shared/mailbox';
import type { CaseDeskDatabase } from '../../db/database';
import { knownMailFor } from '../../db/intakeLookup';
import { COMPANY_MAIL_DOMAINS } from '../../db/intakeSettings';
import { receiptsOfCase } from '../../db/mailboxReceipts';
import { withFreshDatabase } from '../../db/test-support/freshDatabase';
import { testMail } from '../../db/intakeTestSupport';
import { importMailboxBatch, type MailboxImportDeps } from './importMailboxBatch';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const NOW = new Date('2026-11-30T02:00:00.000Z');
const deps = (): MailboxImportDeps => ({
  // the intake worker's own steps, run in this process
  parseAndPlan: async (files: MailFile[]) => {
    const batch = new ImportBatch({ companyDomains: COMPANY_MAIL_DOMAINS, attachmentLimitBytes: DEFAULT_ATTACHMENT_LIMIT_BYTES });
    for (const file of files) await batch.addFile(file);
    const results = [...batch.results];
    return { results, plan: batch.plan(await knownMailFor(db, batch.lookupKeys())) };
  },
  actor: '王敏',
  wording: { unknownRequester: '身份不明', failedSummary: (f) => `无法解析：${f.code}` },
  now: NOW,
});

const request = testMail({ from: '张伟 <zhang.wei@163.com>', subject: '申请查阅本人个人信息', messageId: 'req-1@163.com', received: 'Mon, 02 Mar 2026 10:21:07 +0800', body: '我申请查阅贵司保存的我的个人信息。' });
const message = (uid: number, raw: Uint8Array, uidValidity = 1796178938): MailboxMessage => ({ accountId: 'legal', folder: 'INBOX', uidValidity, uid, internalDate: '2026-11-29T23:15:00.000Z', size: raw.byteLength, raw });
const batch = (...messages: MailboxMessage[]): MailboxBatch => ({ batchId: crypto.randomUUID(), messages });

describe('a page from the legal mailbox through the intake pipeline', () => {
  it('opens a case whose receipt time is the server\'s INTERNALDATE, and keeps the message\'s place on the server', async () => {
    const { results, report } = await importMailboxBatch(db, batch(message(42, request)), deps());
    expect(results).toEqual([{ accountId: 'legal', folder: 'INBOX', uidValidity: 1796178938, uid: 42, outcome: 'stored' }]);
    expect(report?.counts.created).toBe(1);
    const [record] = await db.cases.toArray();
    // the Received header says 2026-03-02; the server took it on 2026-11-29 23:15 UTC
    expect(record).toMatchObject({ receivedAt: '2026-11-29T23:15:00.000Z', receivedAtSource: 'server-internaldate', channel: 'email' });
    const [email] = await db.documents.where('caseId').equals(record!.id).toArray();
    expect(email?.fileName).toBe('INBOX-1796178938-42.eml');
    expect([...((await db.documentBlobs.get(email!.id))?.bytes ?? [])]).toEqual([...request]);
    expect(await receiptsOfCase(db, record!.id)).toMatchObject([{ uid: 42, uidValidity: 1796178938, internalDate: '2026-11-29T23:15:00.000Z', outcome: 'created' }]);
  });

  it('creates nothing twice: the same page again is known from the ledger, the same bytes under a new UIDVALIDITY from their digest', async () => {
    await importMailboxBatch(db, batch(message(42, request)), deps());
    const again = await importMailboxBatch(db, batch(message(42, request)), deps());
    expect(again.report).toBeNull();
    expect(again.results[0]?.outcome).toBe('stored');

    const renumbered = await importMailboxBatch(db, batch(message(7, request, 1796179999)), deps());
    expect(renumbered.results[0]?.outcome).toBe('stored');
    expect(renumbered.report?.counts).toMatchObject({ created: 0, duplicates: 1 });
    expect(await db.cases.count()).toBe(1);
    const caseId = (await db.cases.toArray())[0]!.id;
    expect((await receiptsOfCase(db, caseId)).map((r) => r.uidValidity).sort()).toEqual([1796178938, 1796179999]);
  });

  it('keeps a message that is not mail in the unsorted tray, opening no case, and calls it stored (issue 14)', async () => {
    const garbage = new Uint8Array([0, 1, 2, 3, 255, 254]);
    const { results } = await importMailboxBatch(db, batch(message(5, garbage)), deps());
    expect(results[0]?.outcome).toBe('stored');
    expect(await db.cases.count()).toBe(0);
    const [file] = await db.unsortedFiles.toArray();
    expect(file).toMatchObject({ status: 'waiting', size: 6 });
    expect(await db.mailboxReceipts.toArray()).toMatchObject([{ outcome: 'unsorted' }]);
  });

  it('answers not-stored when the store refused the write, so the message stays in the mailbox', async () => {
    db.close(); // every write fails from here on
    const { results, failure } = await importMailboxBatch(db, batch(message(9, request)), deps());
    expect(results).toEqual([{ accountId: 'legal', folder: 'INBOX', uidValidity: 1796178938, uid: 9, outcome: 'not-stored' }]);
    expect(failure).toBeDefined();
  });
});
