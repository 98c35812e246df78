import { formatCaseReference, type Case } from '../../../shared/domain/case';
import type { Requester } from '../../../shared/domain/requester';
import { shanghaiDate } from '../../../shared/domain/time';
import { generateSampleData } from '../../../shared/sample/sampleCases';
import type { CaseDeskDatabase } from '../../../renderer/db/database';

/**
 * Fills the store with `count` generated cases in bulk (not through openCase:
 * the benchmark measures reading and computing, not 50,000 audited intakes).
 */
export async function seedCases(db: CaseDeskDatabase, count: number, until: string): Promise<void> {
  const sample = generateSampleData({ count, until, seed: count });
  const now = new Date().toISOString();
  const requesters: Requester[] = sample.requesters.map((r, i) => ({ ...r, id: `r${i}`, createdAt: now, updatedAt: now }));
  const perYear = new Map<number, number>();
  const cases: Case[] = sample.cases.map(({ requesterIndex, ...c }, i) => {
    const year = Number(shanghaiDate(c.receivedAt).slice(0, 4));
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    return { ...c, id: `c${i}`, reference: formatCaseReference(year, seq), requesterId: `r${requesterIndex}`, createdAt: now, updatedAt: now };
  });
  await db.transaction('rw', [db.cases, db.requesters, db.counters], async () => {
    await db.requesters.bulkAdd(requesters);
    await db.cases.bulkAdd(cases);
    for (const [year, seq] of perYear) await db.counters.put({ key: `case-reference:${year}`, value: seq });
  });
}
