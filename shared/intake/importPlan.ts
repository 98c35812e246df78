import { classifyMessage, type MessageClassification } from './messageClassification';
import type { IntakeWarningCode, ParseFailureCode, ParseResult } from './parsedMessage';
import type { ParsedMessage } from './parsedMessage';
import { requesterCandidateOf, type RequesterCandidate } from './requesterMatch';
import { decideThread, senderAddress, type JoinedVia, type KnownMail, type ThreadCandidate } from './threading';

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
      /** the message points at this case, but its sender is not the case's requester: the officer decides (issue 12) */
      cites?: ThreadCandidate<CaseTarget>;
      /** another stored or imported message has the same Message-ID and other content (issue 12): kept, flagged */
      messageIdReused?: boolean;
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
      messageIdReused?: boolean;
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

/** What the batch has met so far: by file digest, and by Message-ID with the content digest of each. */
interface Seen {
  byDigest: Map<string, number>;
  byMessageId: Map<string, { index: number; content: string }[]>;
}

const contentOf = (m: ParsedMessage) => m.contentSha256 ?? m.sha256;

/**
 * SPEC §1 "importing the same file twice does not create a second case";
 * issue 12: decided on the Message-ID *and* what the message says. The same
 * file (file digest), or the same Message-ID with the same content digest
 * (a copy delivered again), is a duplicate; the same Message-ID with other
 * content is a different message that reuses the id: not a duplicate, kept
 * and flagged (`reused`).
 */
function findDuplicate(result: ParseResult, known: KnownMail, seen: Seen): DuplicateOf | { reused: true } | undefined {
  const digest = result.ok ? result.message.sha256 : result.failure.sha256;
  const storedByDigest = known.caseIdByDigest.get(digest);
  if (storedByDigest) return { of: { caseId: storedByDigest }, by: 'sha256' };
  const earlierByDigest = seen.byDigest.get(digest);
  if (earlierByDigest !== undefined) return { of: { item: earlierByDigest }, by: 'sha256' };
  if (!result.ok || !result.message.messageId) return undefined;
  const id = result.message.messageId;
  const content = contentOf(result.message);
  const stored = known.contentDigestsByMessageId?.get(id);
  const storedCase = known.caseIdByMessageId.get(id);
  if (stored?.has(content) && storedCase) return { of: { caseId: storedCase }, by: 'message-id' };
  const earlier = seen.byMessageId.get(id);
  const same = earlier?.find((e) => e.content === content);
  if (same) return { of: { item: same.index }, by: 'message-id' };
  return (stored && stored.size > 0) || earlier ? { reused: true } : undefined;
}

/**
 * Issue 12: a message may join a case only when its sender is a known
 * address of that case's requester. Mail from our own domain (our replies in
 * an exported thread) may follow its Message-ID headers, never a subject
 * reference, and never resumes a clock.
 */
function joinRule(message: ParsedMessage, known: KnownMail, openedBySender: ReadonlyMap<number, string | undefined>) {
  const sender = senderAddress(message);
  return (candidate: ThreadCandidate<CaseTarget>): boolean => {
    if (message.fromCompany) return candidate.via !== 'case-reference';
    if (!sender) return false;
    const target = candidate.target;
    if ('openedBy' in target) return openedBySender.get(target.openedBy) === sender;
    const requesterId = known.requesterIdByCaseId?.get(target.caseId);
    return requesterId !== undefined && (known.requesterIdsBySender?.get(sender)?.has(requesterId) ?? false);
  };
}

/** What the planner needs of a message beyond its headers; computed where the message was parsed (the worker), so the UI thread never runs keyword rules over a long text. */
export interface MessageFacts {
  classification: MessageClassification;
  requester: RequesterCandidate;
}

export function messageFacts(message: ParsedMessage): MessageFacts {
  return { classification: classifyMessage(message), requester: requesterCandidateOf(message) };
}

/**
 * SPEC §1 / issue 12: a receipt time no server stated (the file's time, or
 * none at all) starts a legal clock on a guess: the officer must confirm it.
 */
export function receiptUnconfirmed(message: Pick<ParsedMessage, 'receivedAt' | 'receivedAtSource'>): boolean {
  return !message.receivedAt || message.receivedAtSource === 'file-time';
}

/**
 * @param factsOf precomputed facts of the i-th result (the intake worker sends them with each message)
 */
export function planImport(results: readonly ParseResult[], known: KnownMail, factsOf: (index: number) => MessageFacts | undefined = () => undefined): ImportPlan {
  const outcomes: ImportOutcome[] = new Array(results.length);
  // what this batch adds, on top of what the store knows
  const caseByMessageId = new Map<string, CaseTarget>();
  const seen: Seen = { byDigest: new Map(), byMessageId: new Map() };
  /** a case this batch opens → the address of its requester (the one that may answer it) */
  const openedBySender = new Map<number, string | undefined>();
  const lookup = (id: string): CaseTarget | undefined => {
    const existing = known.caseIdByMessageId.get(id);
    return existing ? { caseId: existing } : caseByMessageId.get(id);
  };

  for (const index of receiptOrder(results)) {
    const result = results[index]!;
    const duplicate = findDuplicate(result, known, seen);
    if (duplicate && !('reused' in duplicate)) {
      outcomes[index] = { kind: 'duplicate', index, ...duplicate };
      continue;
    }
    const reused = duplicate !== undefined;
    seen.byDigest.set(result.ok ? result.message.sha256 : result.failure.sha256, index);
    if (result.ok && result.message.messageId) {
      const list = seen.byMessageId.get(result.message.messageId) ?? [];
      list.push({ index, content: contentOf(result.message) });
      seen.byMessageId.set(result.message.messageId, list);
    }

    if (!result.ok) {
      outcomes[index] = { kind: 'failed', index, code: result.failure.code, needsReview: true };
      continue;
    }
    const message = result.message;
    const decision = decideThread<CaseTarget>(
      message,
      lookup,
      (reference) => {
        const caseId = known.caseIdByReference.get(reference);
        return caseId ? { caseId } : undefined;
      },
      joinRule(message, known, openedBySender),
    );
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
        ...(reused ? { messageIdReused: true } : {}),
      };
    } else {
      target = { openedBy: index };
      const facts = factsOf(index) ?? messageFacts(message);
      openedBySender.set(index, facts.requester.email);
      outcomes[index] = {
        kind: 'created',
        index,
        needsReview: reused || decision.cites !== undefined || receiptUnconfirmed(message) || message.warnings.some((w) => !FORM_ONLY.has(w.code)),
        classification: facts.classification,
        requester: facts.requester,
        ...(decision.unknownReference ? { unknownReference: decision.unknownReference } : {}),
        ...(decision.cites ? { cites: decision.cites } : {}),
        ...(reused ? { messageIdReused: true } : {}),
      };
    }
    // a reused id keeps pointing at the message that had it first
    if (message.messageId && !reused) caseByMessageId.set(message.messageId, target);
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
