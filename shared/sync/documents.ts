import { canonicalJson, sha256Hex } from '../audit/chain';
import type { ReplicatedTable } from './scope';

/**
 * The shape of a record in the team's CouchDB (issue 10): one document per
 * record, `<table>:<key>`, holding the plain record under `row`, and the
 * group it was written in under `txn` — which workstation chain wrote it,
 * that chain's transaction number, who was signed in, and the revision every
 * other record of the same transaction got. A receiving workstation applies
 * a record only together with the rest of its group (./groups.ts), so what
 * was one transaction here is one transaction there.
 *
 * Revisions are computed here, from the parent revision and the content, so
 * the same change made on two workstations gets the same revision, and a
 * workstation can name the revisions of a whole group before writing it.
 */
export interface TxnInfo {
  /** the writing workstation's chain */
  chain: string;
  /** that workstation's transaction number: later transactions of one chain have larger numbers */
  n: number;
  at: string;
  /** the signed-in user (the server checks it is the one writing) */
  by: string;
  /** every document of the transaction and the revision it got */
  members: Record<string, string>;
}

export interface Revisions {
  start: number;
  ids: string[];
}

export interface TeamDocument {
  _id: string;
  _rev?: string;
  _revisions?: Revisions;
  _deleted?: boolean;
  _attachments?: Record<string, { content_type: string; data?: unknown; digest?: string; length?: number; stub?: boolean }>;
  _conflicts?: string[];
  table: ReplicatedTable;
  /** the record as the app holds it (no bytes: a blob's bytes are the attachment) */
  row?: Record<string, unknown>;
  /** a blob's SHA-256, checked against the attachment when it arrives */
  sha256?: string;
  txn: TxnInfo;
}

/** The attachment name of a blob's bytes. */
export const BLOB_ATTACHMENT = 'bytes';

/** How many revisions of a document the history keeps (CouchDB's own default is 1000). */
const HISTORY = 200;

/**
 * The next revision of a document: generation one more than the parent's,
 * id a digest of the parent and the content (without the group's revisions,
 * which are computed from these).
 */
export function nextRevision(parent: Revisions | undefined, content: unknown, deleted = false): { rev: string; revisions: Revisions } {
  const start = (parent?.start ?? 0) + 1;
  const parentRev = parent ? `${parent.start}-${parent.ids[0] ?? ''}` : null;
  const id = sha256Hex(canonicalJson({ parent: parentRev, deleted, content })).slice(0, 32);
  return { rev: `${start}-${id}`, revisions: { start, ids: [id, ...(parent?.ids ?? [])].slice(0, HISTORY) } };
}

export function revisionsOf(rev: string, history?: Revisions): Revisions | undefined {
  if (history) return history;
  const dash = rev.indexOf('-');
  const start = Number(rev.slice(0, dash));
  return Number.isInteger(start) && start > 0 ? { start, ids: [rev.slice(dash + 1)] } : undefined;
}

export function revGeneration(rev: string): number {
  return Number(rev.slice(0, rev.indexOf('-'))) || 0;
}
