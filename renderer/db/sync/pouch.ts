import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import transformPouch from 'transform-pouch';
import type { StoreKeys } from '../../../shared/crypto/storeKeys';
import type { Replica } from './replica';
import { base64ToBytes } from './base64';
import { replicaTransform } from './replicaCrypto';

/**
 * PouchDB, the kept implementation of CouchDB's replication protocol (issue
 * 10: no hand-written protocol): its http adapter reaches the team server,
 * its replicator keeps the local replica and the server in step, and
 * transform-pouch seals what the replica stores. The local adapter is given
 * by the caller: IndexedDB in the app, memory in Node's tests.
 *
 * PouchDB ships no types; these are the parts the app uses.
 */
export interface PouchPlugin {
  readonly __pouchPlugin?: never;
}

export interface ReplicationEvents {
  on(event: 'change', listener: (info: { direction?: 'push' | 'pull'; change?: { docs_written: number; pending?: number; last_seq?: number | string } }) => void): ReplicationEvents;
  on(event: 'paused', listener: (error?: unknown) => void): ReplicationEvents;
  on(event: 'active', listener: () => void): ReplicationEvents;
  on(event: 'denied', listener: (error: unknown) => void): ReplicationEvents;
  on(event: 'error', listener: (error: unknown) => void): ReplicationEvents;
  on(event: 'complete', listener: (info: unknown) => void): ReplicationEvents;
  cancel(): void;
}

/**
 * A two-way live sync. Its own 'paused' waits for both sides and never carries
 * an error (a push that failed against a server that is down pauses it too), so
 * whether the push caught up is read from the push side itself.
 */
export interface SyncEvents extends ReplicationEvents {
  readonly push: ReplicationEvents;
}

export interface LiveChanges {
  on(event: 'change', listener: (change: { id: string; seq: number | string }) => void): LiveChanges;
  on(event: 'error', listener: (error: unknown) => void): LiveChanges;
  cancel(): void;
}

export interface PouchDatabase extends Replica {
  sync(remote: PouchDatabase, options: Record<string, unknown>): SyncEvents;
  replicate: {
    to(remote: PouchDatabase, options?: Record<string, unknown>): ReplicationEvents & PromiseLike<unknown>;
    from(remote: PouchDatabase, options?: Record<string, unknown>): ReplicationEvents & PromiseLike<unknown>;
  };
  changes(options: Record<string, unknown> & { live: true }): LiveChanges;
  changes(options: Parameters<Replica['changes']>[0]): ReturnType<Replica['changes']>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
  transform(handlers: ReturnType<typeof replicaTransform>): void;
  getAttachment(docId: string, name: string, options?: { rev?: string }): Promise<unknown>;
}

export interface PouchStatic {
  new (name: string, options?: Record<string, unknown>): PouchDatabase;
  plugin(plugin: PouchPlugin): PouchStatic;
}

let configured = false;
export function pouch(localAdapter: PouchPlugin): PouchStatic {
  if (!configured) {
    PouchDB.plugin(httpAdapter).plugin(replication).plugin(transformPouch);
    configured = true;
  }
  return PouchDB.plugin(localAdapter);
}

export function openLocalReplica(Pouch: PouchStatic, name: string, adapter: string, keys: StoreKeys): PouchDatabase {
  const db = new Pouch(name, { adapter, revs_limit: 200, auto_compaction: true });
  db.transform(replicaTransform(keys));
  // The replicator reads attachments one by one with getAttachment, which transform-pouch does not cover;
  // the replica keeps them sealed inside the document (replicaCrypto.ts), so they are served from there.
  const original = db.getAttachment.bind(db);
  db.getAttachment = async (docId, name, options) => {
    const doc = (await db.get(docId, options?.rev ? { rev: options.rev } : {})) as { _attachments?: Record<string, { data?: unknown; content_type?: string }> };
    const attachment = doc._attachments?.[name];
    if (typeof attachment?.data !== 'string') return original(docId, name, options);
    const bytes = base64ToBytes(attachment.data);
    const NodeBuffer = (globalThis as { Buffer?: { from(bytes: Uint8Array): unknown } }).Buffer;
    return NodeBuffer ? NodeBuffer.from(bytes) : new Blob([bytes], { type: attachment.content_type ?? 'application/octet-stream' });
  };
  return db;
}

/** The team server's database as PouchDB sees it; every request goes through `fetch` (the host carries it, see teamFetch.ts). */
export function openRemote(Pouch: PouchStatic, url: string, fetch: (url: string | Request, init?: RequestInit) => Promise<Response>): PouchDatabase {
  return new Pouch(url, { skip_setup: true, fetch });
}
