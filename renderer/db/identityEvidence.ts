import { sha256Hex } from '../../shared/audit/chain';
import { caseDocumentSchema, type CaseDocument } from '../../shared/domain/document';
import { currentDecision } from '../../shared/identity/identityCheck';
import type { CaseDeskDatabase } from './database';
import { appendIdentityEvent } from './identityAudit';
import { identityCheckOf } from './identityChecks';

/**
 * Identity evidence on a case: scans of ID cards, licences, authorisation
 * letters. They are the most sensitive documents in the store (SPEC "Data
 * lives locally"), kept only as long as verification needs them: once it is
 * done a scan can be purged, its bytes deleted and its SHA-256 kept as proof
 * of what was held (SPEC §6, policy 5.5).
 */

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  heic: 'image/heic',
  bmp: 'image/bmp',
};

export function mimeTypeOf(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** Stores a file as identity evidence of a case (kind `scan`, SHA-256 recorded) with its audit event, in one transaction. */
export async function addIdentityEvidence(
  db: CaseDeskDatabase,
  caseId: string,
  file: { name: string; bytes: Uint8Array },
  actor: string,
  now: Date = new Date(),
): Promise<CaseDocument> {
  const at = now.toISOString();
  return db.transaction('rw', [db.cases, db.documents, db.documentBlobs, db.auditLog], async () => {
    const c = await db.cases.get(caseId);
    if (!c) throw new Error(`case ${caseId} does not exist`);
    const doc = caseDocumentSchema.parse({
      id: crypto.randomUUID(),
      caseId,
      kind: 'scan',
      fileName: file.name,
      mimeType: mimeTypeOf(file.name),
      size: file.bytes.byteLength,
      sha256: sha256Hex(file.bytes),
      identityEvidence: true,
      addedAt: at,
      addedBy: actor,
    });
    await db.documents.add(doc);
    await db.documentBlobs.add({ id: doc.id, bytes: file.bytes });
    await appendIdentityEvent(db, c, {
      action: 'document.added',
      actor,
      at,
      // a file name may carry an ID number (身份证-3301….jpg): the summary is redacted
      summary: `identity evidence ${doc.fileName}`,
      after: { documentId: doc.id, sha256: doc.sha256, size: doc.size, identityEvidence: true },
    });
    return doc;
  });
}

/** Why a scan cannot be purged yet, or null when it can. */
export function purgeBlocker(doc: CaseDocument, verificationDone: boolean): 'not-identity-evidence' | 'already-purged' | 'not-verified' | null {
  if (!doc.identityEvidence) return 'not-identity-evidence';
  if (doc.purgedAt) return 'already-purged';
  if (!verificationDone) return 'not-verified';
  return null;
}

/**
 * Purges the bytes of an identity-evidence document once verification is
 * done (SPEC §2, §6): the blob is deleted; the record keeps its SHA-256 and
 * says who purged it, when and why; the audit event records the same. One
 * transaction, so the bytes never vanish without the record saying so.
 */
export async function purgeIdentityEvidence(db: CaseDeskDatabase, documentId: string, reason: string, actor: string, now: Date = new Date()): Promise<CaseDocument> {
  const at = now.toISOString();
  const why = reason.trim();
  if (why === '') throw new Error('a purge states its reason');
  return db.transaction('rw', [db.cases, db.documents, db.documentBlobs, db.identityChecks, db.auditLog], async () => {
    const doc = await db.documents.get(documentId);
    if (!doc) throw new Error(`document ${documentId} does not exist`);
    const c = await db.cases.get(doc.caseId);
    if (!c) throw new Error(`case ${doc.caseId} does not exist`);
    const check = await identityCheckOf(db, c.id);
    const verificationDone = c.verifiedAt !== undefined || (check !== undefined && currentDecision(check)?.outcome === 'verified');
    const blocker = purgeBlocker(doc, verificationDone);
    if (blocker) throw new Error(`cannot purge ${doc.fileName}: ${blocker}`);
    const purged = caseDocumentSchema.parse({ ...doc, purgedAt: at, purgedBy: actor, purgeReason: why });
    await db.documentBlobs.delete(doc.id);
    await db.documents.put(purged);
    await appendIdentityEvent(db, c, {
      action: 'document.purged',
      actor,
      at,
      summary: `${doc.fileName}: ${why}`,
      after: { documentId: doc.id, sha256: doc.sha256, purgedBy: actor },
    });
    return purged;
  });
}
