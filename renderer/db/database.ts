import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ChainHead } from '../../shared/audit/chain';
import type { StoreKeys } from '../../shared/crypto/storeKeys';
import type { AuditEvent } from '../../shared/domain/audit';
import type { Case } from '../../shared/domain/case';
import type { CaseDocument, DocumentBlob } from '../../shared/domain/document';
import type { Incident } from '../../shared/domain/incident';
import type { IncidentPeopleList } from '../../shared/incidents/people/peopleList';
import type { IdentityCheck } from '../../shared/identity/identityCheck';
import type { ResponseLetter } from '../../shared/domain/letter';
import type { Requester } from '../../shared/domain/requester';
import type { UnsortedFile } from '../../shared/domain/unsortedFile';
import { recordTrackingMiddleware } from './audit/recordTracking';
import { encryptionMiddleware } from './crypto/encryptionMiddleware';
import { outboxMiddleware, type OutboxEntry } from './sync/outbox';
import type { PendingArrival, SyncConflict, SyncRevision } from './sync/syncTables';
import { migrateToVersion2 } from './migrations/version2';
import { ensureWorkstation } from './workstation';
import { readTeamSession, scopesFor } from './sync/teamSession';
import type { ReplicationScope } from '../../shared/sync/scope';
import type { PrintMark, PrintQueueItem } from '../../shared/sync/printing';
import type { LiveTally } from '../../shared/deadlines/liveTallies';
import type { MonthTally } from '../../shared/deadlines/responseFigures';
import { tallyStoredCases } from './monthTallies';
import { caseTalliesMiddleware } from './caseTalliesMiddleware';
import { tallyStoredLiveCases } from './liveTallies';
import type { MailboxReceipt } from './mailboxReceipts';
import type { StoredImportReport } from './intakeReports';
import type { PurgeLedgerEntry } from '../../shared/retention/retentionPolicy';

/** A setting: a key and a JSON value, each parsed with its zod schema where read (renderer/db/settings.ts). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A file of a running mail import, kept until every message of it is saved
 * (issue 12: an import interrupted by closing the app can be resumed, and
 * nothing is imported twice). Its row is removed in the transaction that
 * saves its last message. The file's bytes are written once, as a
 * `documentBlobs` row that the stored message adopts when the file is one
 * message (an .eml or .msg), so a queued import writes no byte twice.
 */
export interface IntakeQueueRecord {
  id: string;
  /** the import it belongs to */
  jobId: string;
  /** its position in that import */
  seq: number;
  name: string;
  /** the `documentBlobs` row holding the file's bytes */
  blobId: string;
  lastModified?: string;
  /** where it came from, when not a dropped file (shared/intake/intakeSource.ts), as JSON-able data */
  source?: unknown;
  addedAt: string;
  addedBy: string;
}

/** Monotonic counters, e.g. the case-reference sequence of a year. */
export interface CounterRecord {
  key: string;
  value: number;
}

/** What belongs to this workstation alone and never replicates: its audit chain's name, sync state. */
export interface LocalRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'casedesk';

/**
 * The case store (SPEC "Data lives locally"): IndexedDB in the app's own
 * profile, one typed Dexie database. Records live here and are read through
 * repository functions or useLiveQuery; Redux never holds a copy.
 *
 * Under the tables, two DBCore layers see every operation (STYLE "Seams"):
 * encryption at rest (crypto/encryptionMiddleware.ts: personal fields sealed
 * with AES-GCM, looked up through keyed blind indexes) and record tracking
 * (audit/recordTracking.ts: the digests an audit event records). A feature
 * reads and writes plain records and never sees a ciphertext or a digest.
 *
 * Indexes are chosen for the queries the app runs:
 * - cases `[status+dueDate]`: dashboard counts by state (overdue = open and
 *   due before today…) answered from key ranges, not by loading every case;
 * - cases `[assignee+dueDate]`: per-officer workload;
 * - cases `requestType`, `receivedAt`, `&reference`, `*biMessageIds` (threading replies, blind);
 *   `[receivedAt+id]` pages the case list newest first without re-reading skipped rows;
 * - requesters `biEmail`, `biPhone`, `biIdNumber`, `biName`: matching a new
 *   request to a known requester through blind indexes (HMACs), never the plain value;
 * - cases `dueDate`, `[status+receivedAt]`, `[requestType+…]`, `[status+requestType+…]` (by
 *   receivedAt or dueDate): every sort and filter of the case list is one key range;
 * - documents `caseId`, `sha256` (the same file imported twice);
 * - letters `[status+signedAt]`: today's signed letters for the print batch;
 *   `signedAt` the register's date range, `signedBy` its officers; `sha256` a dropped PDF matched to
 *   the register; `replaces` the correction of a signed letter;
 * - identityChecks `&caseId`: the one identity check of a case;
 * - incidents `discoveredAt` (the list, newest first), `&reference`; their
 *   affected people in `incidentPeople`, one row per incident, so that an
 *   edit of the record never rewrites a list of thousands;
 * - auditLog `[chain+seq]`: one hash chain per workstation (issue 10), `*refs`
 *   the history of one record; auditHeads the authenticated end of each chain.
 *
 * Version 2 (issue 15) adds the dashboard's tallies, kept by
 * `caseTalliesMiddleware` under every write to cases (derived data, counted
 * from the cases, never replicated): `monthTallies` (the monthly figures, one
 * per month) and `liveTallies` (live cases per officer and per request type);
 * and the case list's sort and filter indexes (no personal field among them).
 *
 * - intakeQueue `[jobId+seq]`: the files of an interrupted import, in their order.
 *
 * Version 3 (issue 11) adds `purgeLedger` (`caseId`): what each purge removed, by id.
 *
 * Version 5 (issue 14) adds `unsortedFiles` (`[status+addedAt]`, `sha256`): dropped files that are not mail;
 * and `intakeReports`: the last import's review, kept over a restart until cleared (this workstation's, not replicated).
 *
 * Migrations: add a new `this.version(n).stores({...})` with `.upgrade()`;
 * never edit a published version. renderer/db/migrations/ holds them, each
 * with a test that opens a store of the previous version.
 */
export class CaseDeskDatabase extends Dexie {
  requesters!: EntityTable<Requester, 'id'>;
  cases!: EntityTable<Case, 'id'>;
  documents!: EntityTable<CaseDocument, 'id'>;
  documentBlobs!: EntityTable<DocumentBlob, 'id'>;
  letters!: EntityTable<ResponseLetter, 'id'>;
  incidents!: EntityTable<Incident, 'id'>;
  /** the affected people of an incident, one list per incident (kept apart: it may hold thousands of rows) */
  incidentPeople!: EntityTable<IncidentPeopleList, 'incidentId'>;
  /** one identity check per case (SPEC §2), items and decisions appended inside it */
  identityChecks!: EntityTable<IdentityCheck, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  counters!: EntityTable<CounterRecord, 'key'>;
  /** append-only; one chain per workstation, keyed by [chain, position] */
  auditLog!: Table<AuditEvent, [string, number]>;
  /** the authenticated last event of each chain this workstation writes */
  auditHeads!: EntityTable<ChainHead, 'chain'>;
  local!: EntityTable<LocalRecord, 'key'>;
  /** per Shanghai month: closed, on time, working days to respond (derived from cases; see caseTalliesMiddleware) */
  monthTallies!: EntityTable<MonthTally, 'month'>;
  /** live cases per officer and per request type, open ones by due date (derived from cases; see caseTalliesMiddleware) */
  liveTallies!: EntityTable<LiveTally, 'key'>;
  /** issue 17: each message read from the legal mailbox, by account, folder, UIDVALIDITY and UID, and the case it is on */
  mailboxReceipts!: EntityTable<MailboxReceipt, 'key'>;
  /** the files of a mail import not yet wholly saved (issue 12); empty when no import is running or interrupted */
  intakeQueue!: EntityTable<IntakeQueueRecord, 'id'>;
  /** issue 11: every purge of personal data, by record id only; a restore applies them again (renderer/db/retention/) */
  purgeLedger!: EntityTable<PurgeLedgerEntry, 'id'>;
  /** issue 14: files dropped on intake that are not mail (未归类材料), until attached to a case or discarded; bytes in documentBlobs */
  unsortedFiles!: EntityTable<UnsortedFile, 'id'>;
  /** issue 14: the last import's review on this workstation, kept until the officer clears it (renderer/db/intakeReports.ts) */
  intakeReports!: EntityTable<StoredImportReport, 'id'>;

  /** replication capture: not-yet-pushed transactions of records the team shares (issue 10) */
  outbox!: Table<OutboxEntry, number>;
  /** the replica revision each shared record was last written or applied at */
  syncRevs!: EntityTable<SyncRevision, 'docId'>;
  /** records that arrived and wait for the rest of their transaction */
  syncPending!: EntityTable<PendingArrival, 'docId'>;
  /** records two workstations changed apart, until an officer resolves them */
  syncConflicts!: EntityTable<SyncConflict, 'docId'>;
  /** print staff's workstation: the signed letters to print with their envelope addresses (issue 10) */
  printQueue!: EntityTable<PrintQueueItem, 'letterId'>;
  /** who printed which letter when, from every workstation */
  printMarks!: EntityTable<PrintMark, 'id'>;

  /** this workstation's audit chain, known once the store is open */
  chain = '';
  /** set while the workstation belongs to a team: shared writes are captured for replication */
  capturing = false;
  /** the team databases this session writes to: main for officers and managers, print for everyone who prints */
  scopes: readonly ReplicationScope[] = [];

  constructor(
    name: string,
    readonly keys: StoreKeys,
    /** the schema version to open at: the latest, except in a migration test that writes a store as an earlier version did */
    options: { version?: 2 | 3 | 4 | 5 } = {},
  ) {
    super(name);
    this.version(1).stores({
      requesters: 'id, email, phone, idNumber, name, updatedAt',
      cases:
        'id, &reference, requesterId, requestType, receivedAt, [receivedAt+id], status, [status+dueDate], [assignee+dueDate], *messageIds, closedAt, updatedAt',
      documents: 'id, caseId, sha256, kind',
      documentBlobs: 'id',
      letters: 'id, caseId, status, [status+signedAt], signedAt, signedBy, sha256, replaces',
      incidents: 'id, &reference, discoveredAt, status',
      incidentPeople: 'incidentId',
      identityChecks: 'id, &caseId',
      settings: 'key',
      counters: 'key',
      audit: 'seq, at, subject, action',
    });
    // issue 11: personal fields sealed, lookups through blind indexes, one audit chain per workstation;
    // issue 10: the team store's capture and state; issue 15: the dashboard's tallies and the case list's indexes
    this.version(2)
      .stores({
        requesters: 'id, biEmail, biPhone, biIdNumber, biName, updatedAt',
        cases:
          'id, &reference, requesterId, requestType, receivedAt, [receivedAt+id], status, [status+dueDate], [assignee+dueDate], *biMessageIds, closedAt, updatedAt, ' +
          // the case list: each (filter, sort) it offers is one key range, counted and read in windows
          'dueDate, [status+receivedAt], [requestType+receivedAt], [requestType+dueDate], [status+requestType+receivedAt], [status+requestType+dueDate]',
        audit: null,
        auditLog: '[chain+seq], chain, at, subject, action, *refs',
        auditHeads: 'chain',
        local: 'key',
        outbox: '++seq, scope',
        syncRevs: 'docId',
        printQueue: 'letterId, signedAt',
        printMarks: 'id, letterId, at',
        syncPending: 'docId',
        syncConflicts: 'docId, ref',
        monthTallies: 'month',
        liveTallies: 'key',
        // issue 17: the ledger of mailbox receipts — no personal fields, keyed by where the message was on the server;
        // `sha256` finds the receipts of one stored message, `caseId` those of a case
        mailboxReceipts: 'key, sha256, caseId',
        // issue 12: a resumable mail import (no index on personal fields; the file name is sealed)
        intakeQueue: 'id, [jobId+seq]',
      })
      .upgrade(async (tx) => {
        await migrateToVersion2(tx, this);
        await tallyStoredCases(tx);
        await tallyStoredLiveCases(tx);
      });
    // issue 11: the purge ledger (retention, identity evidence), which a restore of an older backup applies again
    if ((options.version ?? 5) >= 3) this.version(3).stores({ purgeLedger: 'id, caseId' });
    // issue 14, manager views: answered cases (已答复) counted apart from the running ones by due date,
    // the case list's officer filter read in order of receipt, and its sort by reference under each filter;
    // new indexes only, no data changes
    if ((options.version ?? 5) >= 4)
      this.version(4).stores({
        cases:
          'id, &reference, requesterId, requestType, receivedAt, [receivedAt+id], status, [status+dueDate], [assignee+dueDate], *biMessageIds, closedAt, updatedAt, ' +
          'dueDate, [status+receivedAt], [requestType+receivedAt], [requestType+dueDate], [status+requestType+receivedAt], [status+requestType+dueDate], ' +
          '[stage+dueDate], [assignee+receivedAt], [status+reference], [requestType+reference], [status+requestType+reference]',
      });
    // issue 14: the tray of dropped files that are not mail (未归类材料): waiting ones listed by status, newest first;
    // `sha256` finds the same file dropped again (no personal field indexed: the file name is sealed)
    if ((options.version ?? 5) >= 5) this.version(5).stores({ unsortedFiles: 'id, [status+addedAt], sha256', intakeReports: 'id' });
    this.use(encryptionMiddleware(keys));
    this.use(recordTrackingMiddleware);
    this.use(outboxMiddleware(this));
    // every write to cases passes through it, whoever makes it (repositories, import, replication); it sees plain cases
    this.use(caseTalliesMiddleware());
    this.on('ready', async () => {
      this.chain = await ensureWorkstation(this);
      // in a team, this user's own chain, and every shared write captured from the first one (issue 10)
      const session = await readTeamSession(this);
      if (session) {
        this.chain = session.chain;
        this.capturing = true;
        this.scopes = scopesFor(session.roles);
      }
    });
    widenWriteTransactions(this);
  }
}

type TransactionImpl = (mode: string, tables: (string | Table)[], scope: (...args: unknown[]) => unknown) => unknown;

/**
 * Every read-write transaction also takes the outbox, the audit heads and
 * the local table (reference blocks in a team):
 * the replication capture and the audit chain's head are written in the
 * same transaction as the change (nothing half-saved, nothing left
 * unsynced), without every repository having to name them. Dexie's internal
 * `_transaction` receives the normalised arguments of `db.transaction(…)`;
 * renderer/db/transactionScope.test.ts holds it to that.
 */
function widenWriteTransactions(db: Dexie): void {
  const target = db as unknown as { _transaction: TransactionImpl };
  const original = target._transaction.bind(db);
  target._transaction = (mode, tables, scope) => {
    const plain = mode.replace(/[!?]/g, '');
    if (plain === 'r' || plain === 'readonly') return original(mode, tables, scope);
    const names = new Set(tables.map((t) => (typeof t === 'string' ? t : t.name)));
    const extra = ['outbox', 'auditHeads', 'local'].filter((name) => !names.has(name));
    return original(mode, [...tables, ...extra], scope);
  };
}

let instance: CaseDeskDatabase | undefined;

/** The app's database, once unlocked (renderer/db/unlockStore.ts); one per window. */
export function database(): CaseDeskDatabase {
  if (!instance) throw new Error('the case store is not open yet');
  return instance;
}

export function setDatabase(db: CaseDeskDatabase | undefined): void {
  instance = db;
}
