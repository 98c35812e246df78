import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { identityCheckOf } from '../../db/identityChecks';
import { fraudSignalsForCase } from '../../db/identityFraud';
import { readUnansweredDays } from '../../db/identitySettings';

/** What the identity panel shows, read live from the store (undefined while loading, null when the case is gone). */
export function useIdentityPanelData(caseId: string) {
  return useLiveQuery(async () => {
    const db = database();
    const record = await db.cases.get(caseId);
    if (!record) return null;
    const [requester, check, documents, unansweredDays] = await Promise.all([
      db.requesters.get(record.requesterId),
      identityCheckOf(db, caseId),
      db.documents.where('caseId').equals(caseId).toArray(),
      readUnansweredDays(db),
    ]);
    const signals = await fraudSignalsForCase(db, caseId, check?.requesterKind);
    return { record, requester, check, documents, unansweredDays, signals };
  }, [caseId]);
}

export type IdentityPanelData = NonNullable<ReturnType<typeof useIdentityPanelData>>;
