import { Dexie } from 'dexie';
import { chainEvent, verifyChain, type AuditEventContent, type ChainVerdict } from '../../shared/audit/chain';
import type { AuditEvent } from '../../shared/domain/audit';
import type { CaseDeskDatabase } from './database';

/**
 * Appends one event to the audit chain. Must run inside a read-write
 * transaction that includes `db.audit` together with the change it records,
 * so a failed write leaves neither a half-saved change nor an orphan event,
 * and two windows appending at once cannot fork the chain (IndexedDB runs
 * overlapping read-write transactions one after the other).
 */
export async function appendAudit(db: CaseDeskDatabase, content: Omit<AuditEventContent, 'at'> & { at?: string }): Promise<AuditEvent> {
  if (!Dexie.currentTransaction) throw new Error('appendAudit must run inside a transaction with the change it records');
  const last = await db.audit.orderBy('seq').last();
  const event = chainEvent(last, { ...content, at: content.at ?? new Date().toISOString() });
  await db.audit.add(event);
  return event;
}

/** Verifies the whole chain, in order. */
export async function verifyAuditChain(db: CaseDeskDatabase): Promise<ChainVerdict> {
  return verifyChain(await db.audit.orderBy('seq').toArray());
}

/** The events about one subject, newest first (a case's history). */
export function auditEventsFor(db: CaseDeskDatabase, subject: string): Promise<AuditEvent[]> {
  return db.audit.where('subject').equals(subject).reverse().sortBy('seq');
}
