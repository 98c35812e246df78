import { buildAuditExport, verifyAuditExport, type AuditExport, type ExportVerdict } from '../../../shared/audit/auditExport';
import { appendAudit } from '../audit';
import type { CaseDeskDatabase } from '../database';

/**
 * The audit log for an auditor (issue 11): every event of every chain the
 * store holds, as JSON with a head signed under this workstation's audit
 * key, and as CSV; the export itself is audited.
 */
export async function exportAuditLog(db: CaseDeskDatabase, actor: string, now: Date = new Date()): Promise<{ json: AuditExport; csv: string }> {
  const events = await db.auditLog.toArray();
  const exported = buildAuditExport(events, { chain: db.chain, key: db.keys.auditHead }, actor, now.toISOString());
  await db.transaction('rw', [db.auditLog], () =>
    appendAudit(db, {
      actor,
      at: now.toISOString(),
      action: 'audit.exported',
      subject: 'audit',
      summary: `audit log exported: ${events.length} events`,
      after: { events: events.length, csvSha256: exported.json.head.csvSha256, headMac: exported.json.headMac },
    }),
  );
  return exported;
}

/** Verifies an exported log here: its chains, and its signed head when this workstation's chain signed it. */
export function verifyExportedLog(db: CaseDeskDatabase, json: string, csv?: string): ExportVerdict {
  return verifyAuditExport(json, { chain: db.chain, key: db.keys.auditHead }, csv);
}
