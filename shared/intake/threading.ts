import { CASE_REFERENCE_PATTERN } from '../domain/case';
import type { ParsedMessage, ParseResult } from './parsedMessage';
import { normaliseEmail } from './requesterMatch';

/**
 * Threading (SPEC §1): a message that answers a case joins it — by
 * In-Reply-To, by References, or by the case reference `CL-YYYY-NNNN` in its
 * subject — instead of opening a new one, when its sender may (issue 12).
 * Duplicates are decided in importPlan.ts (Message-ID and content digest).
 *
 * The lookups are plain maps so that the planner stays pure; the UI fills
 * them from the case store (`cases.*messageIds`, `documents.sha256`,
 * `cases.&reference`) for just the keys a batch needs (see `lookupKeys`).
 * For replies to reach their case, the Message-IDs of the letters we send
 * must be added to `Case.messageIds` too.
 */

export interface KnownMail {
  /** Message-ID (without brackets) → the case that holds that message (or sent that letter) */
  caseIdByMessageId: ReadonlyMap<string, string>;
  /** SHA-256 of a stored email document → its case */
  caseIdByDigest: ReadonlyMap<string, string>;
  /** `CL-2026-0042` → case id */
  caseIdByReference: ReadonlyMap<string, string>;
  /** cases whose clock is paused, waiting for the requester (an answer may resume it) */
  pausedCaseIds?: ReadonlySet<string>;
  /**
   * Message-ID → the content digests (contentDigest.ts) of the stored email
   * documents that carry it: the same id with another content is a different
   * message reusing the id, not a duplicate (issue 12)
   */
  contentDigestsByMessageId?: ReadonlyMap<string, ReadonlySet<string>>;
  /** a case that may be joined → its requester's id */
  requesterIdByCaseId?: ReadonlyMap<string, string>;
  /** a sender's address (normalised) → the requesters known by it (renderer/db/requesterLookup.ts) */
  requesterIdsBySender?: ReadonlyMap<string, ReadonlySet<string>>;
}

export const EMPTY_KNOWN_MAIL: KnownMail = {
  caseIdByMessageId: new Map(),
  caseIdByDigest: new Map(),
  caseIdByReference: new Map(),
};

export type JoinedVia = 'in-reply-to' | 'references' | 'case-reference';

/** A case the message points at, and how. */
export interface ThreadCandidate<T> {
  target: T;
  via: JoinedVia;
  key: string;
}

export type ThreadDecision<T = string> =
  | ({ kind: 'join' } & ThreadCandidate<T>)
  | {
      kind: 'new';
      /** a CL-YYYY-NNNN in the subject that names no known case */
      unknownReference?: string;
      /** a case the message points at but may not join (issue 12: the sender is not that case's requester) */
      cites?: ThreadCandidate<T>;
    };

/** The case references a subject names, e.g. `Re: 关于CL-2026-0042的补充说明` → `CL-2026-0042`. */
export function caseReferencesIn(subject: string): string[] {
  const global = new RegExp(CASE_REFERENCE_PATTERN.source, 'g');
  return [...subject.matchAll(global)].map((m) => m[0]);
}

type ThreadFields = Pick<ParsedMessage, 'inReplyTo' | 'references' | 'subject'>;

/** References beyond this many (newest kept) are not looked up: a thread is never that long, a hostile header may be. */
export const MAX_REFERENCES = 100;

/** The Message-IDs a message names as the ones it answers, newest first: In-Reply-To, then References from the end. */
function answeredIds(message: ThreadFields): { id: string; via: JoinedVia }[] {
  return [
    ...(message.inReplyTo ? [{ id: message.inReplyTo, via: 'in-reply-to' as const }] : []),
    ...message.references
      .slice(-MAX_REFERENCES)
      .reverse()
      .map((id) => ({ id, via: 'references' as const })),
  ];
}

/**
 * The case a message answers, if any. In-Reply-To names the message answered
 * (RFC 5322 §3.6.4); References lists the thread, newest last, so it is read
 * from the end; a reference in the subject is the fallback for mail clients
 * that drop both headers. `T` is whatever names a case to the caller: an id
 * in the store, or a case a batch is about to open.
 *
 * Issue 12: pointing at a case is not enough to join it — anyone can write
 * `CL-2026-0042` in a subject or copy a Message-ID. `mayJoin` says whether
 * this sender may join that case (a known address of its requester); the
 * first candidate it allows is joined, and when it allows none the message
 * opens a new case that cites the first candidate, for the officer to decide.
 */
export function decideThread<T>(
  message: ThreadFields,
  findByMessageId: (messageId: string) => T | undefined,
  findByReference: (reference: string) => T | undefined,
  mayJoin: (candidate: ThreadCandidate<T>) => boolean = () => true,
): ThreadDecision<T> {
  let cites: ThreadCandidate<T> | undefined;
  const consider = (candidate: ThreadCandidate<T>): boolean => {
    if (mayJoin(candidate)) return true;
    cites ??= candidate;
    return false;
  };
  for (const { id, via } of answeredIds(message)) {
    const target = findByMessageId(id);
    if (target !== undefined && consider({ target, via, key: id })) return { kind: 'join', target, via, key: id };
  }
  const references = caseReferencesIn(message.subject).slice(0, MAX_REFERENCES);
  for (const reference of references) {
    const target = findByReference(reference);
    if (target !== undefined && consider({ target, via: 'case-reference', key: reference })) return { kind: 'join', target, via: 'case-reference', key: reference };
  }
  const unknownReference = references.find((r) => findByReference(r) === undefined);
  return { kind: 'new', ...(unknownReference && !cites ? { unknownReference } : {}), ...(cites ? { cites } : {}) };
}

/** One message against the store alone: the id of the case it answers, if any (no sender check: for callers that make none). */
export function threadAgainst(message: ThreadFields, known: KnownMail): ThreadDecision<string> {
  return decideThread(
    message,
    (id) => known.caseIdByMessageId.get(id),
    (reference) => known.caseIdByReference.get(reference),
  );
}

/** Every key the case store must be asked about for a batch: ids to thread and dedupe on, digests, case references, senders. */
export function lookupKeys(results: readonly ParseResult[]): { messageIds: string[]; digests: string[]; caseReferences: string[]; senders: string[] } {
  const messageIds = new Set<string>();
  const digests = new Set<string>();
  const caseReferences = new Set<string>();
  const senders = new Set<string>();
  for (const r of results) {
    digests.add(r.ok ? r.message.sha256 : r.failure.sha256);
    if (!r.ok) continue;
    const m = r.message;
    for (const id of [m.messageId, m.inReplyTo, ...m.references.slice(-MAX_REFERENCES)]) if (id) messageIds.add(id);
    for (const ref of caseReferencesIn(m.subject).slice(0, MAX_REFERENCES)) caseReferences.add(ref);
    const sender = senderAddress(m);
    if (sender) senders.add(sender);
  }
  return { messageIds: [...messageIds], digests: [...digests], caseReferences: [...caseReferences], senders: [...senders] };
}

/** The address a message is from, normalised as requesters' addresses are stored. */
export function senderAddress(message: Pick<ParsedMessage, 'from'>): string | undefined {
  return normaliseEmail(message.from?.address);
}
