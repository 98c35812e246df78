import { nextRevision, type TeamDocument } from '../../../shared/sync/documents';
import type { CaseDeskDatabase } from '../database';
import type { Replica } from './replica';

/**
 * The server refused one of this workstation's changes (issue 10: a forbidden
 * write is refused by the server, not only hidden in the UI). The refused
 * revision is closed in the local replica by a deletion on its own branch,
 * so the server's version wins again here and the pull step puts it back in
 * the store; the refusal is kept so the officer is told what and why.
 */
export async function refuseLocally(db: CaseDeskDatabase, replica: Replica, docId: string, reason: string, now: Date): Promise<void> {
  const current = (await replica.get(docId, { revs: true }).catch(() => undefined)) as TeamDocument | undefined;
  const mine = await db.syncRevs.get(docId);
  if (current && mine && current._rev === mine.rev && current._revisions) {
    const { rev, revisions } = nextRevision(current._revisions, null, true);
    // a group of its own: it undoes one refused record, whatever the rest of that transaction did
    const txn = { ...current.txn, members: { [docId]: rev } };
    await replica.bulkDocs([{ _id: docId, _rev: rev, _revisions: revisions, _deleted: true, table: current.table, txn }], { new_edits: false });
    // the record is applied again from whatever wins now
    await db.syncRevs.delete(docId);
  }
  await db.local.put({ key: `sync.refusal:${docId}`, value: { docId, reason, at: now.toISOString() } });
}
