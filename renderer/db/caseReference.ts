import { Dexie } from 'dexie';
import { formatCaseReference, type CaseReference } from '../../shared/domain/case';
import type { CaseDeskDatabase } from './database';
import { issueTeamReference } from './sync/references';

/**
 * Issues the next case reference of a year, `CL-<year>-<NNNN>`. Must run in a
 * read-write transaction over `counters` and `cases` together with the write
 * of the case itself: IndexedDB serialises such transactions across every
 * window of the profile, so two windows can never draw the same number, and a
 * case that fails to save does not consume one. The unique `&reference` index
 * is the second guard.
 */
export async function nextCaseReference(db: CaseDeskDatabase, year: number): Promise<CaseReference> {
  if (!Dexie.currentTransaction) throw new Error('nextCaseReference must run inside the transaction that saves the case');
  // in a team, numbers come from the blocks this workstation claimed on the server (issue 10)
  if (db.capturing) return issueTeamReference(db, 'case', year, async (r) => (await db.cases.where('reference').equals(r).count()) > 0);
  const key = `case-reference:${year}`;
  const counter = await db.counters.get(key);
  let sequence = (counter?.value ?? 0) + 1;
  // A store restored from a backup or filled by an import may hold references
  // the counter has not seen: never reissue one.
  while (await db.cases.where('reference').equals(formatCaseReference(year, sequence)).count()) sequence++;
  await db.counters.put({ key, value: sequence });
  return formatCaseReference(year, sequence);
}
