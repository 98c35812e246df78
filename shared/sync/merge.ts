import { canonicalJson } from '../audit/chain';
import type { ReplicatedTable } from './scope';

/**
 * Two officers edited the same record offline (issue 10). CouchDB keeps both
 * versions and picks the same winner everywhere; this merges them the same
 * way on every workstation: the winner's values, except for what is a list
 * of facts that happened — a pause, an extension, a Message-ID, an identity
 * check's items and decisions — where nothing either side recorded is
 * dropped. Fields the versions disagree on are named, so the case can show
 * the conflict until an officer resolves it; the losing versions stay
 * readable as they were.
 */
export interface MergedRecord {
  row: Record<string, unknown>;
  /** top-level fields whose values differ between the versions */
  differing: string[];
}

type Row = Record<string, unknown>;

/** Lists of facts, per table: merged as a union, never replaced. */
const FACT_LISTS: Partial<Record<ReplicatedTable, Record<string, 'by-id' | 'by-value'>>> = {
  cases: { pauses: 'by-id', extensions: 'by-id', messageIds: 'by-value' },
  identityChecks: { items: 'by-value', overrides: 'by-value', decisions: 'by-value' },
};

/** Facts that, once true on either side, stay true: the earliest value wins. */
const EARLIEST: Partial<Record<ReplicatedTable, readonly string[]>> = {
  cases: ['verifiedAt'],
};

export function mergeVersions(table: ReplicatedTable, winner: Row, losers: readonly Row[]): MergedRecord {
  const versions = [winner, ...losers];
  const fields = new Set(versions.flatMap((v) => Object.keys(v)));
  const differing = [...fields].filter((f) => new Set(versions.map((v) => canonicalJson(v[f]))).size > 1).sort();
  const row: Row = { ...winner };
  for (const [field, how] of Object.entries(FACT_LISTS[table] ?? {})) {
    const lists = versions.map((v) => v[field]).filter(Array.isArray);
    if (lists.length) row[field] = how === 'by-id' ? unionById(lists) : unionByValue(lists);
  }
  for (const field of EARLIEST[table] ?? []) {
    const values = versions.map((v) => v[field]).filter((x): x is string => typeof x === 'string');
    if (values.length) row[field] = values.sort()[0];
  }
  if (table === 'cases' && followClock(row, versions)) {
    // the clock's state follows the merged pauses: not a choice to put to an officer
    return { row, differing: differing.filter((f) => f !== 'status' && f !== 'stage') };
  }
  return { row, differing };
}

/**
 * A case's status and stage as its merged pauses say (caseClock.ts sets them
 * so): a pause still running makes it paused, awaiting the requester; none
 * running makes a paused winner open again. A closing on either side is a
 * real disagreement and is left to the officer. Answers whether it applied.
 */
function followClock(row: Row, versions: readonly Row[]): boolean {
  if (versions.some((v) => v.status === 'closed')) return false;
  const pauses = Array.isArray(row.pauses) ? (row.pauses as Row[]) : [];
  if (pauses.some((p) => p && typeof p === 'object' && p.to === undefined)) {
    row.status = 'paused';
    row.stage = 'awaiting-requester';
  } else if (row.status === 'paused') {
    row.status = 'open';
    row.stage = row.verifiedAt ? 'in-progress' : 'verifying';
  }
  return true;
}

/** Items with an `id`: one per id, the fuller one (a pause that was resumed beats the same pause still running). */
function unionById(lists: readonly unknown[][]): unknown[] {
  const byId = new Map<string, Row>();
  for (const list of lists) {
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const id = String(Reflect.get(item, 'id'));
      const current = byId.get(id);
      if (!current || Object.keys(item).length > Object.keys(current).length) byId.set(id, item as Row);
    }
  }
  return [...byId.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

function sortKey(item: Row): string {
  const when = item.from ?? item.at ?? item.checkedAt ?? '';
  return `${typeof when === 'string' ? when : ''}\u0000${String(item.id ?? '')}`;
}

function unionByValue(lists: readonly unknown[][]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const list of lists) for (const item of list) seen.set(canonicalJson(item), item);
  const items = [...seen.values()];
  // in time order where items carry one, else in the winner's order then the others'
  if (items.every((i) => i && typeof i === 'object')) return items.sort((a, b) => sortKey(a as Row).localeCompare(sortKey(b as Row)));
  return items;
}
