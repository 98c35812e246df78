import { canonicalJson, sha256Hex } from '../../../shared/audit/chain';
import { BLOB_ATTACHMENT, nextRevision, type TeamDocument } from '../../../shared/sync/documents';
import { BINARY_FIELDS, type ReplicationScope } from '../../../shared/sync/scope';
import type { CaseDeskDatabase } from '../database';
import { bytesToBase64 } from './base64';
import type { OutboxEntry } from './outbox';
import type { Replica } from './replica';
import type { SyncRevision } from './syncTables';

/**
 * Push (issue 10): each outbox entry — one local transaction — becomes one
 * group of documents in the local replica, written with revisions computed
 * here (shared/sync/documents.ts) so that every document can name the
 * revisions of the whole group. PouchDB's replicator carries them to the
 * team server from there. A document whose parent is no longer the replica's
 * current revision (a colleague's change arrived meanwhile) becomes a
 * conflict, which the pull step merges and shows.
 */
export interface PushContext {
  db: CaseDeskDatabase;
  replica: Replica;
  scope: ReplicationScope;
  /** the signed-in user: the server accepts a change only in their name */
  username: string;
}

interface Content {
  table: string;
  row?: Record<string, unknown>;
  sha256?: string;
  deleted: boolean;
}

export async function contentOf(db: CaseDeskDatabase, scope: ReplicationScope, docId: string): Promise<{ content: Content; bytes?: Uint8Array } | undefined> {
  const parsed = scope.parseDocId(docId);
  if (!parsed) return undefined;
  const row = (await db.table(parsed.table).get(parsed.key as never)) as Record<string, unknown> | undefined;
  if (!row) return { content: { table: parsed.table, deleted: true } };
  const binary = BINARY_FIELDS[parsed.table];
  if (binary) {
    const bytes = row[binary] as Uint8Array;
    const rest = { ...row };
    delete rest[binary];
    return { content: { table: parsed.table, row: rest, sha256: sha256Hex(bytes), deleted: false }, bytes };
  }
  return { content: { table: parsed.table, row, deleted: false } };
}

/**
 * Pushes up to `limit` outbox entries, oldest first, in one write to the
 * replica and one local transaction (a store that joins a team queues an
 * entry per case: one write per entry made the join of 1,000 cases take
 * minutes); answers how many went.
 */
export async function pushOutbox(ctx: PushContext, limit = 50): Promise<number> {
  // an index keeps equal keys in primary-key order: this scope's entries, oldest first
  const entries = await ctx.db.outbox.where('scope').equals(ctx.scope.name).limit(limit).toArray();
  if (!entries.length) return 0;
  // revisions written earlier in this batch are the parents of later ones
  const batch = new Map<string, SyncRevision>();
  const docs: TeamDocument[] = [];
  for (const entry of entries) docs.push(...(await documentsOf(ctx, entry, batch)));
  if (docs.length) await ctx.replica.bulkDocs(docs, { new_edits: false });
  const seqs = entries.map((e) => e.seq).filter((seq): seq is number => seq !== undefined);
  await ctx.db.transaction('rw', [ctx.db.syncRevs], async () => {
    await ctx.db.syncRevs.bulkPut([...batch.values()]);
    await ctx.db.outbox.bulkDelete(seqs);
  });
  return entries.length;
}

async function documentsOf(ctx: PushContext, entry: OutboxEntry, batch: Map<string, SyncRevision>): Promise<TeamDocument[]> {
  const { db, replica } = ctx;
  const docs: TeamDocument[] = [];
  const members: Record<string, string> = {};
  for (const docId of entry.docIds) {
    const found = await contentOf(db, ctx.scope, docId);
    if (!found) continue;
    const previous = batch.get(docId) ?? (await db.syncRevs.get(docId));
    const contentHash = sha256Hex(canonicalJson(found.content));
    if (previous && previous.contentHash === contentHash && !entry.resolve?.[docId]) {
      members[docId] = previous.rev;
      continue;
    }
    const { rev, revisions: history } = nextRevision(previous?.revisions, found.content, found.content.deleted);
    members[docId] = rev;
    batch.set(docId, { docId, rev, revisions: history, contentHash });
    const doc: TeamDocument = {
      _id: docId,
      _rev: rev,
      _revisions: history,
      table: found.content.table as TeamDocument['table'],
      txn: { chain: db.chain, n: entry.seq ?? 0, at: entry.at, by: ctx.username, members },
    };
    if (found.content.deleted) doc._deleted = true;
    else doc.row = found.content.row;
    if (found.content.sha256) doc.sha256 = found.content.sha256;
    if (found.bytes) doc._attachments = { [BLOB_ATTACHMENT]: { content_type: 'application/octet-stream', data: bytesToBase64(found.bytes) } };
    docs.push(doc);
  }
  // a resolved conflict: every losing version is closed by a deletion on its own branch
  for (const [docId, losing] of Object.entries(entry.resolve ?? {})) {
    for (const loserRev of losing) {
      const loser = (await replica.get(docId, { rev: loserRev, revs: true }).catch(() => undefined)) as TeamDocument | undefined;
      if (!loser?._revisions) continue;
      const { rev, revisions: history } = nextRevision(loser._revisions, null, true);
      docs.push({
        _id: docId,
        _rev: rev,
        _revisions: history,
        _deleted: true,
        table: loser.table,
        txn: { chain: db.chain, n: entry.seq ?? 0, at: entry.at, by: ctx.username, members },
      });
    }
  }
  return docs;
}
