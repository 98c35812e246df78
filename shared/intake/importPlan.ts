import { classifyMessage, type MessageClassification } from './messageClassification';
import type { IntakeWarningCode, ParseFailureCode, ParseResult } from './parsedMessage';
import { requesterCandidateOf, type RequesterCandidate } from './requesterMatch';
import { decideThread, duplicateKey, type DuplicateKey, type JoinedVia, type KnownMail } from './threading';

/**
 * The import planner (issue 4, bulk import): parsed messages → what becomes
 * of each — a new case, joined to a case, a duplicate skipped, or a failure
 * stored raw on a new case for manual review — and the summary the officer
 * sees at the end. Pure: it reads nothing and writes nothing; the UI carries
 * the plan out in one transaction per case.
 *
 * Messages are decided in order of receipt, so that within one batch an
 * answer joins the case its original opens even when the files came in the
 * other order; outcomes are returned in input order.
 */

/** A case that exists, or one this plan opens (the index of the item that opens it). */
export type CaseTarget = { caseId: string } | { openedBy: number };

export type ImportOutcome =
  | {
      kind: 'created';
      index: number;
      /** warnings that mean the officer should look before relying on the content */
      needsReview: boolean;
      classification: MessageClassification;
      requester: RequesterCandidate;
      /** the subject names a case reference that matches no case */
      unknownReference?: string;
    }
  | {
      kind: 'joined';
      index: number;
      target: CaseTarget;
      via: JoinedVia;
      /** the Message-ID or case reference it was joined by */
      key: string;
      /** sent from our own domain (our reply in an export), not an answer from the requester */
      outgoing: boolean;
      /** the requester answered a case whose clock is paused: propose resuming it (SPEC §3) */
      resumesClock: boolean;
    }
  | { kind: 'duplicate'; index: number; of: CaseTarget | { item: number }; by: 'message-id' | 'sha256' }
  | { kind: 'failed'; index: number; code: ParseFailureCode; needsReview: true };

export interface ImportSummary {
  messages: number;
  created: number;
  joined: number;
  duplicates: number;
  failed: number;
  needsReview: number;
  attachmentsRefused: number;
  /** how many messages carry each warning */
  warnings: Partial<Record<IntakeWarningCode, number>>;
}

export interface ImportPlan {
  outcomes: ImportOutcome[];
  summary: ImportSummary;
}

/** Warnings that only describe the form of a message, not a doubt about its content. */
const FORM_ONLY: ReadonlySet<IntakeWarningCode> = new Set(['date-missing', 'header-8bit']);

function receiptOrder(results: readonly ParseResult[]): number[] {
  const at = (r: ParseResult) => (r.ok ? r.message.receivedAt : r.failure.fileTime) ?? '\uffff';
  return results.map((_, i) => i).sort((a, b) => (at(results[a]!) < at(results[b]!) ? -1 : at(results[a]!) > at(results[b]!) ? 1 : a - b));
}

type DuplicateOf = Pick<Extract<ImportOutcome, { kind: 'duplicate' }>, 'of' | 'by'>;

/** Already stored (by Message-ID, then by digest), or met earlier in this batch. */
function findDuplicate(dup: DuplicateKey, digest: string, known: KnownMail, seen: ReadonlyMap<string, number>): DuplicateOf | undefined {
  const storedById = dup.by === 'message-id' ? known.caseIdByMessageId.get(dup.key) : undefined;
  if (storedById) return { of: { caseId: storedById }, by: 'message-id' };
  const storedByDigest = known.caseIdByDigest.get(digest);
  if (storedByDigest) return { of: { caseId: storedByDigest }, by: 'sha256' };
  const earlierById = dup.by === 'message-id' ? seen.get(`message-id:${dup.key}`) : undefined;
  if (earlierById !== undefined) return { of: { item: earlierById }, by: 'message-id' };
  const earlierByDigest = seen.get(`sha256:${digest}`);
  if (earlierByDigest !== undefined) return { of: { item: earlierByDigest }, by: 'sha256' };
  return undefined;
}

export function planImport(results: readonly ParseResult[], known: KnownMail): ImportPlan {
  const outcomes: ImportOutcome[] = new Array(results.length);
  // what this batch adds, on top of what the store knows
  const caseByMessageId = new Map<string, CaseTarget>();
  const seen = new Map<string, number>();
  const lookup = (id: string): CaseTarget | undefined => {
    const existing = known.caseIdByMessageId.get(id);
    return existing ? { caseId: existing } : caseByMessageId.get(id);
  };

  for (const index of receiptOrder(results)) {
    const result = results[index]!;
    const dup = duplicateKey(result);
    const digest = result.ok ? result.message.sha256 : result.failure.sha256;
    const duplicate = findDuplicate(dup, digest, known, seen);
    if (duplicate) {
      outcomes[index] = { kind: 'duplicate', index, ...duplicate };
      continue;
    }
    if (dup.by === 'message-id') seen.set(`message-id:${dup.key}`, index);
    seen.set(`sha256:${digest}`, index);

    if (!result.ok) {
      outcomes[index] = { kind: 'failed', index, code: result.failure.code, needsReview: true };
      continue;
    }
    const message = result.message;
    const decision = decideThread<CaseTarget>(message, lookup, (reference) => {
      const caseId = known.caseIdByReference.get(reference);
      return caseId ? { caseId } : undefined;
    });
    let target: CaseTarget;
    if (decision.kind === 'join') {
      target = decision.target;
      const paused = 'caseId' in target && (known.pausedCaseIds?.has(target.caseId) ?? false);
      outcomes[index] = {
        kind: 'joined',
        index,
        target,
        via: decision.via,
        key: decision.key,
        outgoing: message.fromCompany,
        resumesClock: paused && !message.fromCompany,
      };
    } else {
      target = { openedBy: index };
      outcomes[index] = {
        kind: 'created',
        index,
        needsReview: message.warnings.some((w) => !FORM_ONLY.has(w.code)),
        classification: classifyMessage(message),
        requester: requesterCandidateOf(message),
        ...(decision.unknownReference ? { unknownReference: decision.unknownReference } : {}),
      };
    }
    if (message.messageId) caseByMessageId.set(message.messageId, target);
  }
  return { outcomes, summary: summarise(results, outcomes) };
}

export function summarise(results: readonly ParseResult[], outcomes: readonly ImportOutcome[]): ImportSummary {
  const summary: ImportSummary = { messages: results.length, created: 0, joined: 0, duplicates: 0, failed: 0, needsReview: 0, attachmentsRefused: 0, warnings: {} };
  for (const o of outcomes) {
    if (o.kind === 'created') summary.created++;
    else if (o.kind === 'joined') summary.joined++;
    else if (o.kind === 'duplicate') summary.duplicates++;
    else summary.failed++;
    if ((o.kind === 'created' || o.kind === 'failed') && o.needsReview) summary.needsReview++;
  }
  for (const [i, r] of results.entries()) {
    if (!r.ok || outcomes[i]?.kind === 'duplicate') continue;
    summary.attachmentsRefused += r.message.refusedAttachments.length;
    for (const code of new Set(r.message.warnings.map((w) => w.code))) summary.warnings[code] = (summary.warnings[code] ?? 0) + 1;
  }
  return summary;
}
