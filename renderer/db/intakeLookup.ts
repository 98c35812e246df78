import type { KnownMail } from '../../shared/intake';
import type { MatchableRequester, RequesterCandidate } from '../../shared/intake';
import { casesByMessageIds } from './blindLookup';
import type { CaseDeskDatabase } from './database';
import { findRequestersByEmail, findRequestersByIdNumber, findRequestersByPhone, requesterIdsByEmail } from './requesterLookup';

/**
 * What the case store knows of a batch's keys (SPEC §1 threading and
 * duplicates), answered from indexes: `cases.*biMessageIds` (blind), `cases.&reference`,
 * `documents.sha256` and `documents.caseId`, and the senders' addresses
 * through requesterLookup.ts — for just the keys the batch names, never by
 * loading every case.
 */
export async function knownMailFor(
  db: CaseDeskDatabase,
  keys: { messageIds: readonly string[]; digests: readonly string[]; caseReferences: readonly string[]; senders?: readonly string[] },
): Promise<KnownMail> {
  return db.transaction('r', [db.cases, db.documents, db.requesters], async () => {
    const [byMessageId, byReference, documents, requesterIdsBySender] = await Promise.all([
      casesByMessageIds(db, keys.messageIds),
      keys.caseReferences.length ? db.cases.where('reference').anyOf([...keys.caseReferences]).toArray() : [],
      keys.digests.length ? db.documents.where('sha256').anyOf([...keys.digests]).toArray() : [],
      requesterIdsByEmail(db, keys.senders ?? []),
    ]);
    const wanted = new Set(keys.messageIds);
    const caseIdByMessageId = new Map<string, string>();
    for (const c of byMessageId) for (const id of c.messageIds) if (wanted.has(id)) caseIdByMessageId.set(id, c.id);
    // only a stored message counts: the same bytes as someone's attachment are not "already imported"
    const caseIdByDigest = new Map(documents.filter((d) => d.kind === 'email').map((d) => [d.sha256, d.caseId]));
    const caseIdByReference = new Map(byReference.map((c) => [c.reference, c.id]));
    const candidates = [...byMessageId, ...byReference];
    const pausedCaseIds = new Set(candidates.filter((c) => c.status === 'paused').map((c) => c.id));
    const requesterIdByCaseId = new Map(candidates.map((c) => [c.id, c.requesterId]));
    // the content digests of the stored messages that carry these ids (issue 12: same id, other content = not a duplicate)
    const stored = byMessageId.length ? await db.documents.where('caseId').anyOf([...new Set(byMessageId.map((c) => c.id))]).toArray() : [];
    const contentDigestsByMessageId = new Map<string, Set<string>>();
    for (const d of stored) {
      if (d.kind !== 'email' || !d.messageId || !d.contentSha256 || !wanted.has(d.messageId)) continue;
      const set = contentDigestsByMessageId.get(d.messageId) ?? new Set<string>();
      set.add(d.contentSha256);
      contentDigestsByMessageId.set(d.messageId, set);
    }
    return { caseIdByMessageId, caseIdByDigest, caseIdByReference, pausedCaseIds, contentDigestsByMessageId, requesterIdByCaseId, requesterIdsBySender };
  });
}

/** The requesters that share an email address, phone number or ID number with a candidate (for matchRequester). */
export async function requestersSharingContact(db: CaseDeskDatabase, candidate: RequesterCandidate): Promise<MatchableRequester[]> {
  const [byEmail, byPhone, byId] = await Promise.all([
    candidate.email ? findRequestersByEmail(db, candidate.email) : [],
    candidate.phone ? findRequestersByPhone(db, candidate.phone) : [],
    candidate.idNumber ? findRequestersByIdNumber(db, candidate.idNumber) : [],
  ]);
  const byIdKey = new Map([...byEmail, ...byPhone, ...byId].map((r) => [r.id, r]));
  return [...byIdKey.values()];
}
