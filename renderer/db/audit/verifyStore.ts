import { Dexie } from 'dexie';
import { newerDigest, recordDigest, recordRef, verifyRecords, type LatestDigest, type RecordProblem } from '../../../shared/audit/recordDigest';
import { verifyChain, type ChainReport } from '../../../shared/audit/verifyChain';
import type { AuditEvent } from '../../../shared/domain/audit';
import type { CaseDeskDatabase } from '../database';
import { AUDITED_TABLES } from './recordTracking';

export interface AuditVerdict {
  ok: boolean;
  /** events checked, every chain together */
  events: number;
  chains: ChainReport[];
  /** records compared with their latest event (when asked for) */
  recordsChecked: number;
  records: RecordProblem[];
}

/**
 * Verifies the audit log (issue 11): every chain's hashes, links and gaps;
 * this workstation's own chains also their MACs and authenticated heads
 * (truncation, clearing, rewriting); and, with `records`, every audited
 * record against the digest its latest event says it became. `exempt` names
 * records whose current value is a merge no single event wrote (unresolved
 * replication conflicts, issue 10).
 */
export async function verifyAuditLog(
  db: CaseDeskDatabase,
  options: { records?: boolean; exempt?: ReadonlySet<string> } = {},
): Promise<AuditVerdict> {
  const heads = new Map((await db.auditHeads.toArray()).map((h) => [h.chain, h]));
  const chains = new Set<string>((await db.auditLog.orderBy('chain').uniqueKeys()) as string[]);
  for (const own of [...heads.keys(), db.chain]) if (own) chains.add(own);
  const latest = new Map<string, LatestDigest>();
  const reports: ChainReport[] = [];
  let events = 0;
  for (const chain of [...chains].sort()) {
    const list = await db.auditLog.where('[chain+seq]').between([chain, Dexie.minKey], [chain, Dexie.maxKey]).toArray();
    events += list.length;
    const own = heads.has(chain) || chain === db.chain;
    reports.push(verifyChain(chain, list, own ? { key: db.keys.auditHead, head: heads.get(chain) } : undefined));
    if (options.records) collectLatest(list, latest);
  }
  let records: RecordProblem[] = [];
  let recordsChecked = 0;
  if (options.records) {
    const current = await currentDigests(db);
    recordsChecked = current.size;
    // a record in an unresolved conflict holds the merge of two versions, which no single event wrote
    const inConflict = new Set((await db.syncConflicts.toArray()).map((c) => c.ref));
    // a solo store that joined a team brought its own history: its local-only records (an officer's own settings) never came
    const foreignSolo = new Set([...chains].filter((c) => c.startsWith('ws-') && c !== db.chain && !heads.has(c)));
    records = verifyRecords(latest, current, new Set([...inConflict, ...(options.exempt ?? [])]), foreignSolo);
  }
  return { ok: reports.every((r) => r.problems.length === 0) && records.length === 0, events, chains: reports, recordsChecked, records };
}

function collectLatest(events: readonly AuditEvent[], latest: Map<string, LatestDigest>): void {
  for (const event of events) {
    for (const record of event.records ?? []) {
      const candidate = { after: record.after, at: event.at, chain: event.chain, seq: event.seq };
      if (newerDigest(latest.get(record.ref), candidate)) latest.set(record.ref, candidate);
    }
  }
}

async function currentDigests(db: CaseDeskDatabase): Promise<Map<string, string>> {
  const current = new Map<string, string>();
  for (const name of AUDITED_TABLES) {
    // a store opened at an earlier version (a migration test) lacks the tables added since
    if (!db.tables.some((t) => t.name === name)) continue;
    const table = db.table(name);
    const keyPath = table.schema.primKey.keyPath as string;
    await table.each((row: Record<string, unknown>) => {
      current.set(recordRef(name, row[keyPath]), recordDigest(row));
    });
  }
  return current;
}
