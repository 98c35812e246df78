import { caseSchema, type Case } from '../../shared/domain/case';
import { caseDocumentSchema, type CaseDocument } from '../../shared/domain/document';
import { requesterSchema, type Requester } from '../../shared/domain/requester';
import { shanghaiDate } from '../../shared/domain/time';
import { sha256Hex } from '../../shared/audit/chain';
import { appendAudit } from './audit';
import { nextCaseReference } from './caseReference';
import { legalDueDate, readDeadlineContext } from './deadlineContext';
import type { CaseDeskDatabase } from './database';

export type NewCase = Omit<Case, 'id' | 'reference' | 'requesterId' | 'createdAt' | 'updatedAt'>;
export type NewRequester = Omit<Requester, 'id' | 'createdAt' | 'updatedAt'>;
export interface NewDocument {
  meta: Omit<CaseDocument, 'id' | 'caseId' | 'sha256' | 'size' | 'addedAt' | 'addedBy'>;
  bytes: Uint8Array;
  /** the SHA-256 when it was already computed off the UI thread (the intake worker hashes every part it parses) */
  sha256?: string;
  /** the bytes are already stored as the `documentBlobs` row of this id (a queued mail file, issue 12): the document takes that id */
  storedBlobId?: string;
}

export interface CaseIntake {
  case: NewCase;
  /** an existing requester's id, or a new requester */
  requester: { existingId: string } | { create: NewRequester };
  documents?: NewDocument[];
}

/**
 * Opens a case: the requester (new or matched), the case with its next
 * reference, its documents with their SHA-256 digests, and the audit event,
 * all in one transaction, so a failed write leaves nothing half-saved
 * (SPEC §6). Everything is validated against the shared schemas first.
 */
export async function openCase(db: CaseDeskDatabase, intake: CaseIntake, actor: string, now: Date = new Date()): Promise<Case> {
  const at = now.toISOString();
  return db.transaction('rw', [db.cases, db.counters, db.requesters, db.documents, db.documentBlobs, db.auditLog, db.settings], async () => {
    let requesterId: string;
    if ('existingId' in intake.requester) {
      const existing = await db.requesters.get(intake.requester.existingId);
      if (!existing) throw new Error(`requester ${intake.requester.existingId} does not exist`);
      requesterId = existing.id;
    } else {
      const requester = requesterSchema.parse({ ...intake.requester.create, id: crypto.randomUUID(), createdAt: at, updatedAt: at });
      await db.requesters.add(requester);
      requesterId = requester.id;
    }
    const year = Number(shanghaiDate(intake.case.receivedAt).slice(0, 4));
    // the case carries its legal due date from the start (the ceiling runs from receipt)
    const dueDate = legalDueDate(intake.case, await readDeadlineContext(db), shanghaiDate(now.getTime()));
    const record = caseSchema.parse({
      ...intake.case,
      ...(dueDate ? { dueDate } : {}),
      id: crypto.randomUUID(),
      reference: await nextCaseReference(db, year),
      requesterId,
      createdAt: at,
      updatedAt: at,
    });
    await db.cases.add(record);
    for (const doc of intake.documents ?? []) {
      const meta = caseDocumentSchema.parse({
        ...doc.meta,
        id: doc.storedBlobId ?? crypto.randomUUID(),
        caseId: record.id,
        size: doc.bytes.byteLength,
        sha256: doc.sha256 ?? sha256Hex(doc.bytes),
        addedAt: at,
        addedBy: actor,
      });
      await db.documents.add(meta);
      if (!doc.storedBlobId) await db.documentBlobs.add({ id: meta.id, bytes: doc.bytes });
    }
    await appendAudit(db, {
      at,
      actor,
      action: 'case.created',
      subject: `case:${record.id}`,
      summary: `${record.reference} ${record.channel} ${record.requestType}`,
      after: { reference: record.reference, channel: record.channel, requestType: record.requestType, receivedAt: record.receivedAt },
    });
    return record;
  });
}
