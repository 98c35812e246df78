import { describe, expect, it } from 'vitest';
import type { CaseDeskDatabase } from '../database';
import { registerPaperIntake } from '../intakePaper';
import { withFreshDatabase } from '../test-support/freshDatabase';
import { exportAuditLog, verifyExportedLog } from './exportAudit';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

describe('exporting the audit log for an auditor', () => {
  it('exports every event with a signed head that verifies here, and audits the export', async () => {
    await registerPaperIntake(db, { channel: 'postal', receivedDate: '2026-11-27', name: '陈静', requestText: '删除', requestType: 'deletion', gdpr: false, scans: [] }, '王法务');
    const before = await db.auditLog.count();
    const { json, csv } = await exportAuditLog(db, '王法务');
    expect(json.events).toHaveLength(before);
    expect(verifyExportedLog(db, JSON.stringify(json), csv)).toMatchObject({ ok: true, problems: [] });
    expect((await db.auditLog.where('action').equals('audit.exported').toArray()).map((e) => e.summary)).toEqual([`audit log exported: ${before} events`]);
    // no personal data in what the auditor receives
    expect(JSON.stringify(json) + csv).not.toContain('陈静');
  });

  it('reports an exported event edited afterwards', async () => {
    await registerPaperIntake(db, { channel: 'postal', receivedDate: '2026-11-27', name: '陈静', requestText: '删除', requestType: 'deletion', gdpr: false, scans: [] }, '王法务');
    const { json } = await exportAuditLog(db, '王法务');
    const text = JSON.stringify(json).replace('"action":"case.created"', '"action":"case.updated"');
    const verdict = verifyExportedLog(db, text);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems.map((p) => p.kind)).toContain('edited');
  });
});
