import { sha256Hex } from '../../../shared/audit/chain';
import { withoutAttachment } from '../../../shared/retention/emlRedaction';
import type { PurgeLedgerEntry } from '../../../shared/retention/retentionPolicy';
import { appendAudit } from '../audit';
import type { CaseDeskDatabase } from '../database';
import { purgeCaseData } from './retentionPurge';

/**
 * The purge ledger applied again (issue 11: "restoring an older backup
 * never brings purged personal data back", policy 5.5.1 "源数据及备份数据").
 * Runs inside the restore's transaction, after the backup's records are in:
 * every entry — those the backup carried and those this store had before
 * the restore — is applied to what came back, and each purge that had to be
 * made again is audited as `purge.reapplied`. Returns how many.
 */
export async function reapplyPurgeLedger(db: CaseDeskDatabase, actor: string, at: string): Promise<number> {
  let applied = 0;
  for (const entry of await db.purgeLedger.toArray()) {
    const changed = entry.kind === 'retention' ? (await purgeCaseData(db, entry.caseId, actor, at)).changed : await reapplyEvidencePurge(db, entry, actor, at);
    if (!changed) continue;
    applied++;
    await appendAudit(db, {
      actor,
      at,
      action: 'purge.reapplied',
      subject: `case:${entry.caseId}`,
      summary: `${entry.reference ?? entry.caseId}: ${entry.kind} purge of ${entry.at} applied again after a restore`,
      after: { ledgerId: entry.id, kind: entry.kind, purgedAt: entry.at },
    });
  }
  return applied;
}

/** An identity scan's bytes, and the raw messages it was cut out of. */
async function reapplyEvidencePurge(db: CaseDeskDatabase, entry: PurgeLedgerEntry, actor: string, at: string): Promise<boolean> {
  let changed = false;
  for (const id of entry.documentIds) {
    const doc = await db.documents.get(id);
    if (!doc) continue;
    const hadBytes = (await db.documentBlobs.where('id').equals(id).count()) > 0;
    if (hadBytes) await db.documentBlobs.delete(id);
    if (!doc.purgedAt) await db.documents.put({ ...doc, purgedAt: entry.at, purgedBy: entry.by, purgeReason: 'purge applied again after a restore' });
    changed ||= hadBytes || !doc.purgedAt;
    for (const messageId of entry.redactedDocumentIds) {
      const message = await db.documents.get(messageId);
      const blob = await db.documentBlobs.get(messageId);
      if (!message || !blob) continue;
      const cut = withoutAttachment(blob.bytes, doc.sha256, at);
      if (!cut) continue;
      await db.documentBlobs.put({ id: messageId, bytes: cut });
      await db.documents.put({ ...message, redactedAt: at, redactedSha256: sha256Hex(cut) });
      changed = true;
    }
  }
  void actor;
  return changed;
}
