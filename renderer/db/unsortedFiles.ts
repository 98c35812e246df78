import Dexie from 'dexie';
import { sha256Hex } from '../../shared/audit/chain';
import { redactFileName } from '../../shared/audit/redact';
import type { CaseDocument } from '../../shared/domain/document';
import type { UnsortedFile } from '../../shared/domain/unsortedFile';
import { sniffFileKind } from '../../shared/intake/fileKind';
import type { ParseFailure } from '../../shared/intake';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';
import { messageFileName } from './intakeCases';

/**
 * 未归类材料 (issue 14, point 3): the tray of dropped files that are not mail.
 * A PDF, a picture or a fake .eml opens no case: it is kept here, sealed,
 * audited and replicated like a document, until an officer attaches it to a
 * case or discards it with a reason. Its bytes sit in `documentBlobs` under
 * the file's id, so attaching it makes a document of the same id and copies
 * nothing.
 */

/** The parse failures that mean "this is not mail" (the others — a mail too complex or too slow to parse — stay on a case for review). */
export function isNotMail(failure: ParseFailure): boolean {
  return failure.code === 'not-a-message' || failure.code === 'empty-file';
}

export type UnsortedWrite = { kind: 'unsorted'; fileId: string; fileKind: UnsortedFile['kind'] } | { kind: 'duplicate' };

/**
 * Puts a file in the tray. Runs inside the import's transaction (its scope
 * includes unsortedFiles, documentBlobs and auditLog). The same file still
 * waiting in the tray is not put there twice.
 */
export async function putUnsortedFile(
  db: CaseDeskDatabase,
  failure: ParseFailure,
  facts: { source?: string; blobId?: string },
  who: { actor: string; now: Date },
): Promise<UnsortedWrite> {
  const waiting = await db.unsortedFiles.where('sha256').equals(failure.sha256).filter((f) => f.status === 'waiting').first();
  if (waiting) return { kind: 'duplicate' };
  const id = facts.blobId ?? crypto.randomUUID();
  const { kind, mimeType } = sniffFileKind(failure.raw);
  const fileName = messageFileName(failure);
  const at = who.now.toISOString();
  const record: UnsortedFile = {
    id,
    fileName,
    mimeType,
    kind,
    reason: failure.code === 'empty-file' ? 'empty-file' : 'not-a-message',
    size: failure.raw.byteLength,
    sha256: failure.sha256,
    ...(facts.source ? { source: facts.source } : {}),
    status: 'waiting',
    addedAt: at,
    addedBy: who.actor,
  };
  if (!facts.blobId) await db.documentBlobs.add({ id, bytes: failure.raw });
  await db.unsortedFiles.add(record);
  await appendAudit(db, { at, actor: who.actor, action: 'unsorted.added', subject: `unsorted:${id}`, summary: `${kind} ${redactFileName(fileName)}`, after: { kind, size: record.size } });
  return { kind: 'unsorted', fileId: id, fileKind: kind };
}

/** The files waiting in the tray, newest first. */
export function waitingUnsortedFiles(db: CaseDeskDatabase): Promise<UnsortedFile[]> {
  return db.unsortedFiles.where('[status+addedAt]').between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey]).reverse().toArray();
}

async function waitingFile(db: CaseDeskDatabase, fileId: string): Promise<UnsortedFile> {
  const file = await db.unsortedFiles.get(fileId);
  if (!file) throw new Error(`unsorted file ${fileId} does not exist`);
  if (file.status !== 'waiting') throw new Error(`not allowed: already ${file.status}`);
  return file;
}

/**
 * Attaches a waiting file to a case: it becomes one of the case's documents
 * (kind `other`, under the file's id, its bytes unmoved), the tray record says
 * where it went, and the case's history says a document was added.
 */
export async function attachUnsortedFile(db: CaseDeskDatabase, fileId: string, caseId: string, actor: string, now: Date = new Date()): Promise<CaseDocument> {
  const at = now.toISOString();
  return db.transaction('rw', [db.unsortedFiles, db.cases, db.documents, db.documentBlobs, db.auditLog], async () => {
    const file = await waitingFile(db, fileId);
    const target = await db.cases.get(caseId);
    if (!target) throw new Error(`case ${caseId} does not exist`);
    if (target.purgedAt) throw new Error('not allowed: purged');
    const blob = await db.documentBlobs.get(fileId);
    if (!blob || sha256Hex(blob.bytes) !== file.sha256) throw new Error('the file’s bytes are missing or changed');
    const document: CaseDocument = {
      id: file.id,
      caseId,
      kind: 'other',
      fileName: file.fileName,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      identityEvidence: false,
      ...(file.source ? { source: file.source } : {}),
      addedAt: at,
      addedBy: actor,
    };
    await db.documents.add(document);
    await db.unsortedFiles.put({ ...file, status: 'attached', attachedTo: { caseId, reference: target.reference }, settledAt: at, settledBy: actor });
    await db.cases.put({ ...target, updatedAt: at });
    await appendAudit(db, {
      at,
      actor,
      action: 'unsorted.attached',
      subject: `case:${caseId}`,
      summary: `${target.reference} ${redactFileName(file.fileName)}`,
      after: { document: file.id, sha256: file.sha256, from: `unsorted:${file.id}` },
    });
    return document;
  });
}

/**
 * Discards a waiting file with the officer's reason: its bytes go, the record
 * stays with its digest (proof of what was received) and the reason, sealed.
 * The audit event says that it was discarded, not the reason (which may name
 * a person).
 */
export async function discardUnsortedFile(db: CaseDeskDatabase, fileId: string, reason: string, actor: string, now: Date = new Date()): Promise<void> {
  const why = reason.trim();
  if (!why) throw new Error('a reason is required');
  const at = now.toISOString();
  await db.transaction('rw', [db.unsortedFiles, db.documentBlobs, db.auditLog], async () => {
    const file = await waitingFile(db, fileId);
    await db.documentBlobs.delete(fileId);
    await db.unsortedFiles.put({ ...file, status: 'discarded', discardReason: why.slice(0, 2000), settledAt: at, settledBy: actor });
    await appendAudit(db, { at, actor, action: 'unsorted.discarded', subject: `unsorted:${fileId}`, summary: `discarded ${file.kind}`, after: { sha256: file.sha256 } });
  });
}
