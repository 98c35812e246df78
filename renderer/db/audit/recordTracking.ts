import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { recordDigest, recordRef } from '../../../shared/audit/recordDigest';
import { ENCRYPTION_MIDDLEWARE_LEVEL } from '../crypto/encryptionMiddleware';
import { mutatedKeys, thenOrNow } from '../middleware/mutatedKeys';

/**
 * Every change to an audited record must be answered by an audit event with
 * the record's digest before and after (issue 11). This middleware notes,
 * per IndexedDB transaction, the digest each audited record had before the
 * transaction first touched it; appendAudit (../audit.ts) then reads the
 * records as they are now and puts both digests in the event. A write that
 * no event answers is what verification later reports as "changed without
 * its event". It sits above the encryption layer, so it digests plain records.
 */
export const AUDITED_TABLES = ['requesters', 'cases', 'documents', 'letters', 'incidents', 'incidentPeople', 'identityChecks', 'unsortedFiles', 'settings', 'printMarks'] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];
const audited = new Set<string>(AUDITED_TABLES);

export interface TouchedRecord {
  table: string;
  key: unknown;
  /** the digest before this transaction first changed it; null when it did not exist */
  before: string | null;
  /** set once an event has named it */
  answered: boolean;
}

const touchedByTransaction = new WeakMap<DBCoreTransaction, Map<string, TouchedRecord>>();

/** The audited records this transaction changed so far (keyed by ref). */
export function touchedRecords(trans: DBCoreTransaction): Map<string, TouchedRecord> {
  let touched = touchedByTransaction.get(trans);
  if (!touched) {
    touched = new Map();
    touchedByTransaction.set(trans, touched);
  }
  return touched;
}

export const recordTrackingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'casedesk-record-tracking',
  level: ENCRYPTION_MIDDLEWARE_LEVEL + 1,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return audited.has(name) ? trackingTable(table, name) : table;
    },
  }),
};

function trackingTable(table: DBCoreTable, name: string): DBCoreTable {
  // `.then` on what the layer below returns, never `await`: Dexie's promises carry the transaction's zone, a native await would drop it
  const track = (req: DBCoreMutateRequest, keys: readonly unknown[]) => {
    const touched = touchedRecords(req.trans);
    const fresh = keys.filter((key) => !touched.has(recordRef(name, key)));
    const noted = fresh.length
      ? table.getMany({ trans: req.trans, keys: fresh }).then((previous) => {
          fresh.forEach((key, i) => {
            const old: unknown = previous[i];
            touched.set(recordRef(name, key), { table: name, key, before: old === undefined ? null : recordDigest(old), answered: false });
          });
        })
      : undefined;
    const write = () => {
      // a record changed again after an event named it needs another event
      for (const key of keys) {
        const entry = touched.get(recordRef(name, key));
        if (entry) entry.answered = false;
      }
      return table.mutate(req);
    };
    return noted ? noted.then(write) : write();
  };
  return {
    ...table,
    mutate: (req: DBCoreMutateRequest) => thenOrNow(mutatedKeys(table, req), (keys) => track(req, keys)) as Promise<DBCoreMutateResponse>,
  };
}
