import { sha256Hex } from '../../shared/audit/chain';
import { matchRequester, type CaseTarget, type ImportPlan, type MatchField, type ParsedMessage, type ParseResult } from '../../shared/intake';
import { appendAudit } from './audit';
import { openCase } from './cases';
import type { CaseDeskDatabase } from './database';
import { caseForFailure, caseForMessage, messageDocuments, type IntakeActor, type IntakeWording } from './intakeCases';
import { requestersSharingContact } from './intakeLookup';

/**
 * Carries out an import plan in the case store (SPEC §1, issue 4): each new
 * case through openCase, each answer added to its case, each failure kept raw
 * on a case for manual review; duplicates are skipped and said. One
 * transaction per message, so a failed write never leaves half a case and
 * never takes the rest of the batch with it (SPEC §6).
 */

/** A known requester who shares a contact with a new case's sender: the officer links or keeps apart (never automatic). */
export interface RequesterMatchView {
  requesterId: string;
  name: string;
  matchedOn: MatchField[];
  nameDiffers: boolean;
}

export type WrittenOutcome =
  | { kind: 'created'; caseId: string; reference: string; requesterId: string; matches: RequesterMatchView[] }
  | { kind: 'failed'; caseId: string; reference: string }
  | { kind: 'joined'; caseId: string; reference: string; documents: number }
  | { kind: 'duplicate'; caseId?: string; reference?: string }
  /** the store refused the write: said in the summary, so nothing disappears silently */
  | { kind: 'not-saved'; detail: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function openForMessage(db: CaseDeskDatabase, message: ParsedMessage, outcome: Extract<ImportPlan['outcomes'][number], { kind: 'created' }>, who: IntakeActor, wording: IntakeWording): Promise<WrittenOutcome> {
  const known = await requestersSharingContact(db, outcome.requester);
  const matches = matchRequester(outcome.requester, known).map((m) => ({ ...m, name: known.find((r) => r.id === m.requesterId)?.name ?? '' }));
  const record = await openCase(db, caseForMessage(message, outcome, who, wording), who.actor, who.now);
  return { kind: 'created', caseId: record.id, reference: record.reference, requesterId: record.requesterId, matches };
}

/** An answer joins its case: the message and its attachments as documents, its Message-ID for the next reply, and the audit event. */
export async function addMessageToCase(db: CaseDeskDatabase, caseId: string, message: ParsedMessage, note: string, who: IntakeActor): Promise<WrittenOutcome> {
  const at = who.now.toISOString();
  return db.transaction('rw', [db.cases, db.documents, db.documentBlobs, db.auditLog], async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new Error(`case ${caseId} does not exist`);
    const documents = messageDocuments(message);
    for (const doc of documents) {
      const id = crypto.randomUUID();
      await db.documents.add({ ...doc.meta, id, caseId, size: doc.bytes.byteLength, sha256: doc.sha256 ?? sha256Hex(doc.bytes), addedAt: at, addedBy: who.actor });
      await db.documentBlobs.add({ id, bytes: doc.bytes });
    }
    const messageIds = message.messageId && !record.messageIds.includes(message.messageId) ? [...record.messageIds, message.messageId] : record.messageIds;
    await db.cases.put({ ...record, messageIds, updatedAt: at });
    await appendAudit(db, {
      at,
      actor: who.actor,
      action: 'document.added',
      subject: `case:${caseId}`,
      summary: `${record.reference} ${documents[0]!.meta.fileName} ${note}`.trim().slice(0, 2000),
      after: { messageId: message.messageId, documents: documents.map((d) => d.meta.fileName), receivedAt: message.receivedAt },
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
}

export async function carryOutImport(db: CaseDeskDatabase, results: readonly ParseResult[], plan: ImportPlan, options: CarryOutOptions): Promise<WrittenOutcome[]> {
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
    try {
      if (outcome.kind === 'duplicate') {
        const of = await caseOf(outcome.of);
        written[index] = { kind: 'duplicate', ...(of ?? {}) };
      } else if (!result.ok) {
        const record = await openCase(db, caseForFailure(result.failure, options, options.wording), options.actor, options.now);
        written[index] = { kind: 'failed', caseId: record.id, reference: record.reference };
      } else if (outcome.kind === 'created') {
        written[index] = await openForMessage(db, result.message, outcome, options, options.wording);
      } else if (outcome.kind === 'joined') {
        const target = await caseOf(outcome.target);
        if (!target) throw new Error('the case this message answers was not saved');
        written[index] = await addMessageToCase(db, target.caseId, result.message, outcome.via, options);
      } else {
        throw new Error(`a parsed message cannot have the outcome ${outcome.kind}`);
      }
      const w = written[index]!;
      if ('caseId' in w && w.caseId && w.reference) referenceOf.set(w.caseId, w.reference);
    } catch (error) {
      written[index] = { kind: 'not-saved', detail: errorText(error) };
    }
    options.onProgress?.(++done, results.length);
  }
  return written;
}
