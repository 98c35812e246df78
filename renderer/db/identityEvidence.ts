import { sha256Hex } from '../../shared/audit/chain';
import { redactFileName } from '../../shared/audit/redact';
import { caseDocumentSchema, type CaseDocument } from '../../shared/domain/document';
import { currentDecision } from '../../shared/identity/identityCheck';
import type { CaseDeskDatabase } from './database';
import { appendIdentityEvent } from './identityAudit';
import { identityCheckOf } from './identityChecks';
import { withoutAttachment } from '../../shared/retention/emlRedaction';
import { purgeLedgerEntrySchema } from '../../shared/retention/retentionPolicy';

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
      summary: `identity evidence ${redactFileName(doc.fileName)}`,
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
  return db.transaction('rw', [db.cases, db.documents, db.documentBlobs, db.identityChecks, db.purgeLedger, db.auditLog], async () => {
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
    // issue 11: a scan that came attached to a message is cut out of the raw message too
    const cut = doc.kind === 'attachment' ? await cutFromMessages(db, doc, at, actor) : { redacted: [], purgedWhole: [] };
    await db.purgeLedger.add(
      purgeLedgerEntrySchema.parse({
        id: crypto.randomUUID(),
        kind: 'identity-evidence',
        caseId: c.id,
        reference: c.reference,
        documentIds: [doc.id, ...cut.purgedWhole],
        redactedDocumentIds: cut.redacted,
        at,
        by: actor,
      }),
    );
    await appendIdentityEvent(db, c, {
      action: 'document.purged',
      actor,
      at,
      summary: `${redactFileName(doc.fileName)}: ${why}`,
      after: { documentId: doc.id, sha256: doc.sha256, purgedBy: actor, messagesRedacted: cut.redacted, messagesPurged: cut.purgedWhole },
    });
    return purged;
  });
}

/**
 * The raw messages of the case that carry the purged attachment are kept
 * without it (issue 11: "a raw .eml is kept without the purged attachment").
 * A message the attachment cannot be cut out of (an encoding not handled)
 * is purged whole rather than keep the scan inside it.
 */
async function cutFromMessages(db: CaseDeskDatabase, doc: CaseDocument, at: string, actor: string): Promise<{ redacted: string[]; purgedWhole: string[] }> {
  const redacted: string[] = [];
  const messages = (await db.documents.where('caseId').equals(doc.caseId).toArray()).filter((d) => d.kind === 'email' && !d.purgedAt);
  const unlocated: CaseDocument[] = [];
  for (const message of messages) {
    const blob = await db.documentBlobs.get(message.id);
    if (!blob) continue;
    const cut = withoutAttachment(blob.bytes, doc.sha256, at);
    if (cut) {
      await db.documentBlobs.put({ id: message.id, bytes: cut });
      await db.documents.put({ ...message, redactedAt: at, redactedSha256: sha256Hex(cut) });
      redacted.push(message.id);
    } else if (messages.length === 1) {
      unlocated.push(message);
    }
  }
  // the one message of the case held the attachment (intake took it from there) but it could not be cut out
  const purgedWhole: string[] = [];
  if (redacted.length === 0) {
    for (const message of unlocated) {
      await db.documentBlobs.delete(message.id);
      await db.documents.put(caseDocumentSchema.parse({ ...message, purgedAt: at, purgedBy: actor, purgeReason: 'held a purged identity scan that could not be cut out' }));
      purgedWhole.push(message.id);
    }
  }
  return { redacted, purgedWhole };
}

/**
 * An attachment or a scan that turns out to be identity evidence (an ID card
 * sent by mail, a copy in a postal letter) is marked so (issue 11), and can
 * then be purged once identity is verified.
 */
export async function markIdentityEvidence(db: CaseDeskDatabase, documentId: string, actor: string, now: Date = new Date()): Promise<CaseDocument> {
  const at = now.toISOString();
  return db.transaction('rw', [db.cases, db.documents, db.auditLog], async () => {
    const doc = await db.documents.get(documentId);
    if (!doc) throw new Error(`document ${documentId} does not exist`);
    if (doc.kind !== 'attachment' && doc.kind !== 'scan') throw new Error(`a ${doc.kind} document is not identity evidence`);
    if (doc.purgedAt || doc.identityEvidence) return doc;
    const c = await db.cases.get(doc.caseId);
    if (!c) throw new Error(`case ${doc.caseId} does not exist`);
    const marked = caseDocumentSchema.parse({ ...doc, identityEvidence: true });
    await db.documents.put(marked);
    await appendIdentityEvent(db, c, {
      action: 'document.marked-evidence',
      actor,
      at,
      summary: `identity evidence ${redactFileName(doc.fileName)}`,
      after: { documentId: doc.id, sha256: doc.sha256, identityEvidence: true },
    });
    return marked;
  });
}
