import type { Transaction } from 'dexie';
import { tallyLiveCases, type LiveTally } from '../../shared/deadlines';
import type { Case } from '../../shared/domain/case';
import type { CaseDeskDatabase } from './database';

/**
 * The live cases per officer and per request type (shared/deadlines/liveTallies.ts),
 * kept by caseTalliesMiddleware as cases are written: the dashboard's workload
 * reads one record per officer and per type. A tally marked stale (a write
 * left it not adding up) makes the reader count from the live cases and
 * have the tallies counted again.
 */
export interface LiveTallyRead {
  tallies: LiveTally[];
  stale: boolean;
}

export async function readLiveTallies(db: CaseDeskDatabase): Promise<LiveTallyRead> {
  const tallies = await db.liveTallies.toArray();
  return { tallies, stale: tallies.some((t) => t.stale) };
}

/** Running and paused cases, through the status index. */
export async function liveCases(db: CaseDeskDatabase): Promise<Case[]> {
  const [open, paused] = await Promise.all([db.cases.where('status').equals('open').toArray(), db.cases.where('status').equals('paused').toArray()]);
  return open.concat(paused);
}

/** Counts every live tally again from the live cases. */
export async function recountLiveTallies(db: CaseDeskDatabase): Promise<void> {
  await db.transaction('rw', [db.cases, db.liveTallies], async () => {
    const tallies = tallyLiveCases(await liveCases(db));
    await db.liveTallies.clear();
    await db.liveTallies.bulkPut([...tallies.values()]);
  });
}

/** Schema upgrade: the tallies of the live cases already stored. */
export async function tallyStoredLiveCases(tx: Transaction): Promise<void> {
  const live = (await tx.table('cases').where('status').anyOf('open', 'paused').toArray()) as Case[];
  await tx.table('liveTallies').bulkPut([...tallyLiveCases(live).values()]);
}
