import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from './audit/verifyStore';
import { mergeCase } from './caseMerge';
import { auditEventsFor } from './audit';
import type { CaseDeskDatabase } from './database';
import { registerPaperIntake, type PaperIntake } from './intakePaper';
import { withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const NOW = new Date('2026-11-30T02:00:00.000Z');
const letter = (name: string, scan: string): PaperIntake => ({
  channel: 'postal',
  receivedDate: '2026-11-27',
  name,
  phone: '13957401234',
  requestText: '请删除我的个人信息',
  requestType: 'deletion',
  gdpr: false,
  scans: [{ name: scan, mimeType: 'application/pdf', bytes: new TextEncoder().encode(`%PDF-1.4 ${scan}`) }],
});

describe('合并 in the store', () => {
  it('moves the duplicate’s documents to the target, closes it as merged, and writes an event on both cases', async () => {
    const target = await registerPaperIntake(db, letter('陈静', '来信.pdf'), '王法务', NOW);
    const duplicate = await registerPaperIntake(db, letter('陈静', '来信（重复寄送）.pdf'), '王法务', NOW);

    const { merged, documents } = await mergeCase(db, duplicate.id, target.id, '同一封信登记了两次', '王法务', NOW);
    expect(documents).toBe(1);
    expect(merged).toMatchObject({ reference: duplicate.reference, status: 'closed', stage: 'voided', mergedInto: { caseId: target.id, reference: target.reference } });
    expect(await db.documents.where('caseId').equals(duplicate.id).count()).toBe(0);
    expect((await db.documents.where('caseId').equals(target.id).toArray()).map((d) => d.fileName).sort()).toEqual(['来信.pdf', '来信（重复寄送）.pdf']);
    expect((await db.cases.get(target.id))!.mergedFrom).toEqual([{ caseId: duplicate.id, reference: duplicate.reference, at: NOW.toISOString(), by: '王法务' }]);

    for (const id of [duplicate.id, target.id]) expect((await auditEventsFor(db, `case:${id}`)).map((e) => e.action)).toContain('case.merged');
    // the reason stays on the case (sealed), not in the audit text
    expect(JSON.stringify(await db.auditLog.where('action').equals('case.merged').toArray())).not.toContain('两次');
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);

    // merged once: it cannot be merged again, and a target must be a live case
    await expect(mergeCase(db, duplicate.id, target.id, '再合并', '王法务', NOW)).rejects.toThrow('not allowed: voided');
    const third = await registerPaperIntake(db, letter('陈静', '第三封.pdf'), '王法务', NOW);
    await expect(mergeCase(db, third.id, duplicate.id, '误', '王法务', NOW)).rejects.toThrow('not allowed: target-unavailable');
  });
});
