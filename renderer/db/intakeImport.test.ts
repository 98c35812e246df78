import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportBatch, type ParseResult } from '../../shared/intake';
import { fixtureBytes, manifest } from '../../shared/intake/test-support/fixtures';
import { verifyAuditChain } from './audit';
import { pauseClock } from './caseClock';
import { CaseDeskDatabase } from './database';
import type { IntakeWording } from './intakeCases';
import { carryOutImport, type WrittenOutcome } from './intakeImport';
import { knownMailFor } from './intakeLookup';
import { confirmRequestType, linkCaseToRequester, setGdprFlag } from './intakeReview';

let db: CaseDeskDatabase;
let name: string;
beforeEach(() => {
  name = `casedesk-intake-${crypto.randomUUID()}`;
  db = new CaseDeskDatabase(name);
});
afterEach(async () => {
  db.close();
  await CaseDeskDatabase.delete(name);
});

const NOW = new Date('2026-03-10T02:00:00.000Z');
const wording: IntakeWording = { unknownRequester: '身份不明（待审核）', failedSummary: (f) => `无法解析：${f.code}` };

/** The worker's part (parse, ask the store, plan) in-process, then the store's part: what the 收件 screen runs. */
async function importFiles(files: string[]): Promise<{ results: readonly ParseResult[]; written: WrittenOutcome[]; at: Map<string, number> }> {
  const batch = new ImportBatch({ companyDomains: manifest.companyDomains, attachmentLimitBytes: 100_000 });
  const at = new Map<string, number>();
  for (const file of files) {
    const added = await batch.addFile({ name: file, bytes: fixtureBytes(file), lastModified: manifest.fileTime });
    added.forEach((_, i) => at.set(added.length > 1 ? `${file}#${i}` : file, batch.results.length - added.length + i));
  }
  const plan = batch.plan(await knownMailFor(db, batch.lookupKeys()));
  const written = await carryOutImport(db, batch.results, plan, { actor: '王法务', now: NOW, wording });
  return { results: batch.results, written, at };
}

const ALL = manifest.fixtures.map((f) => f.file);
const caseIdOf = (w: WrittenOutcome | undefined) => (w && 'caseId' in w ? w.caseId : undefined);

describe('carrying out an import in the store', () => {
  it('opens, joins, skips and keeps every fixture, and nothing is lost', async () => {
    const { results, written, at } = await importFiles(ALL);
    const kinds = written.map((w) => w.kind);
    expect(kinds.filter((k) => k === 'not-saved')).toEqual([]);
    expect({
      created: kinds.filter((k) => k === 'created').length,
      joined: kinds.filter((k) => k === 'joined').length,
      duplicate: kinds.filter((k) => k === 'duplicate').length,
      failed: kinds.filter((k) => k === 'failed').length,
    }).toEqual({ created: results.length - 6, joined: 2, duplicate: 2, failed: 2 });

    // the reply and the duplicate both land on the case the original opened
    const original = caseIdOf(written[at.get('01-utf8-base64-access.eml')!]);
    expect(caseIdOf(written[at.get('22-reply-in-reply-to.eml')!])).toBe(original);
    expect(caseIdOf(written[at.get('24-duplicate-of-01.eml')!])).toBe(original);
    const opened = (await db.cases.get(original!))!;
    expect(opened.messageIds).toEqual(['20260302102055.1a2b3c@163.com', 'reply22@163.com']);
    const docs = await db.documents.where('caseId').equals(original!).toArray();
    expect(docs.map((d) => [d.kind, d.fileName]).sort()).toEqual([
      ['attachment', 'idcard.jpg'],
      ['email', '01-utf8-base64-access.eml'],
      ['email', '22-reply-in-reply-to.eml'],
    ]);
    const expected01 = manifest.fixtures.find((f) => f.file === '01-utf8-base64-access.eml')!;
    expect(docs.find((d) => d.fileName === '01-utf8-base64-access.eml')!.sha256).toBe(expected01.sha256);
    expect(opened).toMatchObject({ channel: 'email', receivedAt: '2026-03-02T02:21:07.000Z', receivedAtSource: 'received-header', requestType: 'access', typeConfirmed: false, gdpr: false });

    // an attachment is stored with the digest the parser took, its bytes beside it
    const scanCase = caseIdOf(written[at.get('11-multipart-mixed-id-scan-copy.eml')!])!;
    const scanDocs = await db.documents.where('caseId').equals(scanCase).toArray();
    const jpg = scanDocs.find((d) => d.fileName === '身份证正面.jpg')!;
    expect(jpg).toMatchObject({ kind: 'attachment', mimeType: 'image/jpeg', identityEvidence: false });
    expect((await db.documentBlobs.get(jpg.id))!.bytes.byteLength).toBe(jpg.size);

    // a message that could not be read: its own case, for review, the raw file kept with the error
    const broken = caseIdOf(written[at.get('36-binary-garbage.eml')!])!;
    expect(await db.cases.get(broken)).toMatchObject({ needsReview: true, receivedAtSource: 'file-time', receivedAt: manifest.fileTime, summary: '无法解析：not-a-message' });
    const [raw] = await db.documents.where('caseId').equals(broken).toArray();
    expect(raw).toMatchObject({ kind: 'email', error: 'not-a-message', sha256: manifest.fixtures.find((f) => f.file === '36-binary-garbage.eml')!.sha256 });

    // the EEA flag and the requester found in the text
    expect(await db.cases.get(caseIdOf(written[at.get('26-eea-german-access.eml')!])!)).toMatchObject({ gdpr: true });
    const complaint = (await db.cases.get(caseIdOf(written[at.get('25-complaint-with-phone-and-id.eml')!])!))!;
    expect(await db.requesters.get(complaint.requesterId)).toMatchObject({ name: '黄丽', email: 'huangli@139.com', phone: '13500001234', idNumber: '11010519491231002X' });

    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('recognises a second import of the same files as duplicates', async () => {
    await importFiles(['01-utf8-base64-access.eml', '35-empty.eml', '40-export.mbox']);
    const cases = await db.cases.count();
    const again = await importFiles(['01-utf8-base64-access.eml', '35-empty.eml', '40-export.mbox']);
    expect(again.written.map((w) => w.kind)).toEqual(Array(6).fill('duplicate'));
    expect(again.written.every((w) => caseIdOf(w) !== undefined)).toBe(true);
    expect(await db.cases.count()).toBe(cases);
  });

  it('offers to resume a paused clock when the requester answers, and matches a known requester', async () => {
    const first = await importFiles(['01-utf8-base64-access.eml']);
    const caseId = caseIdOf(first.written[0])!;
    await pauseClock(db, caseId, '2026-03-05', '等待申请人补充身份证明材料', '王法务', NOW);
    const known = await knownMailFor(db, { messageIds: ['20260302102055.1a2b3c@163.com'], digests: [], caseReferences: [] });
    expect(known.pausedCaseIds).toEqual(new Set([caseId]));

    const reply = await importFiles(['22-reply-in-reply-to.eml']);
    expect(reply.written[0]).toMatchObject({ kind: 'joined', caseId, documents: 2 });
    const events = await db.audit.where('subject').equals(`case:${caseId}`).toArray();
    expect(events.map((e) => e.action)).toContain('document.added');

    // 张伟 writes again, about something new: a new case, with the known requester offered
    const bytes = new TextEncoder().encode('From: 张伟 <zhang.wei@163.com>\r\nTo: legal@solutioncl.com\r\nSubject: 删除\r\nMessage-ID: <new@163.com>\r\nDate: Tue, 10 Mar 2026 09:00:00 +0800\r\n\r\n请删除我的信息\r\n');
    const batch = new ImportBatch({ companyDomains: manifest.companyDomains });
    await batch.addFile({ name: 'new.eml', bytes });
    const written = await carryOutImport(db, batch.results, batch.plan(await knownMailFor(db, batch.lookupKeys())), { actor: '王法务', now: NOW, wording });
    const created = written[0]!;
    if (created.kind !== 'created') throw new Error(created.kind);
    const original = (await db.cases.get(caseId))!;
    expect(created.matches).toEqual([{ requesterId: original.requesterId, name: '张伟', matchedOn: ['email'], nameDiffers: false }]);
    expect(created.requesterId).not.toBe(original.requesterId);

    // accepting the match links the case and removes the requester intake created for it
    await linkCaseToRequester(db, created.caseId, original.requesterId, '王法务', NOW);
    expect((await db.cases.get(created.caseId))!.requesterId).toBe(original.requesterId);
    expect(await db.requesters.get(created.requesterId)).toBeUndefined();
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('confirms a type and the GDPR flag, recomputing the due date', async () => {
    const { written } = await importFiles(['26-eea-german-access.eml']);
    const caseId = caseIdOf(written[0])!;
    const before = (await db.cases.get(caseId))!;
    expect(before).toMatchObject({ gdpr: true, typeConfirmed: false });
    const confirmed = await confirmRequestType(db, caseId, 'deletion', '王法务', NOW);
    expect(confirmed).toMatchObject({ requestType: 'deletion', typeConfirmed: true });
    const cleared = await setGdprFlag(db, caseId, false, '王法务', NOW);
    expect(cleared.gdpr).toBe(false);
    // both go through the clock: the due date is recomputed under the rule now in force, and each change is audited
    expect(cleared.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const events = await db.audit.where('subject').equals(`case:${caseId}`).toArray();
    expect(events.map((e) => e.action)).toEqual(['case.created', 'case.updated', 'case.updated']);
  });
});
