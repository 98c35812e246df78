import { generateSampleData } from '../../../shared/sample/sampleCases';
import { todayInShanghai } from '../../../shared/domain/time';
import { appendAudit } from '../../db/audit';
import { openCase } from '../../db/cases';
import type { CaseDeskDatabase } from '../../db/database';

/**
 * Fills an empty store with the sample cases, as one transaction: either all
 * of them arrive with their references and audit events, or none.
 */
export async function loadSampleData(db: CaseDeskDatabase, actor: string, now: Date = new Date()): Promise<number> {
  const sample = generateSampleData({ until: todayInShanghai(now.getTime()) });
  return db.transaction('rw', [db.cases, db.counters, db.requesters, db.documents, db.documentBlobs, db.auditLog, db.settings], async () => {
    const requesterIds: (string | undefined)[] = [];
    for (const { requesterIndex, ...sampleCase } of sample.cases) {
      const existingId = requesterIds[requesterIndex];
      const created = await openCase(
        db,
        {
          case: sampleCase,
          requester: existingId ? { existingId } : { create: sample.requesters[requesterIndex]! },
        },
        actor,
        now,
      );
      requesterIds[requesterIndex] = created.requesterId;
    }
    await appendAudit(db, {
      actor,
      action: 'data.sample-loaded',
      subject: 'store',
      summary: `${sample.cases.length} sample cases`,
    });
    return sample.cases.length;
  });
}
