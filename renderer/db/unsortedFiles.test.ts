import { testStoreKeys } from './test-support/freshDatabase';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/chain';
import { ImportBatch } from '../../shared/intake';
import { verifyAuditLog } from './audit/verifyStore';
import { CaseDeskDatabase } from './database';
import { carryOutImport } from './intakeImport';
import { knownMailFor } from './intakeLookup';
import { testMail } from './intakeTestSupport';
import { attachUnsortedFile, discardUnsortedFile, waitingUnsortedFiles } from './unsortedFiles';

let db: CaseDeskDatabase;
let name: string;
beforeEach(() => {
  name = `casedesk-unsorted-${crypto.randomUUID()}`;
  db = new CaseDeskDatabase(name, testStoreKeys());
});
afterEach(async () => {
  db.close();
  await CaseDeskDatabase.delete(name);
});

const NOW = new Date('2026-03-10T02:00:00.000Z');
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const fake = new TextEncoder().encode('这不是邮件，只是一段文字。身份证 11010519491231002X');
const request = testMail({ from: '张伟 <zhang.wei@163.com>', subject: '申请查阅本人个人信息', messageId: 'req@163.com', received: 'Mon, 02 Mar 2026 10:21:07 +0800', body: '我申请查阅贵司保存的我的个人信息。' });

async function drop(files: Record<string, Uint8Array>) {
  const batch = new ImportBatch({ companyDomains: ['solutioncl.com'] });
  for (const [n, bytes] of Object.entries(files)) await batch.addFile({ name: n, bytes, lastModified: '2026-03-09T01:00:00.000Z' });
  const plan = batch.plan(await knownMailFor(db, batch.lookupKeys()));
  return carryOutImport(db, batch.results, plan, { actor: '王法务', now: NOW, wording: { unknownRequester: '身份不明', failedSummary: (f) => f.code } });
}

describe('未归类材料: files dropped on intake that are not mail', () => {
  it('a PDF, a PNG and a fake .eml open no case and wait in the tray as what they are', async () => {
    const written = await drop({ '申请书.pdf': pdf, '身份证.png': png, '张伟.eml': fake });
    expect(written.map((w) => (w.kind === 'unsorted' ? w.fileKind : w.kind))).toEqual(['pdf', 'image', 'other']);
    expect(await db.cases.count()).toBe(0);
    const waiting = await waitingUnsortedFiles(db);
    expect(waiting.map((f) => [f.fileName, f.kind, f.mimeType]).sort()).toEqual([
      ['张伟.eml', 'other', 'application/octet-stream'],
      ['申请书.pdf', 'pdf', 'application/pdf'],
      ['身份证.png', 'image', 'image/png'],
    ]);
    // each put in the tray is an audit event, without the personal data a file name may hold
    const events = await db.auditLog.where('action').equals('unsorted.added').toArray();
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events)).not.toContain('11010519491231002X');
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
  });

  it('a file attached to a case becomes one of its documents under the same id, with an event on the case', async () => {
    const [opened] = await drop({ 'request.eml': request });
    if (opened?.kind !== 'created') throw new Error(opened?.kind);
    const [put] = await drop({ '申请书.pdf': pdf });
    if (put?.kind !== 'unsorted') throw new Error(put?.kind);

    const document = await attachUnsortedFile(db, put.fileId, opened.caseId, '王法务', NOW);
    expect(document).toMatchObject({ id: put.fileId, caseId: opened.caseId, kind: 'other', fileName: '申请书.pdf', mimeType: 'application/pdf', sha256: sha256Hex(pdf), size: pdf.length });
    expect((await db.documentBlobs.get(put.fileId))!.bytes).toEqual(pdf);
    expect(await db.documents.where('caseId').equals(opened.caseId).count()).toBe(2);
    expect(await db.unsortedFiles.get(put.fileId)).toMatchObject({ status: 'attached', attachedTo: { caseId: opened.caseId, reference: 'CL-2026-0001' }, settledBy: '王法务' });
    expect(await waitingUnsortedFiles(db)).toEqual([]);
    const events = await db.auditLog.where('subject').equals(`case:${opened.caseId}`).toArray();
    expect(events.map((e) => e.action)).toEqual(['case.created', 'unsorted.attached']);
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);

    // attached once: not again, nor discarded afterwards
    await expect(attachUnsortedFile(db, put.fileId, opened.caseId, '王法务', NOW)).rejects.toThrow('not allowed: already attached');
    await expect(discardUnsortedFile(db, put.fileId, '误收', '王法务', NOW)).rejects.toThrow('not allowed: already attached');
  });

  it('a discarded file loses its bytes, keeps its digest and the reason (sealed, not in the audit text)', async () => {
    const [put] = await drop({ '张伟.eml': fake });
    if (put?.kind !== 'unsorted') throw new Error(put?.kind);
    await expect(discardUnsortedFile(db, put.fileId, '  ', '王法务', NOW)).rejects.toThrow('a reason is required');
    await discardUnsortedFile(db, put.fileId, '张伟寄错的文字稿，与任何申请无关', '王法务', NOW);
    expect(await db.documentBlobs.get(put.fileId)).toBeUndefined();
    expect(await db.unsortedFiles.get(put.fileId)).toMatchObject({ status: 'discarded', discardReason: '张伟寄错的文字稿，与任何申请无关', sha256: sha256Hex(fake) });
    const [event] = await db.auditLog.where('action').equals('unsorted.discarded').toArray();
    expect(JSON.stringify(event)).not.toContain('张伟');
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
    // once discarded, the same file dropped again waits anew
    const [again] = await drop({ '张伟.eml': fake });
    expect(again?.kind).toBe('unsorted');
  });
});
