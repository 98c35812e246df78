import type { Revisions } from '../../../shared/sync/documents';
import type { TxnInfo } from '../../../shared/sync/documents';

/** The revision a shared record was last written or applied at on this workstation. */
export interface SyncRevision {
  docId: string;
  rev: string;
  revisions: Revisions;
  /** digest of the content written, so an unchanged record is not written again */
  contentHash: string;
}

/** A record that arrived in the local replica and waits for the rest of its transaction (shared/sync/groups.ts). */
export interface PendingArrival {
  docId: string;
  rev: string;
  txn: TxnInfo;
  arrivedAt: string;
}

/** One losing version of a record in conflict, kept readable (issue 10: "the losing version stays readable"). */
export interface LosingVersion {
  rev: string;
  row: Record<string, unknown> | null;
  by: string;
  at: string;
  chain: string;
}

/** A record two workstations changed apart: shown on it until an officer resolves it. */
export interface SyncConflict {
  docId: string;
  /** `<table>:<key>` of the record, as audit records name it */
  ref: string;
  /** the case it belongs to, for the banner on the case page */
  caseId?: string;
  winnerRev: string;
  winner: { by: string; at: string; chain: string };
  losers: LosingVersion[];
  differing: string[];
  detectedAt: string;
}
