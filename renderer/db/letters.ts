import { sha256Hex } from '../../shared/audit/chain';
import { caseDocumentSchema } from '../../shared/domain/document';
import { responseLetterSchema, type LetterDelivery, type ResponseLetter } from '../../shared/domain/letter';
import type { LocalDate } from '../../shared/domain/time';
import type { LetterKind } from '../../shared/letters/templates/schema';
import type { LetterLayout } from '../../shared/letters/content';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';
import type { LetterBody } from './lettersBody';

/**
 * The response letters of a case (SPEC §4). A draft may be saved as often as
 * the officer likes; once signed, a letter is immutable — its PDF and SHA-256
 * stored as a document of the case, the hash in the audit log — and a
 * correction is a new version naming the one it replaces.
 */

/** Thrown when something would change a letter that is already signed. */
export class LetterSignedError extends Error {
  override name = 'LetterSignedError';
  constructor(readonly letterId: string) {
    super(`letter ${letterId} is signed and cannot change`);
  }
}

export interface LetterDraft {
  id: string;
  caseId: string;
  kind: LetterKind;
  layout: LetterLayout;
  version: number;
  replaces?: string;
  subject: string;
  body: LetterBody;
}

function record(draft: LetterDraft, existing: ResponseLetter | undefined, at: string): ResponseLetter {
  return responseLetterSchema.parse({
    id: draft.id,
    caseId: draft.caseId,
    template: draft.kind,
    language: draft.layout,
    version: draft.version,
    ...(draft.replaces ? { replaces: draft.replaces } : {}),
    status: 'draft',
    subject: draft.subject.slice(0, 500),
    body: JSON.stringify(draft.body),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  });
}

/** Saves a draft (new or again). Refuses a letter already signed. */
export async function saveLetterDraft(db: CaseDeskDatabase, draft: LetterDraft, now: Date = new Date()): Promise<ResponseLetter> {
  return db.transaction('rw', db.letters, async () => {
    const existing = await db.letters.get(draft.id);
    if (existing && existing.status !== 'draft') throw new LetterSignedError(draft.id);
    const saved = record(draft, existing, now.toISOString());
    await db.letters.put(saved);
    return saved;
  });
}

export interface SignedLetterInput {
  draft: LetterDraft;
  /** the signed PDF as the key holder returned it */
  pdf: Uint8Array;
  sha256: string;
  signedAt: string;
  /** the officer who signed (the actor) */
  signedBy: string;
  /** the reference of the case, for the file name and the audit summary */
  reference: string;
}

/**
 * Records a signed letter, all in one transaction (SPEC §6: a failed write
 * leaves nothing half-saved): the PDF as a document of kind 'letter' with its
 * SHA-256, the letter record signed, and the 'letter.signed' audit event
 * carrying the SHA-256 (SPEC §4). The hash is computed again here from the
 * bytes being stored, so the record can only ever name the bytes it holds.
 */
export async function recordSignedLetter(db: CaseDeskDatabase, input: SignedLetterInput, now: Date = new Date()): Promise<ResponseLetter> {
  const sha256 = sha256Hex(input.pdf);
  if (sha256 !== input.sha256) throw new Error('the signed PDF does not match the SHA-256 the signer reported');
  const at = now.toISOString();
  const { draft } = input;
  return db.transaction('rw', [db.letters, db.documents, db.documentBlobs, db.auditLog], async () => {
    const existing = await db.letters.get(draft.id);
    if (existing && existing.status !== 'draft') throw new LetterSignedError(draft.id);
    const document = caseDocumentSchema.parse({
      id: crypto.randomUUID(),
      caseId: draft.caseId,
      kind: 'letter',
      fileName: letterFileName(input.reference, draft.kind, draft.version),
      mimeType: 'application/pdf',
      size: input.pdf.byteLength,
      sha256,
      identityEvidence: false,
      addedAt: at,
      addedBy: input.signedBy,
    });
    await db.documents.add(document);
    await db.documentBlobs.add({ id: document.id, bytes: input.pdf });
    const signed = responseLetterSchema.parse({
      ...record(draft, existing, at),
      status: 'signed',
      documentId: document.id,
      sha256,
      signedAt: input.signedAt,
      signedBy: input.signedBy,
    });
    await db.letters.put(signed);
    await appendAudit(db, {
      at,
      actor: input.signedBy,
      action: 'letter.signed',
      subject: `case:${draft.caseId}`,
      summary: `${input.reference} ${draft.kind} v${draft.version} SHA-256 ${sha256}`,
      after: { letterId: draft.id, kind: draft.kind, version: draft.version, replaces: draft.replaces ?? null, documentId: document.id, sha256 },
    });
    return signed;
  });
}

/** `CL-2026-0042-refusal-v1.pdf`: what the saved file, the print job and the attachment are called. */
export function letterFileName(reference: string, kind: LetterKind, version: number): string {
  return `${reference}-${kind}-v${version}.pdf`;
}

/**
 * Starts the correction of a signed letter: a new draft, one version up,
 * naming the letter it replaces, with the same text to edit. A correction
 * already begun is returned rather than a second one made.
 */
export async function startCorrection(db: CaseDeskDatabase, letterId: string, now: Date = new Date()): Promise<ResponseLetter> {
  return db.transaction('rw', db.letters, async () => {
    const original = await db.letters.get(letterId);
    if (!original) throw new Error(`letter ${letterId} does not exist`);
    if (original.status === 'draft') return original;
    const begun = await db.letters.where('replaces').equals(letterId).first();
    if (begun) return begun;
    const at = now.toISOString();
    const body: unknown = JSON.parse(original.body);
    const reopened = typeof body === 'object' && body !== null ? { ...body, recipient: undefined, letterDate: undefined, signatory: undefined } : body;
    const correction = responseLetterSchema.parse({
      id: crypto.randomUUID(),
      caseId: original.caseId,
      template: original.template,
      language: original.language,
      version: original.version + 1,
      replaces: original.id,
      status: 'draft',
      subject: original.subject,
      body: JSON.stringify(reopened),
      createdAt: at,
      updatedAt: at,
    });
    await db.letters.add(correction);
    return correction;
  });
}

/** Deletes a draft (never a signed letter: that is part of the record). */
export async function deleteLetterDraft(db: CaseDeskDatabase, letterId: string): Promise<void> {
  await db.transaction('rw', db.letters, async () => {
    const existing = await db.letters.get(letterId);
    if (!existing) return;
    if (existing.status !== 'draft') throw new LetterSignedError(letterId);
    await db.letters.delete(letterId);
  });
}

/** The bytes of a signed letter's PDF. */
export async function signedLetterPdf(db: CaseDeskDatabase, letter: Pick<ResponseLetter, 'documentId'>): Promise<Uint8Array | undefined> {
  if (!letter.documentId) return undefined;
  return (await db.documentBlobs.get(letter.documentId))?.bytes;
}

/** The letter in our register whose signed PDF has this SHA-256 (a file dropped to be verified). */
export function letterBySha256(db: CaseDeskDatabase, sha256: string): Promise<ResponseLetter | undefined> {
  return db.letters.where('sha256').equals(sha256).first();
}

/**
 * Records that letters were printed: one 'letter.printed' event on each
 * letter's case (SPEC §6), in one transaction. Only signed letters print.
 * Where the platform could not confirm the print (a browser's dialog), the
 * event says only that the print dialog was opened.
 */
export async function recordLettersPrinted(
  db: CaseDeskDatabase,
  letterIds: readonly string[],
  actor: string,
  references: ReadonlyMap<string, string>,
  now: Date = new Date(),
  confirmed = true,
): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', [db.letters, db.auditLog], async () => {
    for (const letter of await db.letters.bulkGet([...letterIds])) {
      if (!letter || letter.status === 'draft') continue;
      await appendAudit(db, {
        at,
        actor,
        action: confirmed ? 'letter.printed' : 'letter.print-dialog-opened',
        subject: `case:${letter.caseId}`,
        summary: `${references.get(letter.caseId) ?? ''} ${letter.template} v${letter.version} SHA-256 ${letter.sha256 ?? ''}`.trim(),
        after: { letterId: letter.id, sha256: letter.sha256 ?? null },
      });
    }
  });
}

export interface LetterSending {
  via: LetterDelivery;
  /** the day it went out, Shanghai */
  sentOn: LocalDate;
  /** required for post */
  trackingNumber?: string;
}

/**
 * Marks a signed letter as sent — by e-mail, by post with its tracking
 * number, or handed over — and records the date on the case: the
 * 'letter.sent' event on the case's history. Sending changes no byte of the
 * signed letter; only its register entry.
 */
export async function markLetterSent(db: CaseDeskDatabase, letterId: string, sending: LetterSending, actor: string, now: Date = new Date()): Promise<ResponseLetter> {
  const tracking = sending.trackingNumber?.trim();
  if (sending.via === 'post' && !tracking) throw new Error('a letter sent by post needs its tracking number');
  const at = now.toISOString();
  return db.transaction('rw', [db.letters, db.cases, db.auditLog], async () => {
    const letter = await db.letters.get(letterId);
    if (!letter) throw new Error(`letter ${letterId} does not exist`);
    if (letter.status === 'draft') throw new Error('only a signed letter can be sent');
    const reference = (await db.cases.get(letter.caseId))?.reference ?? '';
    const sent = responseLetterSchema.parse({
      ...letter,
      status: 'sent',
      sentAt: at,
      sentVia: sending.via,
      sentOn: sending.sentOn,
      ...(tracking ? { trackingNumber: tracking } : { trackingNumber: undefined }),
      updatedAt: at,
    });
    await db.letters.put(sent);
    await appendAudit(db, {
      at,
      actor,
      action: 'letter.sent',
      subject: `case:${letter.caseId}`,
      summary: `${reference} ${letter.template} v${letter.version} ${sending.via} ${sending.sentOn}${tracking ? ` ${tracking}` : ''}`,
      before: { status: letter.status, sentOn: letter.sentOn ?? null },
      after: { letterId, via: sending.via, sentOn: sending.sentOn, trackingNumber: tracking ?? null, sha256: letter.sha256 ?? null },
    });
    return sent;
  });
}
