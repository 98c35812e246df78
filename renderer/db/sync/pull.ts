import { Dexie } from 'dexie';
import { canonicalJson, sha256Hex } from '../../../shared/audit/chain';
import { BLOB_ATTACHMENT, revGeneration, revisionsOf, type TeamDocument, type TxnInfo } from '../../../shared/sync/documents';
import { planGroups } from '../../../shared/sync/groups';
import { mergeVersions } from '../../../shared/sync/merge';
import { BINARY_FIELDS, type ReplicatedTable, type ReplicationScope } from '../../../shared/sync/scope';
import { auditEventSchema, type AuditEvent } from '../../../shared/domain/audit';
import type { CaseDeskDatabase } from '../database';
import { attachmentBytes } from './base64';
import { markApplyingFromTeam } from './outbox';
import { openRevisions, type Replica, type ReplicaChange } from './replica';
import type { PendingArrival, SyncConflict, SyncRevision } from './syncTables';

/**
 * Pull (issue 10): what arrived in the local replica is applied to the store
 * a transaction at a time. New arrivals are noted as pending; a pending
 * record is applied with every other record of its group once all of them
 * have arrived (shared/sync/groups.ts), in one local transaction, so the
 * officer never sees a case without its documents or its audit event. A
 * record in conflict is applied as the deterministic merge of its versions
 * and listed in syncConflicts until resolved. A blob whose bytes do not give
 * its SHA-256 is refused and reported, never stored.
 */
export interface PullContext {
  db: CaseDeskDatabase;
  replica: Replica;
  scope: ReplicationScope;
  /** recomputes a merged case's legal due date from the merged facts */
  recomputeDueDate?: (row: Record<string, unknown>) => string | undefined;
  now?: () => Date;
}

export interface PullReport {
  applied: number;
  waiting: number;
  conflicts: string[];
  refused: { docId: string; reason: 'digest-mismatch' | 'unreadable' }[];
}

const SEQ_KEY = (replica: Replica) => `sync.appliedSeq:${replica.name}`;

/** Notes what arrived since last time (one page), then applies every group that is complete. */
export async function pullArrivals(ctx: PullContext, pageSize = 500): Promise<PullReport> {
  await noteArrivals(ctx, pageSize);
  return applyReadyGroups(ctx);
}

async function noteArrivals(ctx: PullContext, pageSize: number): Promise<number> {
  const { db, replica } = ctx;
  const since = ((await db.local.get(SEQ_KEY(replica)))?.value as number | string | undefined) ?? 0;
  // revisions only, every leaf of each record: most changes of a page are this workstation's own writes (a store
  // joining the team pushes all it holds through the replica), and reading their documents would open each one
  // (and its file) only to skip it
  const page = await replica.changes({ since, style: 'all_docs', limit: pageSize, return_docs: true });
  const arrivals: PendingArrival[] = [];
  const at = (ctx.now?.() ?? new Date()).toISOString();
  const ids = page.results.map((c) => c.id);
  const known = new Map((await db.syncRevs.bulkGet(ids)).filter(Boolean).map((r) => [r!.docId, r!.rev]));
  const conflicts = new Map((await db.syncConflicts.bulkGet(ids)).filter(Boolean).map((c) => [c!.docId, c!.losers.map((l) => l.rev)]));
  const unread = page.results.filter((c) => !(c.changes.length === 1 && c.changes[0]!.rev === known.get(c.id) && !conflicts.has(c.id)));
  const read = unread.length ? (await replica.allDocs({ keys: unread.map((c) => c.id), include_docs: true, conflicts: true })).rows : [];
  const archives: AuditEvent[] = [];
  for (const row of read) {
    // allDocs leaves out a deleted record's body, whose `txn` names the rest of its transaction: read that revision
    const doc = row.value?.deleted ? ((await replica.get(row.key, { rev: row.value.rev, conflicts: true }).catch(() => undefined)) as TeamDocument | undefined) : (row.doc ?? undefined);
    const change: ReplicaChange = { id: row.key, seq: 0, deleted: row.value?.deleted, changes: row.value ? [{ rev: row.value.rev }] : [], doc };
    // a joining store's solo audit chain, kept by the team as it was written
    if (change.id.startsWith('auditArchive:')) archives.push(...archivedEvents(change.doc));
    const arrival = pendingOf(ctx.scope, change, known.get(change.id), conflicts.get(change.id) ?? [], at);
    if (arrival) arrivals.push(arrival);
  }
  await db.transaction('rw', [db.syncPending, db.local, db.auditLog], async () => {
    markApplyingFromTeam(Dexie.currentTransaction!.idbtrans);
    await db.syncPending.bulkPut(arrivals);
    if (archives.length) await db.auditLog.bulkPut(archives);
    await db.local.put({ key: SEQ_KEY(replica), value: page.last_seq });
  });
  return page.results.length;
}

function archivedEvents(doc: unknown): AuditEvent[] {
  const row: unknown = doc && typeof doc === 'object' ? Reflect.get(doc, 'row') : undefined;
  const events: unknown = row && typeof row === 'object' ? Reflect.get(row, 'events') : undefined;
  if (!Array.isArray(events)) return [];
  return events.flatMap((event: unknown) => {
    const parsed = auditEventSchema.safeParse(event);
    return parsed.success ? [parsed.data] : [];
  });
}

function pendingOf(scope: ReplicationScope, change: ReplicaChange, knownRev: string | undefined, knownLosers: readonly string[], at: string): PendingArrival | undefined {
  if (change.id.startsWith('_design/') || !scope.parseDocId(change.id)) return undefined;
  const rev = change.doc?._rev ?? change.changes[0]?.rev;
  if (!rev) return undefined;
  // our own write, or already applied — unless a colleague's version arrived beside it (a conflict whose winner is ours)
  const losers = change.doc?._conflicts ?? [];
  if (rev === knownRev && losers.length === knownLosers.length && losers.every((l) => knownLosers.includes(l))) return undefined;
  const txn: TxnInfo = change.doc?.txn ?? { chain: '', n: 0, at, by: '', members: { [change.id]: rev } };
  return { docId: change.id, rev, txn, arrivedAt: at };
}

async function applyReadyGroups(ctx: PullContext): Promise<PullReport> {
  const { db, replica } = ctx;
  const report: PullReport = { applied: 0, waiting: 0, conflicts: [], refused: [] };
  const pending = await db.syncPending.toArray();
  if (!pending.length) return report;
  const sets = new Map<string, Set<string>>();
  for (const record of pending) for (const [id, rev] of Object.entries(record.txn.members)) sets.set(id, (sets.get(id) ?? new Set()).add(rev));
  // each revision once: PouchDB's revsDiff reports a repeated revision as missing
  const missing = await replica.revsDiff(Object.fromEntries([...sets].map(([id, revs]) => [id, [...revs]])));
  // revsDiff calls a revision missing when only its descendant arrived (the replicator brings the latest
  // revision, its ancestors as names only): a later revision of the record carries the one asked for
  const current = new Map((await replica.allDocs({ keys: [...sets.keys()] })).rows.map((row) => [row.key, row.value?.rev]));
  const arrived = (id: string, rev: string) =>
    !missing[id]?.missing?.includes(rev) || revGeneration(current.get(id) ?? '0-') >= revGeneration(rev);
  const plan = planGroups(
    pending.map((p) => ({ id: p.docId, rev: p.rev, txn: p.txn })),
    arrived,
  );
  report.waiting = plan.waiting.reduce((n, w) => n + w.ids.length, 0);
  for (const group of plan.ready) {
    const applied = await applyGroup(ctx, group, report);
    report.applied += applied;
  }
  return report;
}

interface Prepared {
  docId: string;
  table: string;
  key: string | [string, number];
  row?: Record<string, unknown>;
  revision: SyncRevision;
  conflict?: SyncConflict;
}

async function applyGroup(ctx: PullContext, ids: string[], report: PullReport): Promise<number> {
  const { db, replica } = ctx;
  const prepared: Prepared[] = [];
  const refused = new Set<string>();
  for (const docId of ids) {
    const parsed = ctx.scope.parseDocId(docId)!;
    const binary = BINARY_FIELDS[parsed.table];
    const current = (await replica.get(docId, { conflicts: true, revs: true, attachments: binary !== undefined }).catch(() => undefined)) as TeamDocument | undefined;
    const deleted = !current;
    if (current && binary) {
      const bytes = await attachmentBytes(current._attachments?.[BLOB_ATTACHMENT]?.data).catch(() => undefined);
      if (!bytes || !current.sha256 || sha256Hex(bytes) !== current.sha256) {
        report.refused.push({ docId, reason: bytes ? 'digest-mismatch' : 'unreadable' });
        refused.add(docId);
        continue;
      }
      current.row = { ...current.row, [binary]: bytes };
    }
    let row = deleted ? undefined : current.row;
    let conflict: SyncConflict | undefined;
    if (current?._conflicts?.length && row) {
      const losers = openRevisions(await replica.get(docId, { open_revs: current._conflicts }));
      const merged = mergeVersions(parsed.table as ReplicatedTable, row, losers.map((l) => l.row ?? {}));
      row = merged.row;
      if (parsed.table === 'cases' && ctx.recomputeDueDate) {
        const due = ctx.recomputeDueDate(row);
        if (due) row = { ...row, dueDate: due };
      }
      conflict = {
        docId,
        ref: `${parsed.table}:${Array.isArray(parsed.key) ? JSON.stringify(parsed.key) : parsed.key}`,
        ...(parsed.table === 'cases' ? { caseId: String(parsed.key) } : typeof row.caseId === 'string' ? { caseId: row.caseId } : {}),
        winnerRev: current._rev!,
        winner: { by: current.txn.by, at: current.txn.at, chain: current.txn.chain },
        losers: losers.map((l) => ({ rev: l._rev!, row: l.row ?? null, by: l.txn.by, at: l.txn.at, chain: l.txn.chain })),
        differing: merged.differing,
        detectedAt: (ctx.now?.() ?? new Date()).toISOString(),
      };
      report.conflicts.push(docId);
    }
    const rev = current?._rev ?? (await db.syncPending.get(docId))?.rev ?? '';
    prepared.push({
      docId,
      table: parsed.table,
      key: parsed.key,
      ...(row ? { row } : {}),
      revision: {
        docId,
        rev,
        revisions: revisionsOf(rev, current?._revisions) ?? { start: 0, ids: [] },
        contentHash: sha256Hex(canonicalJson(contentFor(parsed.table, current, binary))),
      },
      ...(conflict ? { conflict } : {}),
    });
  }
  const tables = [...new Set(prepared.map((p) => p.table))].map((t) => db.table(t));
  await db.transaction('rw', [...tables, db.syncPending, db.syncRevs, db.syncConflicts], async () => {
    markApplyingFromTeam(Dexie.currentTransaction!.idbtrans);
    for (const item of prepared) {
      const table = db.table(item.table);
      if (item.row) await table.put(item.row);
      else await table.delete(item.key as never);
      await db.syncRevs.put(item.revision);
      if (item.conflict) await db.syncConflicts.put(item.conflict);
      else await db.syncConflicts.delete(item.docId);
    }
    await db.syncPending.bulkDelete(ids.filter((id) => !refused.has(id)));
  });
  return prepared.length;
}

/** The same content the pushing side hashed (push.ts), so an unchanged record is not pushed back. */
function contentFor(table: string, doc: TeamDocument | undefined, binary: string | undefined): Record<string, unknown> {
  if (!doc) return { table, deleted: true };
  const row = { ...doc.row };
  if (binary) delete row[binary];
  return { table, row, ...(doc.sha256 ? { sha256: doc.sha256 } : {}), deleted: false };
}
