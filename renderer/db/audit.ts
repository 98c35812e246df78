import { Dexie, type Transaction } from 'dexie';
import { chainEvent, chainHead, type AuditEventContent } from '../../shared/audit/chain';
import { recordDigest } from '../../shared/audit/recordDigest';
import { redactPersonalData, redactValue } from '../../shared/audit/redact';
import type { AuditEvent, AuditRecordDigest } from '../../shared/domain/audit';
import { touchedRecords } from './audit/recordTracking';
import type { CaseDeskDatabase } from './database';

/** What a caller gives: the chain adds `at` when missing, the record digests, the links and the MAC. */
export type AuditInput = Omit<AuditEventContent, 'at' | 'records' | 'refs'> & { at?: string };

/**
 * Appends one event to this workstation's audit chain. Must run inside the
 * read-write transaction that made the change it records (the transaction's
 * scope includes `db.auditLog`), after the change: the event carries the
 * digest before and after of every audited record the transaction changed
 * and no earlier event named (issue 11), so a failed write leaves neither a
 * half-saved change nor an orphan event, and verification can tell a record
 * changed without its event.
 *
 * Text is masked on the way in (shared/audit/redact.ts): no ID number,
 * phone, email or card number enters the chain, whatever the caller passed.
 */
export async function appendAudit(db: CaseDeskDatabase, input: AuditInput): Promise<AuditEvent> {
  const transaction: Transaction | null = Dexie.currentTransaction;
  if (!transaction) throw new Error('appendAudit must run inside a transaction with the change it records');
  if (!db.chain) throw new Error('the store has no workstation chain yet');
  const records: AuditRecordDigest[] = [];
  for (const [ref, touched] of touchedRecords(transaction.idbtrans)) {
    if (touched.answered) continue;
    const now: unknown = await db.table(touched.table).get(touched.key as string);
    records.push({ ref, before: touched.before, after: now === undefined ? null : recordDigest(now) });
    touched.answered = true;
  }
  const refs = [...new Set([input.subject, ...records.map((r) => r.ref)])];
  const content: AuditEventContent = {
    ...input,
    at: input.at ?? new Date().toISOString(),
    summary: redactPersonalData(input.summary),
    ...(input.before !== undefined ? { before: redactValue(input.before) } : {}),
    ...(input.after !== undefined ? { after: redactValue(input.after) } : {}),
    ...(records.length ? { records } : {}),
    refs,
  };
  const last = await lastEventOf(db, db.chain);
  const event = chainEvent(last, db.chain, content, db.keys.auditHead);
  await db.auditLog.add(event);
  // every read-write transaction includes auditHeads (CaseDeskDatabase adds it), so the head moves with the event
  await db.auditHeads.put(chainHead(db.keys.auditHead, event));
  return event;
}

export function lastEventOf(db: CaseDeskDatabase, chain: string): Promise<AuditEvent | undefined> {
  return db.auditLog.where('[chain+seq]').between([chain, Dexie.minKey], [chain, Dexie.maxKey]).last();
}

/** The events about one subject, newest first (a case's history), across every workstation's chain. */
export async function auditEventsFor(db: CaseDeskDatabase, subject: string): Promise<AuditEvent[]> {
  const events = await db.auditLog.where('refs').equals(subject).toArray();
  return events.sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));
}
