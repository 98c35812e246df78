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

/** Pushes up to `limit` outbox entries, oldest first; answers how many went. */
export async function pushOutbox(ctx: PushContext, limit = 20): Promise<number> {
  // an index keeps equal keys in primary-key order: this scope's entries, oldest first
  const entries = await ctx.db.outbox.where('scope').equals(ctx.scope.name).limit(limit).toArray();
  for (const entry of entries) await pushEntry(ctx, entry);
  return entries.length;
}

async function pushEntry(ctx: PushContext, entry: OutboxEntry): Promise<void> {
  const { db, replica } = ctx;
  const docs: TeamDocument[] = [];
  const members: Record<string, string> = {};
  const revisions: SyncRevision[] = [];
  for (const docId of entry.docIds) {
    const found = await contentOf(db, ctx.scope, docId);
    if (!found) continue;
    const previous = await db.syncRevs.get(docId);
    const contentHash = sha256Hex(canonicalJson(found.content));
    if (previous && previous.contentHash === contentHash && !entry.resolve?.[docId]) {
      members[docId] = previous.rev;
      continue;
    }
    const { rev, revisions: history } = nextRevision(previous?.revisions, found.content, found.content.deleted);
    members[docId] = rev;
    revisions.push({ docId, rev, revisions: history, contentHash });
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
  if (docs.length) await replica.bulkDocs(docs, { new_edits: false });
  await db.transaction('rw', [db.syncRevs], async () => {
    await db.syncRevs.bulkPut(revisions);
    if (entry.seq !== undefined) await db.outbox.delete(entry.seq);
  });
}
