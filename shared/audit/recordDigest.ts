import { canonicalJson, sha256Hex } from './chain';

/**
 * The digest of a record as the app holds it (plain, decrypted): what an
 * audit event's before/after names, and what verification recomputes to find
 * a record changed without its event (issue 11).
 */
export function recordDigest(record: unknown): string {
  return sha256Hex(canonicalJson(record));
}

export function recordRef(table: string, primaryKey: unknown): string {
  return `${table}:${typeof primaryKey === 'string' ? primaryKey : JSON.stringify(primaryKey)}`;
}

export type RecordProblem =
  /** the record differs from what its latest event says it became */
  | { kind: 'record-changed'; ref: string }
  /** a record no event ever wrote */
  | { kind: 'record-without-event'; ref: string }
  /** the latest event left the record in place, but it is gone */
  | { kind: 'record-removed'; ref: string };

export interface LatestDigest {
  after: string | null;
  at: string;
  chain: string;
  seq: number;
}

/**
 * Which of two events about a record is the later one: within one chain its
 * position says (a workstation's clock may be set back, its chain cannot);
 * across chains (workstations of a team) the time, then the chain's name, so
 * every workstation picks the same one.
 */
export function newerDigest(current: LatestDigest | undefined, candidate: LatestDigest): boolean {
  if (!current) return true;
  if (candidate.chain === current.chain) return candidate.seq > current.seq;
  if (candidate.at !== current.at) return candidate.at > current.at;
  return candidate.chain > current.chain;
}

/**
 * Compares the records held now with what the events say they became.
 * `exempt` holds refs whose current value is not one any single event wrote
 * (an unresolved replication conflict shows the merge of both sides).
 */
export function verifyRecords(
  latest: ReadonlyMap<string, LatestDigest>,
  current: ReadonlyMap<string, string>,
  exempt: ReadonlySet<string> = new Set(),
  /** chains that are another store's history (a solo store that joined the team): what they wrote may never have been shared */
  foreignHistory: ReadonlySet<string> = new Set(),
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const [ref, digest] of current) {
    if (exempt.has(ref)) continue;
    const event = latest.get(ref);
    if (!event) problems.push({ kind: 'record-without-event', ref });
    else if (event.after !== digest) problems.push({ kind: 'record-changed', ref });
  }
  for (const [ref, event] of latest) {
    if (event.after !== null && !current.has(ref) && !exempt.has(ref) && !foreignHistory.has(event.chain)) problems.push({ kind: 'record-removed', ref });
  }
  return problems.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}
