import { type DayNumber, addCalendarMonths, isWeekend } from '../calendar/dayNumber';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import type { DeadlineUnit } from './deadlineRule';

/**
 * Counting one period on the calendar, in DayNumbers (the engine's hot path).
 *
 * 民法典 201: the day of the starting event does not count; counting starts
 * the next day. 民法典 203: a period in days whose last day is a holiday or
 * rest day ends on the next working day.
 *
 * A pause is the span (from, to]: the day the clock stopped still counted
 * (the company had the request that day), and the day the requester answered
 * is, like any starting day, not counted (民法典 201); counting resumes the
 * day after. Days inside a pause are skipped by the count, so a pause moves
 * the end by exactly the countable days it covered before the end was
 * reached: working days for a working-day period, calendar days otherwise.
 */
export interface PauseSpan {
  from: DayNumber;
  to: DayNumber;
}

/**
 * - `civil-code-203`: a period in days ends on the next mainland working day;
 * - `reg-1182-71`: a GDPR period (months) that would end on a Saturday, a
 *   Sunday or a public holiday ends at the end of the next working day
 *   (Reg. (EEC, Euratom) 1182/71 art. 3(4), applied to GDPR periods by the
 *   EDPB's access guidelines). A Saturday stays a rest day even when the
 *   mainland calendar makes it a 调休 working day.
 */
export type RollBasis = 'civil-code-203' | 'reg-1182-71';

/** Reg. 1182/71 art. 3(4): Saturdays, Sundays and the configured public holidays are not a period's last day. */
export function firstEuWorkingDayFrom(calendar: WorkingDayCalendar, day: DayNumber): DayNumber {
  let d = day;
  while (isWeekend(d) || calendar.kindOfDay(d) === 'holiday') d++;
  return d;
}

export interface CountedPeriod {
  /** the last day of the period */
  end: DayNumber;
  /** where the count ended before 民法典 203 (or, for months, Reg. 1182/71 art. 3(4)) moved it (absent when it did not move) */
  unrolledEnd?: DayNumber;
  /** which rule moved it */
  rollBasis?: RollBasis;
  /** per pause, in the order given: the days it added (in `pauseUnit`) */
  pauseDaysAdded: number[];
  pauseUnit: 'working-days' | 'calendar-days';
}

export function countPeriod(
  calendar: WorkingDayCalendar,
  start: DayNumber,
  unit: Exclude<DeadlineUnit, 'hours'>,
  amount: number,
  pauses: readonly PauseSpan[],
): CountedPeriod {
  const working = unit === 'working-days';
  // a period in months is that many calendar days, then paused days are added like any calendar period
  const days = unit === 'calendar-months' ? addCalendarMonths(start, amount) - start : amount;
  const countable = working ? (a: DayNumber, b: DayNumber) => calendar.workingDaysIn(a, b) : (a: DayNumber, b: DayNumber) => b - a;

  const pauseDaysAdded = pauses.map(() => 0);
  const order = pauses.map((_, i) => i).sort((a, b) => (pauses[a]?.from ?? 0) - (pauses[b]?.from ?? 0));
  let cursor = start;
  let remaining = days;
  for (const i of order) {
    const pause = pauses[i];
    if (!pause || pause.to <= cursor) continue;
    const pauseStart = Math.max(pause.from, cursor);
    const before = countable(cursor, pauseStart);
    if (before >= remaining) break; // the period ends before this pause begins
    remaining -= before;
    pauseDaysAdded[i] = countable(pauseStart, pause.to);
    cursor = pause.to;
  }
  const counted = working ? calendar.nthWorkingDayAfter(cursor, remaining) : cursor + remaining;
  if (unit === 'calendar-days') {
    const end = calendar.firstWorkingDayFrom(counted); // 民法典 203
    if (end !== counted) return { end, unrolledEnd: counted, rollBasis: 'civil-code-203', pauseDaysAdded, pauseUnit: 'calendar-days' };
  }
  if (unit === 'calendar-months') {
    const end = firstEuWorkingDayFrom(calendar, counted);
    if (end !== counted) return { end, unrolledEnd: counted, rollBasis: 'reg-1182-71', pauseDaysAdded, pauseUnit: 'calendar-days' };
  }
  return { end: counted, pauseDaysAdded, pauseUnit: working ? 'working-days' : 'calendar-days' };
}
