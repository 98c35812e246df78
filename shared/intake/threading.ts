import { CASE_REFERENCE_PATTERN } from '../domain/case';
import type { ParsedMessage, ParseResult } from './parsedMessage';

/**
 * Threading (SPEC §1): a message that answers a case joins it — by
 * In-Reply-To, by References, or by the case reference `CL-YYYY-NNNN` in its
 * subject — instead of opening a new one. And the same message imported twice
 * is recognised (Message-ID, else the SHA-256 of its bytes) and skipped.
 *
 * The lookups are plain maps so that the planner stays pure; the UI fills
 * them from the case store (`cases.*messageIds`, `documents.sha256`,
 * `cases.&reference`) for just the keys a batch needs (see `lookupKeys`).
 * For replies to reach their case, the Message-IDs of the letters we send
 * must be added to `Case.messageIds` too.
 */

export interface KnownMail {
  /** Message-ID (without brackets) → the case that holds that message */
  caseIdByMessageId: ReadonlyMap<string, string>;
  /** SHA-256 of a stored email document → its case */
  caseIdByDigest: ReadonlyMap<string, string>;
  /** `CL-2026-0042` → case id */
  caseIdByReference: ReadonlyMap<string, string>;
  /** cases whose clock is paused, waiting for the requester (an answer may resume it) */
  pausedCaseIds?: ReadonlySet<string>;
}

export const EMPTY_KNOWN_MAIL: KnownMail = {
  caseIdByMessageId: new Map(),
  caseIdByDigest: new Map(),
  caseIdByReference: new Map(),
};

export type DuplicateKey = { by: 'message-id'; key: string } | { by: 'sha256'; key: string };

/** Message-ID when there is one (a re-delivered copy has other Received headers, but the same id), else the bytes' digest. */
export function duplicateKey(result: ParseResult): DuplicateKey {
  if (result.ok && result.message.messageId) return { by: 'message-id', key: result.message.messageId };
  return { by: 'sha256', key: result.ok ? result.message.sha256 : result.failure.sha256 };
}

export type JoinedVia = 'in-reply-to' | 'references' | 'case-reference';

export type ThreadDecision<T = string> =
  | { kind: 'join'; target: T; via: JoinedVia; key: string }
  | { kind: 'new'; /** a CL-YYYY-NNNN in the subject that names no known case */ unknownReference?: string };

/** The case references a subject names, e.g. `Re: 关于CL-2026-0042的补充说明` → `CL-2026-0042`. */
export function caseReferencesIn(subject: string): string[] {
  const global = new RegExp(CASE_REFERENCE_PATTERN.source, 'g');
  return [...subject.matchAll(global)].map((m) => m[0]);
}

type ThreadFields = Pick<ParsedMessage, 'inReplyTo' | 'references' | 'subject'>;

/**
 * The case a message answers, if any. In-Reply-To names the message answered
 * (RFC 5322 §3.6.4); References lists the thread, newest last, so it is read
 * from the end; a reference in the subject is the fallback for mail clients
 * that drop both headers. `T` is whatever names a case to the caller: an id
 * in the store, or a case a batch is about to open.
 */
export function decideThread<T>(
  message: ThreadFields,
  findByMessageId: (messageId: string) => T | undefined,
  findByReference: (reference: string) => T | undefined,
): ThreadDecision<T> {
  if (message.inReplyTo) {
    const target = findByMessageId(message.inReplyTo);
    if (target !== undefined) return { kind: 'join', target, via: 'in-reply-to', key: message.inReplyTo };
  }
  for (const ref of [...message.references].reverse()) {
    const target = findByMessageId(ref);
    if (target !== undefined) return { kind: 'join', target, via: 'references', key: ref };
  }
  const references = caseReferencesIn(message.subject);
  for (const reference of references) {
    const target = findByReference(reference);
    if (target !== undefined) return { kind: 'join', target, via: 'case-reference', key: reference };
  }
  return references[0] ? { kind: 'new', unknownReference: references[0] } : { kind: 'new' };
}

/** One message against the store alone: the id of the case it answers, if any. */
export function threadAgainst(message: ThreadFields, known: KnownMail): ThreadDecision<string> {
  return decideThread(
    message,
    (id) => known.caseIdByMessageId.get(id),
    (reference) => known.caseIdByReference.get(reference),
  );
}

/** Every key the case store must be asked about for a batch: ids to thread and dedupe on, digests, case references. */
export function lookupKeys(results: readonly ParseResult[]): { messageIds: string[]; digests: string[]; caseReferences: string[] } {
  const messageIds = new Set<string>();
  const digests = new Set<string>();
  const caseReferences = new Set<string>();
  for (const r of results) {
    digests.add(r.ok ? r.message.sha256 : r.failure.sha256);
    if (!r.ok) continue;
    const m = r.message;
    for (const id of [m.messageId, m.inReplyTo, ...m.references]) if (id) messageIds.add(id);
    for (const ref of caseReferencesIn(m.subject)) caseReferences.add(ref);
  }
  return { messageIds: [...messageIds], digests: [...digests], caseReferences: [...caseReferences] };
}
