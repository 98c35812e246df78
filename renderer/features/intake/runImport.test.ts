import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/audit/chain';
import type { MailFile } from '../../../shared/intake';
import { CaseDeskDatabase } from '../../db/database';
import { enqueueFiles, interruptedImport } from '../../db/intakeQueue';
import { testMail } from '../../db/intakeTestSupport';
import { withFreshDatabase } from '../../db/test-support/freshDatabase';
import { inProcessWorkers } from '../../workers/test-support/inProcessWorker';
import { importMailFiles, importRawMessages, resumeImport, type ImportJob, type ImportPhase } from './runImport';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const NOW = new Date('2026-03-10T02:00:00.000Z');
const FILE_TIME = '2026-03-09T01:00:00.000Z';

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    db,
    createWorker: inProcessWorkers().factory,
    actor: '王法务',
    attachmentLimitBytes: 50 * 1024 * 1024,
    wording: { unknownRequester: '身份不明（待审核）', failedSummary: (f) => `无法解析：${f.code}` },
    now: () => NOW,
    ...overrides,
  };
}

const mail = (n: number, extra: { from?: string; subject?: string } = {}): MailFile => ({
  name: `m${n}.eml`,
  bytes: testMail({ from: extra.from ?? `user${n} <u${n}@163.com>`, subject: extra.subject ?? `申请删除 ${n}`, messageId: `m${n}@163.com`, received: `Mon, 02 Mar 2026 10:${String(n % 60).padStart(2, '0')}:00 +0800`, body: '请删除我的个人信息。' }),
  lastModified: FILE_TIME,
});

describe('an import (issue 12): saved as parsed, each message within its budget, resumable, cancellable', () => {
  it('writes the messages as they are parsed, in chunks, and leaves no queue behind', async () => {
    const phases: ImportPhase[] = [];
    const report = await importMailFiles(job({ onPhase: (p) => phases.push(p) }), Array.from({ length: 60 }, (_, i) => mail(i)));
    expect(report.counts).toMatchObject({ messages: 60, created: 60, notSaved: 0 });
    expect(await db.cases.count()).toBe(60);
    // saved chunk by chunk, not once at the end
    const savedCounts = [...new Set(phases.map((p) => p.saved))];
    expect(savedCounts.filter((n) => n > 0 && n < 60).length).toBeGreaterThan(0);
    expect(await db.intakeQueue.count()).toBe(0);
    // each file's bytes were written once: the stored message took over the queued blob, and no blob is left without its document
    expect(await db.documentBlobs.count()).toBe(await db.documents.count());
  });

  it('reads an mbox message by message; its file is not kept once they are saved', async () => {
    const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
    const mbox = ['From a@example.cn Mon Mar  2 10:00:00 2026', latin1(mail(1).bytes), '', 'From b@example.cn Mon Mar  2 11:00:00 2026', latin1(mail(2).bytes), ''].join('\n');
    const report = await importMailFiles(job(), [{ name: 'export.mbox', bytes: Uint8Array.from(mbox, (c) => c.charCodeAt(0)), lastModified: FILE_TIME }]);
    expect(report.rows.map((r) => [r.fileName, r.mboxIndex, r.outcome])).toEqual([
      ['export.mbox', 0, 'created'],
      ['export.mbox', 1, 'created'],
    ]);
    expect(await db.intakeQueue.count()).toBe(0);
    expect(await db.documentBlobs.count()).toBe(await db.documents.count());
  });

  it('keeps a message that runs past its budget raw, as "parser timed out", and goes on with the rest', async () => {
    const workers = inProcessWorkers({ hangOn: (f) => f.name === 'stuck.eml' });
    const stuck = { ...mail(2), name: 'stuck.eml' };
    const report = await importMailFiles(job({ createWorker: workers.factory, budgetMs: 1_500 }), [mail(1), stuck, mail(3)]);
    expect(report.rows.map((r) => [r.fileName, r.outcome])).toEqual([
      ['m1.eml', 'created'],
      ['stuck.eml', 'failed'],
      ['m3.eml', 'created'],
    ]);
    expect(report.rows[1]).toMatchObject({ code: 'parser-timeout' });
    expect(workers.created.length).toBe(2); // the stuck one was ended and another started
    // kept byte for byte on a case for review
    const kept = report.rows[1]!;
    const docs = await db.documents.where('caseId').equals('caseId' in kept ? kept.caseId! : '').toArray();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ kind: 'email', sha256: sha256Hex(stuck.bytes), error: expect.stringMatching(/^parser-timeout/) });
    expect(await db.cases.get(docs[0]!.caseId)).toMatchObject({ needsReview: true });
    expect(await db.intakeQueue.count()).toBe(0);
  });

  it('takes up an import the app was closed in the middle of, and imports nothing twice', async () => {
    await importMailFiles(job(), [mail(1)]);
    // the app was closed after m1 was saved but before its queue row went, and before m2 was read
    await enqueueFiles(db, 'crashed-job', [mail(1), mail(2)], '王法务', NOW).all;
    expect(await interruptedImport(db)).toEqual({ jobId: 'crashed-job', files: 2 });
    const report = await resumeImport(job(), 'crashed-job');
    expect(report.resumed).toBe(true);
    expect(report.rows.map((r) => [r.fileName, r.outcome])).toEqual([
      ['m1.eml', 'duplicate'],
      ['m2.eml', 'created'],
    ]);
    expect(await db.cases.count()).toBe(2);
    expect(await interruptedImport(db)).toBeUndefined();
    // the duplicate's queued bytes went with its queue row
    expect(await db.documentBlobs.count()).toBe(await db.documents.count());
  });

  it('stops when cancelled: what was saved stays, the rest is dropped from the queue and named', async () => {
    const controller = new AbortController();
    const workers = inProcessWorkers({ hangOn: (f) => f.name === 'm3.eml' });
    // m1 and m2 are read, the worker is stuck on m3 (a long message): the officer cancels
    const onPhase = (p: ImportPhase) => {
      if (p.parsed === 2) controller.abort();
    };
    const report = await importMailFiles(job({ createWorker: workers.factory, signal: controller.signal, budgetMs: 60_000, onPhase }), [mail(1), mail(2), mail(3), mail(4)]);
    expect(report.cancelled?.filesNotImported).toEqual(['m3.eml', 'm4.eml']);
    expect(report.rows.map((r) => r.fileName)).toEqual(['m1.eml', 'm2.eml']);
    expect(await db.cases.count()).toBe(2);
    expect(await db.intakeQueue.count()).toBe(0);
    expect(await db.documentBlobs.count()).toBe(await db.documents.count());
  });
});

describe('raw messages from the mailbox (the entry point for the IMAP intake)', () => {
  const source = { kind: 'imap' as const, mailbox: 'INBOX', uidValidity: 1700000000, uid: 42, internalDate: '2026-03-02T02:30:00.000Z' };

  it("takes the server's INTERNALDATE as the time of receipt, records the source, and imports nothing twice", async () => {
    const bytes = testMail({ from: '张伟 <zhang.wei@163.com>', subject: '申请查阅', messageId: 'imap-1@163.com', body: '请提供我的个人信息副本。' }); // no Date, no Received
    const first = await importRawMessages(job(), [{ bytes, source }]);
    expect(first.counts).toMatchObject({ created: 1 });
    const row = first.rows[0]!;
    const record = await db.cases.get('caseId' in row ? row.caseId! : '');
    expect(record).toMatchObject({ receivedAt: '2026-03-02T02:30:00.000Z', receivedAtSource: 'server-internaldate' });
    expect(record?.receiptUnconfirmed).toBeUndefined();
    const [doc] = await db.documents.where('caseId').equals(record!.id).toArray();
    expect(doc).toMatchObject({ fileName: 'INBOX-42.eml', source: 'imap:INBOX:1700000000:42', messageId: 'imap-1@163.com' });

    const again = await importRawMessages(job(), [{ bytes, source }]);
    expect(again.rows[0]).toMatchObject({ outcome: 'duplicate' });
    expect(await db.cases.count()).toBe(1);
  });
});
