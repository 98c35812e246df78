import { Dexie } from 'dexie';
import { MAIN_SCOPE } from '../../../shared/sync/scope';
import { appendAudit } from '../audit';
import type { CaseDeskDatabase } from '../database';
import { markResolution } from './outbox';
import type { SyncConflict } from './syncTables';

/**
 * Conflicts as the officer meets them (issue 10): audited once, by the
 * workstation whose version lost, shown on the record until resolved, and
 * resolved by an officer who chooses, per differing field, the value to
 * keep — the losing versions are then closed on the server too.
 */

/** The conflicts about one case: the case itself, its requester, documents, identity check and letters. */
export function conflictsOfCase(db: CaseDeskDatabase, caseId: string): Promise<SyncConflict[]> {
  return db.syncConflicts.filter((c) => c.caseId === caseId || c.docId === `cases:${caseId}`).toArray();
}

/** Audits conflicts whose losing version this workstation wrote, once each. */
export async function auditOwnLosses(db: CaseDeskDatabase, docIds: readonly string[], actor: string): Promise<number> {
  let audited = 0;
  for (const docId of docIds) {
    await db.transaction('rw', [db.syncConflicts, db.local, db.auditLog], async () => {
      const conflict = await db.syncConflicts.get(docId);
      const mine = conflict?.losers.filter((l) => l.chain === db.chain) ?? [];
      if (!conflict || !mine.length) return;
      const key = `sync.conflictAudited:${docId}:${mine.map((l) => l.rev).join(',')}`;
      if (await db.local.get(key)) return;
      await db.local.put({ key, value: true });
      await appendAudit(db, {
        actor,
        action: 'sync.conflict-detected',
        subject: conflict.caseId ? `case:${conflict.caseId}` : conflict.ref,
        summary: `${conflict.ref}: ${conflict.differing.join(', ')}`,
        before: { losingRevisions: mine.map((l) => l.rev), winner: { by: conflict.winner.by, at: conflict.winner.at } },
        after: { differing: conflict.differing },
      });
      audited++;
    });
  }
  return audited;
}

/**
 * The officer's resolution: the record becomes `chosen` (the merge with the
 * officer's choices), the losing versions are closed when this is pushed,
 * and the event names both sides. Runs like any other change, so it
 * replicates and every workstation ends with the same record.
 */
export async function resolveConflict(db: CaseDeskDatabase, docId: string, chosen: Record<string, unknown>, actor: string): Promise<void> {
  const parsed = MAIN_SCOPE.parseDocId(docId);
  if (!parsed) throw new Error(`not a shared record: ${docId}`);
  await db.transaction('rw', [db.table(parsed.table), db.syncConflicts, db.auditLog], async () => {
    const conflict = await db.syncConflicts.get(docId);
    if (!conflict) throw new Error('this conflict was already resolved');
    await db.table(parsed.table).put({ ...chosen, ...(parsed.table === 'cases' ? { updatedAt: new Date().toISOString() } : {}) });
    markResolution(Dexie.currentTransaction!.idbtrans, docId, conflict.losers.map((l) => l.rev));
    await db.syncConflicts.delete(docId);
    await appendAudit(db, {
      actor,
      action: 'sync.conflict-resolved',
      subject: conflict.caseId ? `case:${conflict.caseId}` : conflict.ref,
      summary: `${conflict.ref}: ${conflict.differing.join(', ')}`,
      before: { winner: { rev: conflict.winnerRev, by: conflict.winner.by }, losers: conflict.losers.map((l) => ({ rev: l.rev, by: l.by })) },
      after: { resolvedFields: conflict.differing },
    });
  });
}
