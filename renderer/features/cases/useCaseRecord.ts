import { useLiveQuery } from 'dexie-react-hooks';
import { auditEventsFor } from '../../db/audit';
import { database } from '../../db/database';

/** Everything the case page shows, read live from the store (undefined while loading, null if absent). */
export function useCaseRecord(caseId: string | undefined) {
  return useLiveQuery(async () => {
    if (!caseId) return null;
    const db = database();
    const record = await db.cases.get(caseId);
    if (!record) return null;
    const [requester, documents, letters, events] = await Promise.all([
      db.requesters.get(record.requesterId),
      db.documents.where('caseId').equals(caseId).toArray(),
      db.letters.where('caseId').equals(caseId).toArray(),
      auditEventsFor(db, `case:${caseId}`),
    ]);
    return { record, requester, documents, letters, events };
  }, [caseId]);
}
