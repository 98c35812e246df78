import { figuresOfTally, monthsEnding, tallyCases, figuresBasis, type Month, type MonthFigures } from '../../../shared/deadlines';
import type { LocalDate } from '../../../shared/domain/time';
import type { CaseDeskDatabase } from '../../db/database';
import type { DeadlineContext } from '../../db/deadlineContext';
import { casesClosedIn, readMonthTallies } from '../../db/monthTallies';

export type { Month, MonthFigures } from '../../../shared/deadlines';

export interface ResponseFigures {
  figures: MonthFigures[];
  /** months whose tally was counted under another calendar or other rules: count them again (recountMonthTallies) */
  stale: Month[];
}

/**
 * This month's and the previous 12 months' figures (SPEC §3; the rules are in
 * shared/deadlines/responseFigures.ts), from the months' tallies: 13 records,
 * whatever the store holds. A stale month (the calendar or the rules changed
 * since it was counted) is counted here from its own closed cases, and named
 * so that the caller has its tally counted again once.
 */
export async function responseFigures(db: CaseDeskDatabase, context: Pick<DeadlineContext, 'calendarData' | 'calendar' | 'rules'>, today: LocalDate, count = 13): Promise<ResponseFigures> {
  const months = monthsEnding(today, count);
  const current = months.at(-1);
  const { tallies, stale } = await readMonthTallies(db, months, context);
  const basis = figuresBasis(context.calendarData, context.rules);
  const figures = await Promise.all(
    months.map(async (month, i) => {
      const tally = tallies[i];
      if (tally !== undefined) return figuresOfTally(tally ?? undefined, month, month === current);
      const counted = tallyCases(await casesClosedIn(db, month), context.calendar, context.rules, [month], basis).get(month);
      return figuresOfTally(counted, month, month === current);
    }),
  );
  return { figures, stale };
}
