import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AuditEvent } from '../../shared/domain/audit';
import type { Case } from '../../shared/domain/case';
import type { CaseDocument, DocumentBlob } from '../../shared/domain/document';
import type { Incident } from '../../shared/domain/incident';
import type { IncidentPeopleList } from '../../shared/incidents/people/peopleList';
import type { IdentityCheck } from '../../shared/identity/identityCheck';
import type { ResponseLetter } from '../../shared/domain/letter';
import type { Requester } from '../../shared/domain/requester';
import type { MailboxReceipt } from './mailboxReceipts';

/** A setting: a key and a JSON value, each parsed with its zod schema where read (renderer/db/settings.ts). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Monotonic counters, e.g. the case-reference sequence of a year. */
export interface CounterRecord {
  key: string;
  value: number;
}

export const DATABASE_NAME = 'casedesk';

/**
 * The case store (SPEC "Data lives locally"): IndexedDB in the app's own
 * profile, one typed Dexie database. Records live here and are read through
 * repository functions or useLiveQuery; Redux never holds a copy.
 *
 * Indexes are chosen for the queries the app runs:
 * - cases `[status+dueDate]`: dashboard counts by state (overdue = open and
 *   due before today…) answered from key ranges, not by loading every case;
 * - cases `[assignee+dueDate]`: per-officer workload;
 * - cases `requestType`, `receivedAt`, `&reference`, `*messageIds` (threading replies);
 *   `[receivedAt+id]` pages the case list newest first without re-reading skipped rows;
 * - requesters `email`, `phone`, `idNumber`: matching a new request to a known requester;
 * - documents `caseId`, `sha256` (the same file imported twice);
 * - letters `[status+signedAt]`: today's signed letters for the print batch;
 *   `signedAt` the register's date range, `signedBy` its officers; `sha256` a dropped PDF matched to
 *   the register; `replaces` the correction of a signed letter;
 * - identityChecks `&caseId`: the one identity check of a case;
 * - incidents `discoveredAt` (the list, newest first), `&reference`; their
 *   affected people in `incidentPeople`, one row per incident, so that an
 *   edit of the record never rewrites a list of thousands.
 *
 * Migrations: add a new `this.version(n).stores({...})` with `.upgrade()`;
 * never edit a published version.
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
  /** append-only; keyed by the chain sequence number */
  audit!: Table<AuditEvent, number>;
  /** issue 17: each message read from the legal mailbox, by account, folder, UIDVALIDITY and UID, and the case it is on */
  mailboxReceipts!: EntityTable<MailboxReceipt, 'key'>;

  constructor(name: string = DATABASE_NAME) {
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
    // issue 17: the ledger of mailbox receipts — no personal fields, keyed by where the message was on the server;
    // `sha256` finds the receipts of one stored message, `caseId` those of a case
    this.version(2).stores({
      mailboxReceipts: 'key, sha256, caseId',
    });
  }
}

let instance: CaseDeskDatabase | undefined;

/** The app's database (one per window; IndexedDB serialises writers across windows). */
export function database(): CaseDeskDatabase {
  instance ??= new CaseDeskDatabase();
  return instance;
}
