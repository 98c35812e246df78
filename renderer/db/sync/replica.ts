import type { TeamDocument } from '../../../shared/sync/documents';

/**
 * What the sync steps need of a PouchDB database (the local replica, or the
 * team server through PouchDB's http adapter): a narrow, typed view over
 * PouchDB's API, so the steps can be tested with any adapter.
 */
export interface ReplicaChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  changes: { rev: string }[];
  doc?: TeamDocument;
}

export interface Replica {
  name: string;
  bulkDocs(docs: TeamDocument[], options: { new_edits: false }): Promise<unknown[]>;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean; attachments?: boolean; open_revs?: string[] }): Promise<unknown>;
  revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
  changes(options: {
    since: number | string;
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
    return_docs?: boolean;
    /** 'all_docs': every leaf revision of each record, not only the winner */
    style?: 'main_only' | 'all_docs';
  }): Promise<{ results: ReplicaChange[]; last_seq: number | string }>;
  put(doc: Record<string, unknown>): Promise<{ rev: string }>;
  allDocs(
    options: { keys: string[]; include_docs?: boolean; conflicts?: boolean } | { startkey: string; endkey: string; descending?: boolean; limit?: number },
  ): Promise<{ rows: { id?: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: TeamDocument | null; error?: string }[] }>;
}

/** PouchDB's `get` with open_revs answers a list of { ok: doc } or { missing: rev }. */
export function openRevisions(answer: unknown): TeamDocument[] {
  if (!Array.isArray(answer)) return [];
  return answer.flatMap((entry: unknown) => {
    const doc: unknown = entry && typeof entry === 'object' ? Reflect.get(entry, 'ok') : undefined;
    return doc && typeof doc === 'object' ? [doc as TeamDocument] : [];
  });
}
