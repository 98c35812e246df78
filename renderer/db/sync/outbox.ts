import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { PRINT_TABLES, REPLICATED_TABLES, type ReplicationScope, type ScopeName } from '../../../shared/sync/scope';

const CAPTURABLE = new Set<string>([...REPLICATED_TABLES, ...PRINT_TABLES]);
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
  /** the database the documents go to (the main one, or print staff's) */
  scope: ScopeName;
  /** one per local transaction (and scope) */
  txn: string;
  at: string;
  docIds: string[];
  /** conflict resolution: the losing revisions to close, per document */
  resolve?: Record<string, string[]>;
}

/** Per transaction, the entry of each scope it wrote to. */
const captured = new WeakMap<DBCoreTransaction, Map<ScopeName, OutboxEntry>>();
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
  const entry = captured.get(trans)?.get('main');
  if (!entry) throw new Error('markResolution must follow the write it resolves, in its transaction');
  entry.resolve = { ...entry.resolve, [docId]: [...losingRevs] };
}

/** What the capture needs of the store: whether it is in a team, and the scopes this session replicates. */
export interface Capturing {
  capturing: boolean;
  scopes: readonly ReplicationScope[];
}

export function outboxMiddleware(db: Capturing): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'casedesk-outbox',
    level: ENCRYPTION_MIDDLEWARE_LEVEL + 2,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        // the outbox is looked up when first needed: while an older schema is upgraded it does not exist yet
        return name === 'outbox' || name === 'local' ? table : capturingTable(table, name, () => down.table('outbox'), db);
      },
    }),
  };
}

function capturingTable(table: DBCoreTable, name: string, outbox: () => DBCoreTable, db: Capturing): DBCoreTable {
  return {
    ...table,
    mutate: (req: DBCoreMutateRequest) => {
      if (!db.capturing || fromTeam.has(req.trans) || !CAPTURABLE.has(name)) return table.mutate(req);
      return thenOrNow(mutatedKeys(table, req), (keys) => {
        const byScope = new Map<ScopeName, string[]>();
        for (const scope of db.scopes) {
          const ids = keys.map((key) => scope.docIdOf(name, key)).filter((id): id is string => id !== undefined);
          if (ids.length) byScope.set(scope.name, ids);
        }
        if (!byScope.size) return table.mutate(req);
        return table.mutate(req).then((res) => {
          let chain: PromiseLike<unknown> | undefined;
          for (const [scope, ids] of byScope) {
            const previous = chain;
            chain = previous ? previous.then(() => capture(req.trans, scope, ids, outbox)) : capture(req.trans, scope, ids, outbox);
          }
          return chain ? chain.then(() => res) : res;
        });
      }) as Promise<DBCoreMutateResponse>;
    },
  };
}


function capture(trans: DBCoreTransaction, scope: ScopeName, docIds: readonly string[], outbox: () => DBCoreTable): PromiseLike<unknown> | undefined {
  let entries = captured.get(trans);
  if (!entries) {
    entries = new Map();
    captured.set(trans, entries);
  }
  let entry = entries.get(scope);
  if (!entry) {
    entry = { scope, txn: crypto.randomUUID(), at: new Date().toISOString(), docIds: [] };
    entries.set(scope, entry);
  }
  const before = entry.docIds.length;
  for (const id of docIds) if (!entry.docIds.includes(id)) entry.docIds.push(id);
  if (entry.docIds.length === before && entry.seq !== undefined) return undefined;
  const idb = trans as unknown as IDBTransaction;
  if (!idb.objectStoreNames.contains('outbox')) {
    // A write outside db.transaction(…) (a bare table call): record it once the write has committed.
    // Every repository writes in transactions, which always include the outbox (database.ts).
    const done = entry;
    idb.addEventListener('complete', () => queueAfterCommit(done));
    return undefined;
  }
  const written = entry;
  return outbox().mutate({ type: 'put', trans, values: [written] }).then((res) => {
    if (written.seq === undefined) written.seq = res.results?.[0] as number;
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
