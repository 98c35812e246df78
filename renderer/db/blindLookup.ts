import type { Case } from '../../shared/domain/case';
import type { Requester } from '../../shared/domain/requester';
import { blindLookup } from '../../shared/store/rowCodec';
import { tableSealing } from '../../shared/store/tableSealing';
import type { CaseDeskDatabase } from './database';

/**
 * Lookups on personal values (issue 11): an email, phone, ID number, name or
 * Message-ID is turned into the keyed blind index its row carries, and the
 * index answers; the plain value is never stored or indexed. The one place
 * features and repositories find requesters and threaded cases by such
 * values.
 */
type RequesterField = 'email' | 'phone' | 'idNumber' | 'name';

function requesterIndex(field: RequesterField) {
  const spec = tableSealing.requesters.blind.find((b) => b.from === field);
  if (!spec) throw new Error(`no blind index for requesters.${field}`);
  return spec;
}

/** Requesters whose `field` equals any of `values` once normalised (an ID number in 15 or 18 digits, an email in any case). */
export function requestersBy(db: CaseDeskDatabase, field: RequesterField, values: readonly string[]): Promise<Requester[]> {
  const spec = requesterIndex(field);
  const wanted = [...new Set(values.filter((v) => v.trim()).map((v) => blindLookup(db.keys, spec, v)))];
  if (!wanted.length) return Promise.resolve([]);
  return db.requesters.where(spec.stored).anyOf(wanted).toArray();
}

/** The same lookup, keys only: nothing is decrypted (the case list's search). */
export function requesterKeysBy(db: CaseDeskDatabase, field: RequesterField, values: readonly string[]): Promise<string[]> {
  const spec = requesterIndex(field);
  const wanted = [...new Set(values.filter((v) => v.trim()).map((v) => blindLookup(db.keys, spec, v)))];
  if (!wanted.length) return Promise.resolve([]);
  return db.requesters.where(spec.stored).anyOf(wanted).primaryKeys() as Promise<string[]>;
}

export function requestersByEmail(db: CaseDeskDatabase, email: string): Promise<Requester[]> {
  return requestersBy(db, 'email', [email]);
}

export function requestersByPhone(db: CaseDeskDatabase, phone: string): Promise<Requester[]> {
  return requestersBy(db, 'phone', [phone]);
}

export function requestersByIdNumber(db: CaseDeskDatabase, idNumber: string): Promise<Requester[]> {
  return requestersBy(db, 'idNumber', [idNumber]);
}

/** Cases whose mail carries any of these Message-IDs (threading, SPEC §1). */
export function casesByMessageIds(db: CaseDeskDatabase, messageIds: readonly string[]): Promise<Case[]> {
  const spec = tableSealing.cases.blind[0];
  const wanted = [...new Set(messageIds.filter((id) => id.trim()).map((id) => blindLookup(db.keys, spec, id)))];
  if (!wanted.length) return Promise.resolve([]);
  return db.cases.where(spec.stored).anyOf(wanted).distinct().toArray();
}
