// Speed of the dashboard's work (SPEC: 50,000 cases without a visible stall):
//   npx vitest bench --run -c shared/vitest.config.ts deadlines
import { bench, describe } from 'vitest';
import { SHIPPED_CALENDAR_DATA } from '../../calendar/shippedCalendarData';
import { WorkingDayCalendar } from '../../calendar/workingDayCalendar';
import { computeDeadline } from '../computeDeadline';
import { DEFAULT_DEADLINE_RULES } from '../deadlineRule';
import { recomputeAll } from '../recomputeAll';
import { benchCases } from './benchCases';

const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);
const cases = benchCases(50_000);

describe('50,000 cases', () => {
  bench('computeDeadline for every case (full explanation)', () => {
    for (const c of cases) computeDeadline(c, calendar, DEFAULT_DEADLINE_RULES, '2026-06-15');
  });

  bench('recomputeAll after a calendar change', () => {
    recomputeAll(cases, calendar, DEFAULT_DEADLINE_RULES);
  });

  bench('compiling the calendar', () => {
    new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);
  });
});
