import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../db/test-support/freshDatabase';
import { ImportBatch } from '../../../shared/intake';
import { CaseDeskDatabase } from '../../db/database';
import { carryOutImport } from '../../db/intakeImport';
import { knownMailFor } from '../../db/intakeLookup';
import { testMail } from '../../db/intakeTestSupport';
import { buildReport } from './importReport';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

describe('the summary an import ends with', () => {
  it('counts what was written and says, per message, where it went and why', async () => {
    const request = testMail({ from: '李娜 <lina@qq.com>', subject: '请删除我的个人信息', messageId: 'a@qq.com', received: 'Tue, 03 Mar 2026 08:02:14 +0800', body: '请删除你们保存的我的全部个人信息。' });
    const files = [
      { name: 'a.eml', bytes: request },
      { name: 'b.eml', bytes: request.slice() },
      { name: 'reply.eml', bytes: testMail({ from: '李娜 <lina@qq.com>', subject: 'Re: 请删除', messageId: 'b@qq.com', inReplyTo: 'a@qq.com', received: 'Wed, 04 Mar 2026 09:00:00 +0800', body: '补充。' }) },
      { name: 'x.eml', bytes: new Uint8Array(0) },
      { name: '申请书.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n%%EOF\n') },
    ];
    const batch = new ImportBatch({ companyDomains: ['solutioncl.com'] });
    for (const f of files) await batch.addFile({ ...f, lastModified: '2026-03-05T00:00:00.000Z' });
    const plan = batch.plan(await knownMailFor(db, batch.lookupKeys()));
    const now = new Date('2026-03-10T02:00:00.000Z');
    const written = await carryOutImport(db, batch.results, plan, { actor: '王法务', now, wording: { unknownRequester: '?', failedSummary: () => 'x' } });
    const report = buildReport(batch.results, plan, written, 1234, now);

    // issue 14: the empty file and the PDF are not mail: counted as what they are, never as messages
    expect(report.counts).toEqual({ messages: 3, unsorted: { pdf: 1, image: 0, other: 1 }, created: 1, joined: 1, duplicates: 1, failed: 0, notSaved: 0, needsReview: 0, attachmentsRefused: 0 });
    const [created, duplicate, joined, empty, pdf] = report.rows;
    expect(created).toMatchObject({ outcome: 'created', fileName: 'a.eml', reference: 'CL-2026-0001', subject: '请删除我的个人信息', from: '李娜 <lina@qq.com>', suggestion: { type: 'deletion', triggers: ['删除'] }, needsReview: false });
    expect(duplicate).toMatchObject({ outcome: 'duplicate', by: 'sha256', inBatch: true, reference: 'CL-2026-0001' });
    expect(joined).toMatchObject({ outcome: 'joined', via: 'in-reply-to', reference: 'CL-2026-0001', answeredOn: '2026-03-04', documents: 1, resumesClock: false });
    expect(empty).toMatchObject({ outcome: 'unsorted', code: 'empty-file', kind: 'other' });
    expect(pdf).toMatchObject({ outcome: 'unsorted', code: 'not-a-message', kind: 'pdf', fileName: '申请书.pdf' });
    expect(empty).not.toHaveProperty('reference');
    // plain data: the report lives in the intake slice
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
