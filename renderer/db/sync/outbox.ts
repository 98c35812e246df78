import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { docIdOf, isReplicatedRecord, isReplicatedTable } from '../../../shared/sync/scope';
import { ENCRYPTION_MIDDLEWARE_LEVEL } from '../crypto/encryptionMiddleware';
import { mutatedKeys, thenOrNow } from '../middleware/mutatedKeys';

/**
 * Replication capture (issue 10, STYLE "Seams"): every transaction that
 * changes records the team shares leaves one outbox entry, in the same
 * transaction, naming the documents it changed. The push step
 * (./push.ts) turns each entry into one group of CouchDB documents that
 * other workstations apply whole. Records written by the pull step itself
 * (`markApplyingFromTeam`) are not captured again.
 */
export interface OutboxEntry {
  seq?: number;
  /** one per local transaction */
  txn: string;
  at: string;
  docIds: string[];
  /** conflict resolution: the losing revisions to close, per document */
  resolve?: Record<string, string[]>;
}

interface Captured {
  entry: OutboxEntry;
}

const captured = new WeakMap<DBCoreTransaction, Captured>();
const fromTeam = new WeakSet<object>();

/** The pull step's transactions: what they write came from the team and goes nowhere. */
export function markApplyingFromTeam(trans: IDBTransaction): void {
  fromTeam.add(trans);
}

/**
 * A conflict resolution closes these losing revisions when it is pushed.
 * Call it after the resolved record's write and before the audit event:
 * the event's own capture writes the outbox entry again, with this in it.
 */
export function markResolution(trans: IDBTransaction, docId: string, losingRevs: readonly string[]): void {
  const state = captured.get(trans);
  if (!state) throw new Error('markResolution must follow the write it resolves, in its transaction');
  state.entry.resolve = { ...state.entry.resolve, [docId]: [...losingRevs] };
}

export function outboxMiddleware(db: { capturing: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'casedesk-outbox',
    level: ENCRYPTION_MIDDLEWARE_LEVEL + 2,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        // the outbox is looked up when first needed: while an older schema is upgraded it does not exist yet
        return isReplicatedTable(name) ? capturingTable(table, name, () => down.table('outbox'), db) : table;
      },
    }),
  };
}

function capturingTable(table: DBCoreTable, name: string, outbox: () => DBCoreTable, db: { capturing: boolean }): DBCoreTable {
  return {
    ...table,
    mutate: (req: DBCoreMutateRequest) => {
      if (!db.capturing || fromTeam.has(req.trans)) return table.mutate(req);
      return thenOrNow(mutatedKeys(table, req), (keys) => {
        const docIds = keys.filter((key) => isReplicatedRecord(name, key)).map((key) => docIdOf(name as never, key));
        if (!docIds.length) return table.mutate(req);
        return table.mutate(req).then((res) => thenOrNow(capture(req.trans, docIds, outbox), () => res));
      }) as Promise<DBCoreMutateResponse>;
    },
  };
}

function capture(trans: DBCoreTransaction, docIds: readonly string[], outbox: () => DBCoreTable): PromiseLike<unknown> | undefined {
  let state = captured.get(trans);
  if (!state) {
    state = { entry: { txn: crypto.randomUUID(), at: new Date().toISOString(), docIds: [] } };
    captured.set(trans, state);
  }
  const entry = state.entry;
  const before = entry.docIds.length;
  for (const id of docIds) if (!entry.docIds.includes(id)) entry.docIds.push(id);
  if (entry.docIds.length === before && entry.seq !== undefined) return undefined;
  const idb = trans as unknown as IDBTransaction;
  if (!idb.objectStoreNames.contains('outbox')) {
    // A write outside db.transaction(…) (a bare table call): record it once the write has committed.
    // Every repository writes in transactions, which always include the outbox (database.ts).
    idb.addEventListener('complete', () => queueAfterCommit(entry));
    return undefined;
  }
  return outbox().mutate({ type: 'put', trans, values: [entry] }).then((res) => {
    if (entry.seq === undefined) entry.seq = res.results?.[0] as number;
  });
}

let afterCommit: ((entry: OutboxEntry) => void) | undefined;
const waiting: OutboxEntry[] = [];
function queueAfterCommit(entry: OutboxEntry): void {
  if (afterCommit) afterCommit(entry);
  else waiting.push(entry);
}
/** Where entries of bare writes go (the sync engine adds them to the outbox). */
export function onCapturedAfterCommit(handler: (entry: OutboxEntry) => void): void {
  afterCommit = handler;
  for (const entry of waiting.splice(0)) handler(entry);
}
