import type { Requester } from '../../shared/domain/requester';
import type { RequesterKind } from '../../shared/domain/requester';
import { fraudSignals, type FraudSignal } from '../../shared/identity/fraudSignals';
import type { CaseDeskDatabase } from './database';
import { findRequestersByEmail, findRequestersByIdNumber } from './requesterLookup';

/**
 * Fraud signals for a case's requester (issue 5), answered from the
 * requesters' blind indexes of email and ID number rather than by reading every
 * requester, and from the identity checks of the requester's own cases.
 */

async function sameIdentifiers(db: CaseDeskDatabase, requester: Requester): Promise<Requester[]> {
  const [byEmail, byId] = await Promise.all([
    requester.email ? findRequestersByEmail(db, requester.email) : [],
    // the blind index carries the 18-character form, so a legacy 15-digit number meets it too
    requester.idNumber ? findRequestersByIdNumber(db, requester.idNumber) : [],
  ]);
  return [...byEmail, ...byId];
}

export async function fraudSignalsForCase(db: CaseDeskDatabase, caseId: string, kind?: RequesterKind): Promise<FraudSignal[]> {
  const c = await db.cases.get(caseId);
  const requester = c ? await db.requesters.get(c.requesterId) : undefined;
  if (!c || !requester) return [];
  const others = await sameIdentifiers(db, requester);
  const caseIds = await db.cases.where('requesterId').equals(requester.id).primaryKeys();
  const checks = await db.identityChecks.where('caseId').anyOf(caseIds).toArray();
  const accountEmail = checks.find((check) => check.caseId === caseId)?.namesSeen?.accountEmail;
  return fraudSignals({
    requester,
    requesterKind: kind ?? requester.kind,
    others,
    pastDecisions: checks.flatMap((check) => check.decisions),
    ...(accountEmail ? { accountEmail } : {}),
  });
}
