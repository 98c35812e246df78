import type { Transaction } from 'dexie';
import { figuresBasis, monthAfter, tallyCases, tallyIsConsistent, type Month, type MonthTally } from '../../shared/deadlines';
import type { Case } from '../../shared/domain/case';
import { instantFromShanghai, shanghaiDate } from '../../shared/domain/time';
import type { CaseDeskDatabase } from './database';
import { deadlineContextFrom, readDeadlineContext, type DeadlineContext } from './deadlineContext';
import { settingSchemas } from './settings';

/**
 * The monthly figures' tallies (SPEC §3, the dashboard's 13 months), kept by
 * caseTalliesMiddleware as cases are written. Reading them costs 13 records
 * whatever the store holds; a month whose tally was counted under another
 * calendar or other rules is counted again from its own cases, once.
 */

/** The stored tally of each month that is current under `context` (undefined: stale, count it again). */
export interface TallyRead {
  /** per month, in order: the tally, or `null` when nothing was ever closed in it */
  tallies: (MonthTally | null | undefined)[];
  /** the months whose tally must be counted again */
  stale: Month[];
}

export async function readMonthTallies(db: CaseDeskDatabase, months: readonly Month[], context: Pick<DeadlineContext, 'calendarData' | 'rules'>): Promise<TallyRead> {
  const basis = figuresBasis(context.calendarData, context.rules);
  const stored = await db.monthTallies.bulkGet([...months]);
  const stale: Month[] = [];
  const tallies = stored.map((tally, i) => {
    if (!tally) return null;
    if (tally.basis === basis && tallyIsConsistent(tally)) return tally;
    stale.push(months[i]!);
    return undefined;
  });
  return { tallies, stale };
}

/** The closed cases of one Shanghai month, through the `closedAt` index. */
export function casesClosedIn(db: CaseDeskDatabase, month: Month): Promise<Case[]> {
  return db.cases.where('closedAt').between(instantFromShanghai(`${month}-01`), instantFromShanghai(`${monthAfter(month)}-01`), true, false).toArray();
}

/** Counts the given months again from their cases, under the calendar and rules in force. */
export async function recountMonthTallies(db: CaseDeskDatabase, months: readonly Month[]): Promise<void> {
  if (months.length === 0) return;
  await db.transaction('rw', [db.cases, db.settings, db.monthTallies], async () => {
    const context = await readDeadlineContext(db);
    const basis = figuresBasis(context.calendarData, context.rules);
    for (const month of months) {
      const tally = tallyCases(await casesClosedIn(db, month), context.calendar, context.rules, [month], basis).get(month)!;
      await db.monthTallies.put(tally);
    }
  });
}

/**
 * Schema upgrade: the tallies of every month from the closed cases already
 * stored, so that "no tally" can mean "nothing closed" from then on.
 */
export async function tallyStoredCases(tx: Transaction): Promise<void> {
  const [calendarRecord, rulesRecord] = (await tx.table('settings').bulkGet(['calendar', 'deadlineRules'])) as ({ value: unknown } | undefined)[];
  const calendar = settingSchemas.calendar.safeParse(calendarRecord?.value);
  const rules = settingSchemas.deadlineRules.safeParse(rulesRecord?.value);
  const context = deadlineContextFrom(calendar.success ? calendar.data : undefined, rules.success ? rules.data : undefined);
  const closed = (await tx.table('cases').where('status').equals('closed').toArray()) as Case[];
  const months = [...new Set(closed.flatMap((c) => (c.closedAt && !Number.isNaN(Date.parse(c.closedAt)) ? [shanghaiDate(c.closedAt).slice(0, 7)] : [])))];
  const tallies = tallyCases(closed, context.calendar, context.rules, months, figuresBasis(context.calendarData, context.rules));
  await tx.table('monthTallies').bulkPut([...tallies.values()]);
}

