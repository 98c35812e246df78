import { liveQuery, type Subscription } from 'dexie';
import { classifySyncError, needsPerson, type SyncErrorKind } from '../../../shared/sync/syncErrors';
import type { CaseDeskDatabase } from '../database';
import type { ReplicationScope } from '../../../shared/sync/scope';
import { printDatabaseName } from '../../../shared/sync/serverRules';
import { relaySignedLetters } from './printRelay';
import { openLocalReplica, openRemote, type LiveChanges, type PouchDatabase, type PouchStatic, type SyncEvents } from './pouch';
import { pullArrivals, type PullContext, type PullReport } from './pull';
import { pushOutbox } from './push';
import { auditOwnLosses } from './conflicts';
import { refuseLocally } from './refusals';
import { finaliseProvisional, topUpBlocks, type BlockClaimer } from './references';
import type { TeamSession } from './teamSession';

/**
 * The team store's engine (issue 10): PouchDB's live replication between the
 * local replica and the team server, the push step feeding the replica from
 * the outbox, the pull step applying what arrived to the store, and the
 * state the shell's indicator shows. Work is done one step at a time; faults
 * (server unreachable, 500, cut mid-sync) leave everything where it was and
 * PouchDB retries by itself; a refused sign-in or a removed role stops the
 * engine until a person acts.
 */
export type SyncState = 'starting' | 'syncing' | 'online' | 'offline' | 'stopped';

export interface SyncStatus {
  state: SyncState;
  /** changes of this workstation not yet on the server: transactions still in the outbox, and records in the replica the push has not carried */
  pendingPush: number;
  /** records that arrived and wait for the rest of their group */
  waiting: number;
  conflicts: number;
  lastError?: { kind: SyncErrorKind; at: string };
  lastSyncAt?: string;
  /** server refusals of this workstation's changes, newest first */
  refusals: { docId: string; reason: string; at: string }[];
}

export interface Endpoint {
  /** base URL the http adapter is given; requests to it go through `fetch` */
  baseUrl: string;
  fetch: (url: string | Request, init?: RequestInit) => Promise<Response>;
}

export interface EngineDeps {
  db: CaseDeskDatabase;
  session: TeamSession;
  /** which of the team's databases this engine replicates */
  scope: ReplicationScope;
  Pouch: PouchStatic;
  adapter: string;
  endpoint: Endpoint;
  recomputeDueDate?: PullContext['recomputeDueDate'];
  now?: () => Date;
}

/** Up to this many replica writes not yet pushed, the pending count reads them to count each record once. */
const EXACT_COUNT_UP_TO = 500;

export class SyncEngine {
  private local: PouchDatabase | undefined;
  private remote: PouchDatabase | undefined;
  private replication: SyncEvents | undefined;
  /** counts the push's active spells: a caught-up answer read while a newer spell began is not trusted */
  private pushSpell = 0;
  /** how often the push paused on an error and waits to retry (the tests wait for it) */
  pushRetries = 0;
  private localChanges: LiveChanges | undefined;
  private outboxWatch: Subscription | undefined;
  private running: Promise<void> = Promise.resolve();
  private again = false;
  private busy = false;
  /** the replica's sequence the push had carried to the server when it last caught up (kept in the local table across starts) */
  private pushedSeq: number | string | undefined;
  private outboxCount = 0;
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<(status: SyncStatus) => void>();
  status: SyncStatus = { state: 'stopped', pendingPush: 0, waiting: 0, conflicts: 0, refusals: [] };
  lastPull: PullReport | undefined;

  constructor(private readonly deps: EngineDeps) {}

  get replica(): PouchDatabase {
    if (!this.local) throw new Error('the sync engine is not started');
    return this.local;
  }

  start(): void {
    const { db, session, Pouch, adapter, endpoint } = this.deps;
    db.capturing = true;
    db.chain = session.chain;
    const database = this.deps.scope.name === 'print' ? printDatabaseName(session.database) : session.database;
    // one replica per team database and per user of this profile (each user writes their own chain)
    this.local = openLocalReplica(Pouch, `casedesk-replica-${database}-${session.chain}`, adapter, db.keys);
    this.remote = openRemote(Pouch, `${endpoint.baseUrl}/${encodeURIComponent(database)}`, this.watched(endpoint.fetch));
    this.update({ state: 'starting' });
    const replication = this.local.sync(this.remote, {
        live: true,
        retry: true,
        // each batch is a few requests (changes, revs_diff, the documents, checkpoints) through the host: a joining
        // store of 10,000 cases is 40,000 records, and 50 a batch made that 800 batches
        batch_size: 250,
        batches_limit: 2,
        heartbeat: 10_000,
        timeout: 30_000,
        back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 30_000)),
      });
    this.replication = replication;
    // the push side paused without an error: every replica write up to now is on the server. The two-way
    // 'paused' below is no such proof — it fires when a push that failed against a server that is down has
    // paused as well, and taking it as one wiped "n pending" off an officer's indicator while offline
    replication.push.on('active', () => {
      this.pushSpell += 1;
    });
    replication.push.on('paused', (error) => {
      if (error) this.pushRetries += 1;
      else void this.pushCaughtUp();
    });
    replication
      .on('active', () => this.update({ state: 'syncing' }))
      .on('change', (info) => {
        if (info.direction === 'push' && info.change?.last_seq !== undefined) void this.notePushed(info.change.last_seq);
        void this.kick();
      })
      .on('paused', () => {
        // both sides idle; whether the server was reached is the requests' business (watched)
        if (this.status.state !== 'offline' && this.status.state !== 'stopped') this.update({ state: 'online', lastSyncAt: this.now().toISOString() });
      })
      .on('denied', (error) => void this.refused(error))
      .on('error', (error) => this.fault(error));
    this.localChanges = this.local.changes({ live: true, since: 'now' }).on('change', () => this.kick());
    this.outboxWatch = liveQuery(() => db.outbox.count()).subscribe({
      next: (count) => {
        this.outboxCount = count;
        this.schedulePendingCount();
        if (count) void this.kick();
      },
    });
    this.kick();
  }

  async stop(): Promise<void> {
    clearTimeout(this.pendingTimer);
    this.pendingTimer = undefined;
    this.replication?.cancel();
    this.localChanges?.cancel();
    this.outboxWatch?.unsubscribe();
    await this.running;
    await this.local?.close();
    this.local = undefined;
    // capture goes on: what is written while the engine is stopped (offline) is pushed when it starts again
    this.update({ state: 'stopped' });
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Runs the push and pull steps until neither has work left (tests and the bench wait on it). */
  kick(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return this.running;
    }
    this.busy = true;
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.work();
        } while (this.again);
      } catch (error) {
        this.fault(error);
      } finally {
        this.busy = false;
      }
    })();
    return this.running;
  }

  private async work(): Promise<void> {
    const { db, session } = this.deps;
    if (!this.local) return;
    const scope = this.deps.scope;
    while ((await pushOutbox({ db, replica: this.local, username: session.username, scope })) > 0);
    if (scope.name === 'print' && (session.roles.includes('officer') || session.roles.includes('manager'))) {
      await relaySignedLetters({ db, replica: this.local, username: session.username });
    }
    let report: PullReport;
    do {
      report = await pullArrivals({ db, replica: this.local, scope, recomputeDueDate: this.deps.recomputeDueDate, now: this.deps.now });
      this.lastPull = report;
      // the workstation whose version lost says so in its own chain, once
      if (report.conflicts.length) await auditOwnLosses(db, report.conflicts, session.username);
      for (const refused of report.refused) this.noteRefusal(refused.docId, `casedesk:${refused.reason}`);
    } while (report.applied > 0);
    this.update({ waiting: report.waiting, conflicts: await db.syncConflicts.count() });
    this.schedulePendingCount();
    if (scope.name === 'main' && this.status.state !== 'offline' && this.status.state !== 'stopped') await this.keepReferences();
  }

  private async pushCaughtUp(): Promise<void> {
    const spell = this.pushSpell;
    const info = await this.local?.info().catch(() => undefined);
    // a write that reached the replica meanwhile woke the push again: its own pause will say
    if (info && spell === this.pushSpell) await this.notePushed(info.update_seq);
  }

  private pushedKey(): string {
    return `sync.pushedSeq.${this.local?.name ?? this.deps.scope.name}`;
  }

  private async notePushed(seq: number | string): Promise<void> {
    this.pushedSeq = seq;
    try {
      await this.deps.db.local.put({ key: this.pushedKey(), value: seq });
    } catch {
      // the engine stopped and the store closed meanwhile: the next start counts from what was kept
      return;
    }
    this.schedulePendingCount();
  }

  /**
   * The count reads the replica's changes since the push caught up: while a
   * large store uploads that is thousands of rows, so it runs at most every
   * half second, not on every outbox entry pushed.
   */
  private schedulePendingCount(): void {
    if (this.pendingTimer || !this.local) return;
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = undefined;
      void this.countPending();
    }, 500);
  }

  /**
   * "n pending" in the shell: what the officer did that the server does not
   * have yet — outbox transactions, and replica records written since the
   * push last caught up (offline, those wait in the replica for the server).
   */
  private async countPending(): Promise<void> {
    const local = this.local;
    if (!local) return;
    if (this.pushedSeq === undefined) {
      const kept = (await this.deps.db.local.get(this.pushedKey()).catch(() => undefined))?.value;
      if (typeof kept === 'number' || typeof kept === 'string') this.pushedSeq = kept;
    }
    let unsent = 0;
    if (this.pushedSeq !== undefined) {
      try {
        // the replica's writes since then, from its sequence numbers: reading the changes reads every record
        // written (a joining store's whole upload, each time the count is refreshed); they are counted one by one
        // only when few, where a record written twice must not count twice
        const writes = typeof this.pushedSeq === 'number' ? Number((await local.info()).update_seq) - this.pushedSeq : undefined;
        unsent = writes !== undefined && writes > EXACT_COUNT_UP_TO ? writes : (await local.changes({ since: this.pushedSeq, limit: 10_000, return_docs: true })).results.length;
      } catch {
        // the replica is closing: the count is refreshed on the next start
      }
    }
    if (this.status.pendingPush !== this.outboxCount + unsent) this.update({ pendingPush: this.outboxCount + unsent });
  }

  /** Reference blocks topped up and provisional references made final, whenever the server can be reached. */
  private async keepReferences(): Promise<void> {
    const { db, session } = this.deps;
    const remote = this.remote;
    if (!remote) return;
    const claimer: BlockClaimer = {
      create: async (id, body) => {
        try {
          await remote.put({ _id: id, ...body });
          return 'created';
        } catch (error) {
          // CouchDB answers 409 for a document that exists; a server that validates first refuses it (403)
          const status = Number(Reflect.get(error as object, 'status'));
          if (status === 409 || (status === 403 && String(Reflect.get(error as object, 'message') ?? Reflect.get(error as object, 'reason')).includes('reference-block-taken'))) return 'taken';
          throw error;
        }
      },
      lastClaimed: async (prefix) => (await remote.allDocs({ startkey: `${prefix}\ufff0`, endkey: prefix, descending: true, limit: 1 })).rows[0]?.key,
    };
    try {
      if ((await topUpBlocks(db, claimer, session.username, this.now())) > 0 || (await db.local.get('references.provisional'))) {
        await finaliseProvisional(db, session.username);
      }
    } catch {
      // unreachable now: the next round tries again; numbers in hand and provisional ones keep intake going
    }
  }

  /**
   * Every request to the server passes here: PouchDB's live replication
   * retries by itself and does not always say why it paused, so reachability
   * is read from the requests themselves.
   */
  private watched(fetch: Endpoint['fetch']): Endpoint['fetch'] {
    return async (url, init) => {
      let response: Response;
      try {
        response = await fetch(url, init);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'AbortError')) this.fault(error);
        throw error;
      }
      if (response.status === 401 || response.status === 403 || response.status >= 500) {
        // a 403 on a write refuses that document (the 'denied' event, a reference block taken), not the sign-in
        const method = (init?.method ?? 'GET').toUpperCase();
        const path = new URL(typeof url === 'string' ? url : url.url).pathname;
        const isWrite = method === 'PUT' || method === 'DELETE' || (method === 'POST' && /\/_bulk_docs$/.test(path));
        if (!(response.status === 403 && isWrite)) this.fault({ status: response.status });
      } else if (this.status.state === 'offline') {
        this.update({ state: 'syncing', lastError: undefined });
      }
      return response;
    };
  }

  private async refused(event: unknown): Promise<void> {
    // db.sync() wraps each direction's event: { direction, doc: { id, error, reason } }
    const error: unknown = (event && typeof event === 'object' && Reflect.get(event, 'doc')) || event;
    const docId = String(Reflect.get(error as object, 'id') ?? '');
    const reason = String(Reflect.get(error as object, 'reason') ?? Reflect.get(error as object, 'message') ?? 'forbidden');
    if (!docId || !this.local) return;
    await refuseLocally(this.deps.db, this.local, docId, reason, this.now());
    this.noteRefusal(docId, reason);
    void this.kick();
  }

  private noteRefusal(docId: string, reason: string): void {
    if (this.status.refusals.some((r) => r.docId === docId && r.reason === reason)) return;
    this.update({ refusals: [{ docId, reason, at: this.now().toISOString() }, ...this.status.refusals].slice(0, 20) });
  }


  private fault(error: unknown): void {
    const kind = classifySyncError(error);
    this.update({ state: 'offline', lastError: { kind, at: this.now().toISOString() } });
    if (needsPerson(kind)) {
      // retrying would only repeat the refusal: stop until the officer signs in again
      this.replication?.cancel();
      this.update({ state: 'stopped' });
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private update(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener(this.status);
  }
}
