import type { Case } from '../domain/case';
import type { CaseDocument } from '../domain/document';
import type { ResponseLetter } from '../domain/letter';
import type { Requester } from '../domain/requester';

/**
 * What a purge keeps of each record (issue 11: "keeps what statistics need
 * (type, dates, on time or late)"): every workflow fact the dashboard and the
 * figures count — status, request type, channel, GDPR flag, the dates, the
 * outcome and deletion ground, who handled it — and nothing that says who
 * asked or what they wrote. The on-time verdict stays computable from
 * `dueDate`, `closedAt`, pauses and extensions, which are kept (their typed
 * reasons are not).
 */
export const PURGED_TEXT = '[purged]';

export function anonymisedCase(c: Case, at: string): Case {
  const { refusalReasons: _reasons, trackingNumber: _tracking, cites: _cites, ...kept } = c;
  void _reasons;
  void _tracking;
  void _cites;
  return {
    ...kept,
    subject: PURGED_TEXT,
    summary: '',
    messageIds: [],
    pauses: c.pauses.map((p) => ({ ...p, reason: PURGED_TEXT })),
    extensions: c.extensions.map((e) => ({ ...e, reason: PURGED_TEXT })),
    purgedAt: at,
    updatedAt: at,
  };
}

export function anonymisedRequester(r: Requester, pseudonym: string, at: string): Requester {
  return { id: r.id, kind: r.kind, region: r.region, name: pseudonym, createdAt: r.createdAt, updatedAt: at };
}

export function anonymisedLetter(l: ResponseLetter, at: string): ResponseLetter {
  const { trackingNumber: _tracking, ...kept } = l;
  void _tracking;
  return { ...kept, subject: PURGED_TEXT, body: '', updatedAt: at };
}

/** A document whose bytes are gone: its digest stays as proof of what was held, its name (which may hold an ID number) does not. */
export function purgedDocument(d: CaseDocument, at: string, by: string, reason: string): CaseDocument {
  const { messageId: _messageId, source: _source, error: _error, ...kept } = d;
  void _messageId;
  void _source;
  void _error;
  return { ...kept, fileName: PURGED_TEXT, purgedAt: at, purgedBy: by, purgeReason: reason };
}
