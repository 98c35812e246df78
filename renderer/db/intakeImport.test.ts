import { testStoreKeys } from './test-support/freshDatabase';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/chain';
import { creditCodeCheckCharacter } from '../../shared/identity/creditCode';
import { ImportBatch, type ParseResult } from '../../shared/intake';
import { verifyAuditLog } from './audit/verifyStore';
import { pauseClock } from './caseClock';
import { CaseDeskDatabase } from './database';
import type { IntakeWording } from './intakeCases';
import { carryOutImport, type WrittenOutcome } from './intakeImport';
import { knownMailFor } from './intakeLookup';
import { confirmReceiptTime, confirmRequestType, confirmRequestTypes, linkCaseToRequester, setGdprFlag } from './intakeReview';
import { testMail } from './intakeTestSupport';

let db: CaseDeskDatabase;
let name: string;
beforeEach(() => {
  name = `casedesk-intake-${crypto.randomUUID()}`;
  db = new CaseDeskDatabase(name, testStoreKeys());
});
afterEach(async () => {
  db.close();
  await CaseDeskDatabase.delete(name);
});

const NOW = new Date('2026-03-10T02:00:00.000Z');
const FILE_TIME = '2026-03-09T01:00:00.000Z';
const wording: IntakeWording = { unknownRequester: '身份不明（待审核）', failedSummary: (f) => `无法解析：${f.code}` };
const scan = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);

const files: Record<string, Uint8Array> = {
  'request.eml': testMail({ from: '张伟 <zhang.wei@163.com>', subject: '申请查阅本人个人信息', messageId: 'req@163.com', received: 'Mon, 02 Mar 2026 10:21:07 +0800', body: '我申请查阅贵司保存的我的个人信息。' }),
  'reply.eml': testMail({
    from: '张伟 <zhang.wei@163.com>',
    subject: 'Re: 身份验证材料补充',
    messageId: 'reply@163.com',
    inReplyTo: 'ack.CL-2026-0001@solutioncl.com',
    references: ['req@163.com', 'ack.CL-2026-0001@solutioncl.com'],
    received: 'Mon, 09 Mar 2026 08:45:10 +0800',
    body: '按要求补充身份证复印件。',
    attachment: { name: 'idcard.jpg', mimeType: 'image/jpeg', bytes: scan },
  }),
  // the same message delivered again: another Received: stamp, the same content (issue 12: a duplicate by Message-ID and content)
  'again.eml': testMail({ from: '张伟 <zhang.wei@163.com>', subject: '申请查阅本人个人信息', messageId: 'req@163.com', received: 'Mon, 02 Mar 2026 12:00:00 +0800', date: 'Mon, 02 Mar 2026 10:21:07 +0800', body: '我申请查阅贵司保存的我的个人信息。' }),
  'eea.eml': testMail({ from: 'Anna Schmidt <anna@example.de>', subject: 'Auskunft nach Art. 15 DSGVO', messageId: 'anna@example.de', received: 'Thu, 05 Mar 2026 18:00:00 +0800', body: 'Sehr geehrte Damen und Herren, ich bitte um Auskunft über meine Daten.' }),
  'complaint.eml': testMail({ from: '黄丽 <huangli@139.com>', subject: '投诉', messageId: 'c@139.com', received: 'Thu, 05 Mar 2026 11:00:00 +0800', body: '我要投诉。手机 13500001234，身份证 11010519491231002X。' }),
  'garbage.eml': Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256),
  'empty.eml': new Uint8Array(0),
};

/** The worker's part (parse, ask the store, plan) in-process, then the store's part: what the 收件 screen runs. */
async function importFiles(names: string[]): Promise<{ results: readonly ParseResult[]; written: WrittenOutcome[]; at: (name: string) => WrittenOutcome }> {
  const batch = new ImportBatch({ companyDomains: ['solutioncl.com'] });
  for (const n of names) await batch.addFile({ name: n, bytes: files[n]!, lastModified: FILE_TIME });
  const plan = batch.plan(await knownMailFor(db, batch.lookupKeys()));
  const written = await carryOutImport(db, batch.results, plan, { actor: '王法务', now: NOW, wording });
  return { results: batch.results, written, at: (n) => written[names.indexOf(n)]! };
}

const caseIdOf = (w: WrittenOutcome) => ('caseId' in w ? w.caseId : undefined);

describe('carrying out an import in the store', () => {
  it('opens, joins, skips and keeps every message, and nothing is lost', async () => {
    const { written, at } = await importFiles(['reply.eml', 'request.eml', 'again.eml', 'eea.eml', 'complaint.eml', 'garbage.eml', 'empty.eml']);
    expect(written.map((w) => w.kind)).toEqual(['joined', 'created', 'duplicate', 'created', 'created', 'unsorted', 'unsorted']);

    // the reply (found before its original) and the second copy both land on the case the original opened
    const original = caseIdOf(at('request.eml'))!;
    expect(caseIdOf(at('reply.eml'))).toBe(original);
    expect(caseIdOf(at('again.eml'))).toBe(original);
    const opened = (await db.cases.get(original))!;
    expect(opened).toMatchObject({ channel: 'email', receivedAt: '2026-03-02T02:21:07.000Z', receivedAtSource: 'received-header', requestType: 'access', typeConfirmed: false, gdpr: false });
    expect(opened.messageIds).toEqual(['req@163.com', 'reply@163.com']);
    const docs = await db.documents.where('caseId').equals(original).toArray();
    expect(docs.map((d) => [d.kind, d.fileName]).sort()).toEqual([
      ['attachment', 'idcard.jpg'],
      ['email', 'reply.eml'],
      ['email', 'request.eml'],
    ]);
    expect(docs.find((d) => d.fileName === 'request.eml')!.sha256).toBe(sha256Hex(files['request.eml']!));
    const jpg = docs.find((d) => d.fileName === 'idcard.jpg')!;
    expect(jpg).toMatchObject({ mimeType: 'image/jpeg', identityEvidence: false, sha256: sha256Hex(scan), size: scan.length });
    expect((await db.documentBlobs.get(jpg.id))!.bytes).toEqual(scan);

    // references follow the order of receipt
    const references = await Promise.all(['request.eml', 'complaint.eml', 'eea.eml'].map(async (n) => (await db.cases.get(caseIdOf(at(n))!))!.reference));
    expect(references).toEqual(['CL-2026-0001', 'CL-2026-0002', 'CL-2026-0003']);

    // issue 14: a file that is no message opens no case: it waits in the unsorted tray, its bytes kept
    expect(await db.cases.count()).toBe(3);
    const garbage = at('garbage.eml');
    if (garbage.kind !== 'unsorted') throw new Error(garbage.kind);
    expect(await db.unsortedFiles.get(garbage.fileId)).toMatchObject({ status: 'waiting', kind: 'other', reason: 'not-a-message', fileName: 'garbage.eml', sha256: sha256Hex(files['garbage.eml']!) });
    expect((await db.documentBlobs.get(garbage.fileId))!.bytes).toEqual(files['garbage.eml']);
    expect(await db.unsortedFiles.get((at('empty.eml') as { fileId: string }).fileId)).toMatchObject({ status: 'waiting', reason: 'empty-file', size: 0 });

    // the EEA flag, and the requester read from the text
    expect(await db.cases.get(caseIdOf(at('eea.eml'))!)).toMatchObject({ gdpr: true });
    const complaint = (await db.cases.get(caseIdOf(at('complaint.eml'))!))!;
    expect(await db.requesters.get(complaint.requesterId)).toMatchObject({ name: '黄丽', email: 'huangli@139.com', phone: '13500001234', idNumber: '11010519491231002X' });

    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
  });

  it('recognises a second import of the same files as duplicates of their cases', async () => {
    await importFiles(['request.eml', 'empty.eml', 'garbage.eml']);
    const cases = await db.cases.count();
    const again = await importFiles(['request.eml', 'empty.eml', 'garbage.eml']);
    expect(again.written.map((w) => w.kind)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(caseIdOf(again.written[0]!)).toBeDefined();
    expect(await db.cases.count()).toBe(cases);
    // the two files that are not mail wait in the tray once
    expect(await db.unsortedFiles.count()).toBe(2);
  });

  it('offers to resume a paused clock when the requester answers, and offers a known requester', async () => {
    const first = await importFiles(['request.eml']);
    const caseId = caseIdOf(first.written[0]!)!;
    await pauseClock(db, caseId, '2026-03-05', '等待申请人补充身份证明材料', '王法务', NOW);
    const known = await knownMailFor(db, { messageIds: ['req@163.com'], digests: [], caseReferences: [] });
    expect(known.pausedCaseIds).toEqual(new Set([caseId]));

    const reply = await importFiles(['reply.eml']);
    expect(reply.written[0]).toEqual({ kind: 'joined', caseId, reference: 'CL-2026-0001', documents: 2 });
    const events = await db.auditLog.where('subject').equals(`case:${caseId}`).toArray();
    expect(events.map((e) => e.action)).toEqual(['case.created', 'clock.paused', 'document.added']);

    // 张伟 writes about something new: a new case, with the known requester offered, not merged
    files['new.eml'] = testMail({ from: '张伟 <Zhang.Wei@163.com>', subject: '删除', messageId: 'new@163.com', received: 'Tue, 10 Mar 2026 09:00:00 +0800', body: '请删除我的信息' });
    const [created] = (await importFiles(['new.eml'])).written;
    if (created?.kind !== 'created') throw new Error(created?.kind);
    const original = (await db.cases.get(caseId))!;
    expect(created.matches).toEqual([{ requesterId: original.requesterId, name: '张伟', matchedOn: ['email'], nameDiffers: false }]);
    expect(created.requesterId).not.toBe(original.requesterId);

    // accepting the match links the case and removes the requester intake created for it
    await linkCaseToRequester(db, created.caseId, original.requesterId, '王法务', NOW);
    expect((await db.cases.get(created.caseId))!.requesterId).toBe(original.requesterId);
    expect(await db.requesters.get(created.requesterId)).toBeUndefined();
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
  });

  it('joins a case only from a known address of its requester; a stranger citing it opens a case of its own (issue 12)', async () => {
    const first = await importFiles(['request.eml']);
    const caseId = caseIdOf(first.written[0]!)!;
    await pauseClock(db, caseId, '2026-03-05', '等待申请人补充身份证明材料', '王法务', NOW);

    files['stranger.eml'] = testMail({ from: 'someone@evil.example', subject: 'Re: CL-2026-0001 补充材料', messageId: 's@evil.example', inReplyTo: 'req@163.com', received: 'Mon, 09 Mar 2026 08:00:00 +0800', body: '请恢复处理' });
    const [stranger] = (await importFiles(['stranger.eml'])).written;
    if (stranger?.kind !== 'created') throw new Error(stranger?.kind);
    expect(stranger.cites).toEqual({ caseId, reference: 'CL-2026-0001', via: 'in-reply-to' });
    expect(await db.cases.get(stranger.caseId)).toMatchObject({ needsReview: true, cites: { reference: 'CL-2026-0001', via: 'in-reply-to' }, messageIds: ['s@evil.example'] });
    // the cited case is untouched: its clock still paused, no document added
    expect(await db.cases.get(caseId)).toMatchObject({ status: 'paused' });
    expect(await db.documents.where('caseId').equals(caseId).count()).toBe(1);

    // the requester himself, citing only the reference in the subject: joined
    files['own.eml'] = testMail({ from: '张伟 <ZHANG.WEI@163.com>', subject: '关于 CL-2026-0001 的补充', messageId: 'own@163.com', received: 'Mon, 09 Mar 2026 09:00:00 +0800', body: '补充材料见附件' });
    expect((await importFiles(['own.eml'])).written[0]).toMatchObject({ kind: 'joined', caseId });
  });

  it('keeps a different message that reuses a stored Message-ID, flagged, instead of dropping it (issue 12)', async () => {
    await importFiles(['request.eml']);
    files['reuse.eml'] = testMail({ from: '李四 <lisi@qq.com>', subject: '另一件事', messageId: 'req@163.com', received: 'Mon, 09 Mar 2026 09:00:00 +0800', body: '完全不同的内容' });
    const [reused] = (await importFiles(['reuse.eml'])).written;
    if (reused?.kind !== 'created') throw new Error(reused?.kind);
    expect(await db.cases.get(reused.caseId)).toMatchObject({ needsReview: true, messageIds: [] });
    const [doc] = await db.documents.where('caseId').equals(reused.caseId).toArray();
    expect(doc).toMatchObject({ kind: 'email', messageId: 'req@163.com', messageIdReused: true });
  });

  it('flags a case whose time of receipt came from the file, its due date provisional (issue 12)', async () => {
    files['undated.eml'] = testMail({ from: '王五 <wangwu@qq.com>', subject: '请删除我的信息', messageId: 'u@qq.com', body: '请删除' }); // neither Date nor Received
    const [w] = (await importFiles(['undated.eml'])).written;
    expect(await db.cases.get(caseIdOf(w!)!)).toMatchObject({ receivedAt: FILE_TIME, receivedAtSource: 'file-time', needsReview: true, receiptUnconfirmed: true });
  });

  it('confirms a type and the GDPR flag through the clock', async () => {
    const { written } = await importFiles(['eea.eml']);
    const caseId = caseIdOf(written[0]!)!;
    expect(await db.cases.get(caseId)).toMatchObject({ gdpr: true, typeConfirmed: false, requestType: 'access' });
    expect(await confirmRequestType(db, caseId, 'copy', '王法务', NOW)).toMatchObject({ requestType: 'copy', typeConfirmed: true });
    const cleared = await setGdprFlag(db, caseId, false, '王法务', NOW);
    expect(cleared.gdpr).toBe(false);
    // the due date is recomputed under the rule now in force, and each change is audited
    expect(cleared.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const events = await db.auditLog.where('subject').equals(`case:${caseId}`).toArray();
    expect(events.map((e) => e.action)).toEqual(['case.created', 'case.updated', 'case.updated']);
  });
});

describe('an enterprise request (issue 12)', () => {
  it('opens with an enterprise requester carrying the credit code the text states', async () => {
    files['company.eml'] = testMail({ from: '张律师 <zhang@lawfirm.cn>', subject: '企业数据删除申请', messageId: 'co@lawfirm.cn', received: 'Tue, 10 Mar 2026 09:00:00 +0800', body: '宁波某某科技有限公司（统一社会信用代码 91330212MA2H4B7C1' + creditCodeCheckCharacter('91330212MA2H4B7C1') + '）申请删除其账户数据。' });
    const [w] = (await importFiles(['company.eml'])).written;
    const record = (await db.cases.get(caseIdOf(w!)!))!;
    expect(await db.requesters.get(record.requesterId)).toMatchObject({ kind: 'enterprise', name: '宁波某某科技有限公司', organisation: '宁波某某科技有限公司', creditCode: '91330212MA2H4B7C1' + creditCodeCheckCharacter('91330212MA2H4B7C1'), email: 'zhang@lawfirm.cn' });
  });
});

describe('confirming a time of receipt taken from the file (issue 12)', () => {
  it('clears the flag, recomputes the due date from the confirmed time, and audits before and after', async () => {
    files['undated2.eml'] = testMail({ from: '王五 <wangwu@qq.com>', subject: '请删除我的信息', messageId: 'u2@qq.com', body: '请删除' });
    const [w] = (await importFiles(['undated2.eml'])).written;
    const caseId = caseIdOf(w!)!;
    const provisional = (await db.cases.get(caseId))!;
    const confirmed = await confirmReceiptTime(db, caseId, '2026-02-27T02:00:00.000Z', '王法务', NOW);
    expect(confirmed).toMatchObject({ receivedAt: '2026-02-27T02:00:00.000Z', receivedAtSource: 'entered' });
    expect(confirmed.receiptUnconfirmed).toBeUndefined();
    expect(confirmed.dueDate! < provisional.dueDate!).toBe(true);
    const events = await db.auditLog.where('subject').equals(`case:${caseId}`).toArray();
    expect(events.at(-1)).toMatchObject({ action: 'case.updated', summary: expect.stringContaining(`${FILE_TIME} -> 2026-02-27T02:00:00.000Z`) });
    // as it was: the source stays the file's time, now confirmed
    files['undated3.eml'] = testMail({ from: '赵六 <zl@qq.com>', subject: '请删除', messageId: 'u3@qq.com', body: '请删除' });
    const third = caseIdOf((await importFiles(['undated3.eml'])).written[0]!)!;
    expect(await confirmReceiptTime(db, third, FILE_TIME, '王法务', NOW)).toMatchObject({ receivedAtSource: 'file-time', receivedAt: FILE_TIME });
  });

  it('confirms every suggested type at once, one audit event per case (issue 14)', async () => {
    const { at } = await importFiles(['request.eml', 'eea.eml', 'complaint.eml']);
    const ids = ['request.eml', 'eea.eml', 'complaint.eml'].map((n) => caseIdOf(at(n))!);
    const choices = await Promise.all(ids.map(async (caseId) => ({ caseId, requestType: (await db.cases.get(caseId))!.requestType })));
    expect(await confirmRequestTypes(db, choices, '王法务', NOW)).toBe(3);
    for (const { caseId, requestType } of choices) expect(await db.cases.get(caseId)).toMatchObject({ typeConfirmed: true, requestType });
    expect(await db.auditLog.where('action').equals('case.updated').count()).toBe(3);
    // all or none: a case that does not exist undoes the rest
    await expect(confirmRequestTypes(db, [{ caseId: ids[0]!, requestType: 'deletion' }, { caseId: 'missing', requestType: 'access' }], '王法务', NOW)).rejects.toThrow('does not exist');
    expect((await db.cases.get(ids[0]!))!.requestType).toBe(choices[0]!.requestType);
  });
});
