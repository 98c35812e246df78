import type { Requester } from '../../shared/domain/requester';
import type { RequesterKind } from '../../shared/domain/requester';
import { fraudSignals, type FraudSignal } from '../../shared/identity/fraudSignals';
import { residentIdMatchKey } from '../../shared/identity/residentId';
import type { CaseDeskDatabase } from './database';

/**
 * Fraud signals for a case's requester (issue 5), answered from the
 * requesters' `email` and `idNumber` indexes rather than by reading every
 * requester, and from the identity checks of the requester's own cases.
 */

/** The forms one ID number may be stored in: 18 characters (X either case) and, for a 1900s birth, the legacy 15 digits. */
function storedForms(idNumber: string): string[] {
  const key = residentIdMatchKey(idNumber);
  if (!key) return [idNumber];
  const forms = [key, key.toLowerCase()];
  if (key.slice(6, 8) === '19') forms.push(key.slice(0, 6) + key.slice(8, 17));
  return [...new Set(forms)];
}

async function sameIdentifiers(db: CaseDeskDatabase, requester: Requester): Promise<Requester[]> {
  const [byEmail, byId] = await Promise.all([
    requester.email ? db.requesters.where('email').equals(requester.email.toLowerCase()).toArray() : [],
    requester.idNumber ? db.requesters.where('idNumber').anyOf(storedForms(requester.idNumber)).toArray() : [],
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
