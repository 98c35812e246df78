import type { AuditEvent } from '../domain/audit';
import { GENESIS_HASH } from '../domain/audit';
import { eventMac, expectedHash, headMac, type ChainHead } from './chain';

/**
 * What can be wrong with one chain, named so the screen can say it (issue 11:
 * "edited, deleted, reordered or cleared events … are all detected and
 * named"). `seq` values are positions in the chain.
 */
export type ChainProblem =
  /** the event's content no longer gives its hash: changed after it was written */
  | { kind: 'edited'; chain: string; seq: number }
  /** the hash fits the content but the MAC does not: rewritten by someone without this workstation's key */
  | { kind: 'forged'; chain: string; seq: number }
  /** positions missing in the middle */
  | { kind: 'deleted'; chain: string; fromSeq: number; toSeq: number }
  /** the event follows another event than the one before it */
  | { kind: 'reordered'; chain: string; seq: number; follows: number }
  /** the event follows nothing in the chain */
  | { kind: 'unlinked'; chain: string; seq: number }
  /** the head says the chain is longer: its last events were deleted */
  | { kind: 'truncated'; chain: string; headSeq: number; lastSeq: number }
  /** the head says there were events; none are left */
  | { kind: 'cleared'; chain: string; headSeq: number }
  /** the head's own MAC does not verify */
  | { kind: 'head-forged'; chain: string }
  /** the event at the head's position is not the one the head names: the chain was rewritten */
  | { kind: 'head-mismatch'; chain: string; seq: number }
  /** events without a head (the head record was removed) */
  | { kind: 'head-missing'; chain: string }
  /** an event of the old format after the first new one: a downgrade to escape the MAC */
  | { kind: 'downgraded'; chain: string; seq: number };

export interface ChainReport {
  chain: string;
  events: number;
  lastSeq: number;
  /** whether MACs and head could be checked (only a workstation's own chain) */
  authenticated: boolean;
  problems: ChainProblem[];
}

/**
 * Verifies one chain. `events` may come in any order; `own` gives the audit
 * key and the stored head when the chain is this workstation's, so MACs and
 * truncation can be checked too. Other workstations' chains (replicated in a
 * team) are checked for hashes, links and gaps only.
 */
export function verifyChain(
  chain: string,
  events: readonly AuditEvent[],
  own?: { key: Uint8Array; head: ChainHead | undefined },
): ChainReport {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const problems: ChainProblem[] = [];
  const seqByHash = new Map(sorted.map((e) => [e.hash, e.seq]));
  let prev: AuditEvent | undefined;
  let sawV2 = false;
  for (const event of sorted) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (event.seq > expectedSeq) problems.push({ kind: 'deleted', chain, fromSeq: expectedSeq, toSeq: event.seq - 1 });
    const hashOk = expectedHash(event) === event.hash;
    if (!hashOk) problems.push({ kind: 'edited', chain, seq: event.seq });
    if (event.v === 2) sawV2 = true;
    else if (sawV2) problems.push({ kind: 'downgraded', chain, seq: event.seq });
    if (hashOk && own && event.v === 2 && event.mac !== eventMac(own.key, chain, event.seq, event.hash)) {
      problems.push({ kind: 'forged', chain, seq: event.seq });
    }
    const expectedPrev = event.seq === 1 ? GENESIS_HASH : event.seq === expectedSeq ? prev?.hash : undefined;
    if (expectedPrev !== undefined && event.prevHash !== expectedPrev) {
      const follows = seqByHash.get(event.prevHash);
      problems.push(follows !== undefined ? { kind: 'reordered', chain, seq: event.seq, follows } : { kind: 'unlinked', chain, seq: event.seq });
    }
    prev = event;
  }
  const last = sorted.at(-1);
  if (own) {
    const { head, key } = own;
    if (!head) {
      if (last) problems.push({ kind: 'head-missing', chain });
    } else if (head.mac !== headMac(key, chain, head.seq, head.hash)) {
      problems.push({ kind: 'head-forged', chain });
    } else if (!last) {
      problems.push({ kind: 'cleared', chain, headSeq: head.seq });
    } else {
      if (last.seq < head.seq) problems.push({ kind: 'truncated', chain, headSeq: head.seq, lastSeq: last.seq });
      const atHead = sorted.find((e) => e.seq === head.seq);
      if (atHead && atHead.hash !== head.hash) problems.push({ kind: 'head-mismatch', chain, seq: head.seq });
      // Events past the head are normal after a crash (the head is written once the transaction commits):
      // their MACs, checked above, tell the app's own events from forged ones.
    }
  }
  return { chain, events: sorted.length, lastSeq: last?.seq ?? 0, authenticated: own !== undefined, problems };
}
