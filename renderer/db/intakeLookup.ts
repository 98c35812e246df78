import type { KnownMail } from '../../shared/intake';
import type { MatchableRequester, RequesterCandidate } from '../../shared/intake';
import { casesByMessageIds, requestersByEmail, requestersByIdNumber, requestersByPhone } from './blindLookup';
import type { CaseDeskDatabase } from './database';

/**
 * What the case store knows of a batch's keys (SPEC §1 threading and
 * duplicates), answered from indexes: `cases.*biMessageIds` (blind), `cases.&reference`
 * and `documents.sha256`, for just the keys the batch names — never by
 * loading every case.
 */
export async function knownMailFor(
  db: CaseDeskDatabase,
  keys: { messageIds: readonly string[]; digests: readonly string[]; caseReferences: readonly string[] },
): Promise<KnownMail> {
  return db.transaction('r', [db.cases, db.documents], async () => {
    const [byMessageId, byReference, documents] = await Promise.all([
      casesByMessageIds(db, keys.messageIds),
      keys.caseReferences.length ? db.cases.where('reference').anyOf([...keys.caseReferences]).toArray() : [],
      keys.digests.length ? db.documents.where('sha256').anyOf([...keys.digests]).toArray() : [],
    ]);
    const wanted = new Set(keys.messageIds);
    const caseIdByMessageId = new Map<string, string>();
    for (const c of byMessageId) for (const id of c.messageIds) if (wanted.has(id)) caseIdByMessageId.set(id, c.id);
    // only a stored message counts: the same bytes as someone's attachment are not "already imported"
    const caseIdByDigest = new Map(documents.filter((d) => d.kind === 'email').map((d) => [d.sha256, d.caseId]));
    const caseIdByReference = new Map(byReference.map((c) => [c.reference, c.id]));
    const pausedCaseIds = new Set([...byMessageId, ...byReference].filter((c) => c.status === 'paused').map((c) => c.id));
    return { caseIdByMessageId, caseIdByDigest, caseIdByReference, pausedCaseIds };
  });
}

/** The requesters that share an email address, phone number or ID number with a candidate (for matchRequester). */
export async function requestersSharingContact(db: CaseDeskDatabase, candidate: RequesterCandidate): Promise<MatchableRequester[]> {
  const [byEmail, byPhone, byId] = await Promise.all([
    candidate.email ? requestersByEmail(db, candidate.email) : [],
    candidate.phone ? requestersByPhone(db, candidate.phone) : [],
    candidate.idNumber ? requestersByIdNumber(db, candidate.idNumber) : [],
  ]);
  const byIdKey = new Map([...byEmail, ...byPhone, ...byId].map((r) => [r.id, r]));
  return [...byIdKey.values()];
}
