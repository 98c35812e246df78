import { sha256Hex } from '../../shared/audit/chain';
import { redactFileName } from '../../shared/audit/redact';
import { matchRequester, type CaseTarget, type ImportPlan, type JoinedVia, type MatchField, type ParsedMessage, type ParseResult } from '../../shared/intake';
import { appendAudit } from './audit';
import { openCase } from './cases';
import type { CaseDeskDatabase } from './database';
import { caseForFailure, caseForMessage, messageDocuments, type IntakeActor, type IntakeWording, type MessageRecordFacts } from './intakeCases';
import type { Case } from '../../shared/domain/case';
import { requestersSharingContact } from './intakeLookup';
import { isNotMail, putUnsortedFile } from './unsortedFiles';
import type { UnsortedFileKind } from '../../shared/domain/unsortedFile';

/**
 * Carries out an import plan in the case store (SPEC §1, issue 4): each new
 * case through openCase, each answer added to its case, each failure kept raw
 * on a case for manual review; duplicates are skipped and said.
 *
 * Issue 12/15: the messages of a chunk are written in one transaction (a
 * commit per message was half the time of a large import); should any write
 * of the chunk fail, the transaction leaves nothing behind and the chunk is
 * written again one transaction per message, so a failed write never leaves
 * half a case and never takes the rest of the chunk with it (SPEC §6). The
 * intake queue rows of the files the chunk completes go in the same
 * transaction, so a file is either still queued or wholly saved.
 */

/** A known requester who shares a contact with a new case's sender: the officer links or keeps apart (never automatic). */
export interface RequesterMatchView {
  requesterId: string;
  name: string;
  matchedOn: MatchField[];
  nameDiffers: boolean;
}

export type WrittenOutcome =
  | { kind: 'created'; caseId: string; reference: string; requesterId: string; matches: RequesterMatchView[]; cites?: { caseId: string; reference: string; via: JoinedVia } }
  | { kind: 'failed'; caseId: string; reference: string }
  | { kind: 'joined'; caseId: string; reference: string; documents: number }
  | { kind: 'duplicate'; caseId?: string; reference?: string }
  /** issue 14: a file that is not mail went to the unsorted tray (未归类材料) and opened no case */
  | { kind: 'unsorted'; fileId: string; fileKind: UnsortedFileKind }
  /** the store refused the write: said in the summary, so nothing disappears silently */
  | { kind: 'not-saved'; detail: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function openForMessage(
  db: CaseDeskDatabase,
  message: ParsedMessage,
  outcome: Extract<ImportPlan['outcomes'][number], { kind: 'created' }>,
  who: IntakeActor,
  wording: IntakeWording,
  extra: MessageRecordFacts & { cites?: Case['cites']; citedCase?: { caseId: string; reference: string; via: JoinedVia } },
): Promise<WrittenOutcome> {
  const known = await requestersSharingContact(db, outcome.requester);
  const matches = matchRequester(outcome.requester, known).map((m) => ({ ...m, name: known.find((r) => r.id === m.requesterId)?.name ?? '' }));
  const record = await openCase(db, caseForMessage(message, outcome, who, wording, extra), who.actor, who.now);
  return { kind: 'created', caseId: record.id, reference: record.reference, requesterId: record.requesterId, matches, ...(extra.citedCase ? { cites: extra.citedCase } : {}) };
}

/** An answer joins its case: the message and its attachments as documents, its Message-ID for the next reply, and the audit event. */
export async function addMessageToCase(db: CaseDeskDatabase, caseId: string, message: ParsedMessage, note: string, who: IntakeActor, facts: MessageRecordFacts = {}): Promise<WrittenOutcome> {
  const at = who.now.toISOString();
  return db.transaction('rw', [db.cases, db.documents, db.documentBlobs, db.auditLog], async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new Error(`case ${caseId} does not exist`);
    const documents = messageDocuments(message, facts);
    for (const doc of documents) {
      const id = doc.storedBlobId ?? crypto.randomUUID();
      await db.documents.add({ ...doc.meta, id, caseId, size: doc.bytes.byteLength, sha256: doc.sha256 ?? sha256Hex(doc.bytes), addedAt: at, addedBy: who.actor });
      if (!doc.storedBlobId) await db.documentBlobs.add({ id, bytes: doc.bytes });
    }
    const messageIds = message.messageId && !facts.messageIdReused && !record.messageIds.includes(message.messageId) ? [...record.messageIds, message.messageId] : record.messageIds;
    // issue 12: a message that reuses another's Message-ID is kept, and the case flagged for a look
    await db.cases.put({ ...record, messageIds, ...(facts.messageIdReused ? { needsReview: true } : {}), updatedAt: at });
    await appendAudit(db, {
      at,
      actor: who.actor,
      action: 'document.added',
      subject: `case:${caseId}`,
      summary: `${record.reference} ${redactFileName(documents[0]!.meta.fileName)} ${note}`.trim().slice(0, 2000),
      after: { messageId: message.messageId, documents: documents.map((d) => redactFileName(d.meta.fileName)), receivedAt: message.receivedAt },
    });
    return { kind: 'joined', caseId, reference: record.reference, documents: documents.length };
  });
}

/** New cases first, oldest received first (so references follow the order of receipt), then the answers that join them. */
function writingOrder(results: readonly ParseResult[], plan: ImportPlan): number[] {
  const receivedAt = (i: number) => {
    const r = results[i]!;
    return (r.ok ? r.message.receivedAt : r.failure.fileTime) ?? '\uffff';
  };
  const rank = (i: number) => (plan.outcomes[i]!.kind === 'joined' ? 1 : plan.outcomes[i]!.kind === 'duplicate' ? 2 : 0);
  return results.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || (receivedAt(a) < receivedAt(b) ? -1 : receivedAt(a) > receivedAt(b) ? 1 : a - b));
}

export interface CarryOutOptions extends IntakeActor {
  wording: IntakeWording;
  onProgress?: (done: number, total: number) => void;
  /** where the i-th message came from, when not a dropped file (`imap:…`) */
  sourceOf?: (index: number) => string | undefined;
  /** the queued file of the i-th result (intakeQueue.ts); `whole`: the result is the whole file, whose stored blob its document adopts */
  queuedOf?: (index: number) => QueuedRef | undefined;
  /** the queued files whose last message is in this chunk: their rows go once their messages are written */
  completesQueued?: readonly QueuedRef[];
  /** blobs already adopted by a document of an earlier chunk */
  adopted?: ReadonlySet<string>;
}

export interface QueuedRef {
  queueId: string;
  blobId: string;
  whole?: boolean;
}

/** Every table a chunk may write: one transaction over them all. */
function chunkTables(db: CaseDeskDatabase) {
  return [db.cases, db.counters, db.requesters, db.documents, db.documentBlobs, db.auditLog, db.settings, db.intakeQueue, db.unsortedFiles];
}

export async function carryOutImport(db: CaseDeskDatabase, results: readonly ParseResult[], plan: ImportPlan, options: CarryOutOptions): Promise<WrittenOutcome[]> {
  try {
    return await db.transaction('rw', chunkTables(db), async () => {
      const written = await writeAll(db, results, plan, options, false);
      await releaseQueued(db, written, options);
      return written;
    });
  } catch {
    // one write failed and the chunk's transaction left nothing: each message again in its own
    const written = await writeAll(db, results, plan, options, true);
    await db.transaction('rw', [db.intakeQueue, db.documentBlobs], () => releaseQueued(db, written, options));
    return written;
  }
}

/** The blobs the documents of a chunk adopted (a whole queued file saved as its message). */
export function adoptedBlobs(written: readonly WrittenOutcome[], options: Pick<CarryOutOptions, 'queuedOf'>): Set<string> {
  const adopted = new Set<string>();
  written.forEach((w, i) => {
    const q = options.queuedOf?.(i);
    if (q?.whole && (w.kind === 'created' || w.kind === 'joined' || w.kind === 'failed' || w.kind === 'unsorted')) adopted.add(q.blobId);
  });
  return adopted;
}

/**
 * Removes the queue rows of the files the chunk completes, and their blobs
 * unless a document adopted them. A file one of whose messages could not be
 * saved stays queued: the officer is offered to take it up again.
 */
async function releaseQueued(db: CaseDeskDatabase, written: readonly WrittenOutcome[], options: CarryOutOptions): Promise<void> {
  if (!options.completesQueued?.length) return;
  const adopted = new Set([...(options.adopted ?? []), ...adoptedBlobs(written, options)]);
  const unsaved = new Set(written.flatMap((w, i) => (w.kind === 'not-saved' ? [options.queuedOf?.(i)?.queueId] : [])));
  const done = options.completesQueued.filter((q) => !unsaved.has(q.queueId));
  await db.intakeQueue.bulkDelete(done.map((q) => q.queueId));
  await db.documentBlobs.bulkDelete(done.filter((q) => !adopted.has(q.blobId)).map((q) => q.blobId));
}

async function writeAll(db: CaseDeskDatabase, results: readonly ParseResult[], plan: ImportPlan, options: CarryOutOptions, oneByOne: boolean): Promise<WrittenOutcome[]> {
  const written: WrittenOutcome[] = new Array(results.length);
  const referenceOf = new Map<string, string>();
  const caseOf = async (target: CaseTarget | { item: number }): Promise<{ caseId: string; reference: string } | undefined> => {
    if ('caseId' in target) {
      const reference = referenceOf.get(target.caseId) ?? (await db.cases.get(target.caseId))?.reference;
      return reference ? { caseId: target.caseId, reference } : undefined;
    }
    const earlier = written['openedBy' in target ? target.openedBy : target.item];
    return earlier && 'caseId' in earlier && earlier.caseId && earlier.reference ? { caseId: earlier.caseId, reference: earlier.reference } : undefined;
  };

  let done = 0;
  for (const index of writingOrder(results, plan)) {
    const result = results[index]!;
    const outcome = plan.outcomes[index]!;
    const source = options.sourceOf?.(index);
    const queued = options.queuedOf?.(index);
    const facts: MessageRecordFacts = { ...(source ? { source } : {}), ...(queued?.whole ? { blobId: queued.blobId } : {}) };
    try {
      if (outcome.kind === 'duplicate') {
        const of = await caseOf(outcome.of);
        written[index] = { kind: 'duplicate', ...(of ?? {}) };
      } else if (!result.ok && isNotMail(result.failure)) {
        // issue 14: a PDF, a picture, a fake .eml is no request: it waits in the tray, no case is opened
        written[index] = await putUnsortedFile(db, result.failure, facts, options);
      } else if (!result.ok) {
        const record = await openCase(db, caseForFailure(result.failure, options, options.wording, facts), options.actor, options.now);
        written[index] = { kind: 'failed', caseId: record.id, reference: record.reference };
      } else if (outcome.kind === 'created') {
        const cited = outcome.cites ? await caseOf(outcome.cites.target) : undefined;
        written[index] = await openForMessage(db, result.message, outcome, options, options.wording, {
          ...facts,
          ...(cited && outcome.cites ? { cites: { reference: cited.reference, via: outcome.cites.via }, citedCase: { ...cited, via: outcome.cites.via } } : {}),
        });
      } else if (outcome.kind === 'joined') {
        const target = await caseOf(outcome.target);
        if (!target) throw new Error('the case this message answers was not saved');
        written[index] = await addMessageToCase(db, target.caseId, result.message, outcome.via, options, { ...facts, ...(outcome.messageIdReused ? { messageIdReused: true } : {}) });
      } else {
        throw new Error(`a parsed message cannot have the outcome ${outcome.kind}`);
      }
      const w = written[index]!;
      if ('caseId' in w && w.caseId && w.reference) referenceOf.set(w.caseId, w.reference);
    } catch (error) {
      if (!oneByOne) throw error;
      written[index] = { kind: 'not-saved', detail: errorText(error) };
    }
    options.onProgress?.(++done, results.length);
  }
  return written;
}
