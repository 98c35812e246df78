import type { Case } from '../../../shared/domain/case';
import { instantFromShanghai, todayInShanghai, type LocalDate } from '../../../shared/domain/time';
import { PURGED_TEXT, anonymisedCase, anonymisedLetter, anonymisedRequester, purgedDocument } from '../../../shared/retention/anonymise';
import { DEFAULT_RETENTION_YEARS, pastRetention, pseudonymOf, purgeLedgerEntrySchema, type PurgeLedgerEntry } from '../../../shared/retention/retentionPolicy';
import { appendAudit } from '../audit';
import type { CaseDeskDatabase } from '../database';
import { readSetting } from '../settings';
import { can, readTeamSession } from '../sync/teamSession';

/**
 * Retention and purge (policy 5.5.1, SPEC §6): the closed cases past the
 * retention period, listed for review; a purge that a manager confirms (the
 * one officer of a solo store), deleting or anonymising the personal data
 * and keeping what the figures count; every purge in the ledger, so that a
 * restore of an older backup applies it again (./purgeLedger.ts).
 */
export class PurgeRefusedError extends Error {
  constructor(readonly reason: 'not-manager' | 'not-past-retention') {
    super(`purge refused: ${reason}`);
    this.name = 'PurgeRefusedError';
  }
}

export async function retentionYears(db: CaseDeskDatabase): Promise<number> {
  return (await readSetting(db, 'retentionYears')) ?? DEFAULT_RETENTION_YEARS;
}

/** The closed cases whose retention ended on or before `today`, not yet purged, oldest closing first. */
export async function casesPastRetention(db: CaseDeskDatabase, today: LocalDate, years?: number): Promise<Case[]> {
  const n = years ?? (await retentionYears(db));
  const [y, m, d] = today.split('-');
  // a key range a little wider than the rule (29 February), then the rule itself
  const upper = new Date(Date.parse(instantFromShanghai(`${String(Number(y) - n).padStart(4, '0')}-${m}-${d}` as LocalDate)) + 2 * 86_400_000).toISOString();
  const candidates = await db.cases.where('closedAt').below(upper).toArray();
  return candidates.filter((c) => pastRetention(c, n, today)).sort((a, b) => ((a.closedAt ?? '') < (b.closedAt ?? '') ? -1 : 1));
}

export interface CasePurgeOutcome {
  documents: number;
  letters: number;
  requesterAnonymised: boolean;
  changed: boolean;
}

/**
 * Purges one case's personal data inside the caller's transaction. Safe to
 * run again: what is already purged is left as it is (a restore replays it).
 */
export async function purgeCaseData(db: CaseDeskDatabase, caseId: string, actor: string, at: string): Promise<CasePurgeOutcome> {
  const outcome: CasePurgeOutcome = { documents: 0, letters: 0, requesterAnonymised: false, changed: false };
  const c = await db.cases.get(caseId);
  if (!c) return outcome;
  for (const doc of await db.documents.where('caseId').equals(caseId).toArray()) {
    // an identity scan purged earlier kept its name: the retention purge takes that too
    const hasBytes = (await db.documentBlobs.where('id').equals(doc.id).count()) > 0;
    if (doc.purgedAt && !hasBytes && doc.fileName === PURGED_TEXT) continue;
    await db.documentBlobs.delete(doc.id);
    await db.documents.put(doc.purgedAt ? { ...doc, fileName: PURGED_TEXT } : purgedDocument(doc, at, actor, 'retention period ended (policy 5.5.1)'));
    outcome.documents++;
  }
  for (const letter of await db.letters.where('caseId').equals(caseId).toArray()) {
    const purged = anonymisedLetter(letter, at);
    if (letter.body === purged.body && letter.subject === purged.subject) continue;
    await db.letters.put(purged);
    outcome.letters++;
  }
  await db.identityChecks.where('caseId').equals(caseId).delete();
  if (!c.purgedAt) await db.cases.put(anonymisedCase(c, at));
  const others = await db.cases.where('requesterId').equals(c.requesterId).toArray();
  const requester = await db.requesters.get(c.requesterId);
  const pseudonym = pseudonymOf(c.requesterId);
  // a requester with a case still kept keeps their data for it; the last purge makes them a pseudonym
  if (requester && requester.name !== pseudonym && others.every((o) => o.id === caseId || o.purgedAt)) {
    await db.requesters.put(anonymisedRequester(requester, pseudonym, at));
    outcome.requesterAnonymised = true;
  }
  outcome.changed = !c.purgedAt || outcome.documents > 0 || outcome.letters > 0 || outcome.requesterAnonymised;
  return outcome;
}

/**
 * The confirmed purge of the cases a manager reviewed: each case in its own
 * transaction with its ledger entry and its audit event (which names the
 * case by reference and counts what went, never a person).
 */
export async function purgeCases(db: CaseDeskDatabase, caseIds: readonly string[], actor: string, now: Date = new Date(), today?: LocalDate): Promise<number> {
  const session = await readTeamSession(db);
  // a team's manager confirms; a solo store's officer is its manager
  if (session && !can(session, 'manage-settings')) throw new PurgeRefusedError('not-manager');
  const years = await retentionYears(db);
  const day = today ?? todayInShanghai(now.getTime());
  const at = now.toISOString();
  let purged = 0;
  for (const caseId of caseIds) {
    await db.transaction('rw', [db.cases, db.requesters, db.documents, db.documentBlobs, db.letters, db.identityChecks, db.purgeLedger, db.auditLog], async () => {
      const c = await db.cases.get(caseId);
      if (!c || !pastRetention(c, years, day)) throw new PurgeRefusedError('not-past-retention');
      const documentIds = (await db.documents.where('caseId').equals(caseId).primaryKeys()) as string[];
      const outcome = await purgeCaseData(db, caseId, actor, at);
      const entry: PurgeLedgerEntry = purgeLedgerEntrySchema.parse({
        id: crypto.randomUUID(),
        kind: 'retention',
        caseId,
        reference: c.reference,
        documentIds,
        ...(outcome.requesterAnonymised ? { requesterId: c.requesterId } : {}),
        at,
        by: actor,
      });
      await db.purgeLedger.add(entry);
      await appendAudit(db, {
        actor,
        at,
        action: 'retention.purged',
        subject: `case:${caseId}`,
        summary: `${c.reference}: personal data purged after ${years} years of retention (${outcome.documents} documents, ${outcome.letters} letters${outcome.requesterAnonymised ? ', requester made a pseudonym' : ''})`,
        after: { ledgerId: entry.id, documents: outcome.documents, letters: outcome.letters, requesterAnonymised: outcome.requesterAnonymised, retentionYears: years },
      });
      purged++;
    });
  }
  return purged;
}
