import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import { instantFromShanghai, shanghaiDate, type Instant, type LocalDate } from '../domain/time';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * An hour clock: `hours` after `start`, counted continuously. SPEC §5: hour
 * clocks run through nights, weekends and holidays alike (the reporting
 * measures' 4 hours and GDPR's 72 hours are elapsed time, not office hours).
 */
export function hoursAfter(start: Instant, hours: number): Instant {
  return new Date(Date.parse(start) + hours * HOUR_MS).toISOString();
}

export interface DayPeriodEnd {
  /** the last day of the period, after 民法典 203 moved it off a rest day or holiday */
  lastDay: LocalDate;
  /** the period ends at 24:00 of the last day (民法典 203 ¶2), i.e. the next day's 00:00 in Shanghai */
  dueAt: Instant;
  /** the day the count reached before it was moved, when it was */
  countedDay?: LocalDate;
  /** years the answer depends on that have no published State Council schedule (SPEC §3: shown with a warning) */
  unpublishedYears: number[];
}

/**
 * A period of calendar days (日) starting from an event, for the 30-day
 * summary report after handling ends. The reporting measures say 30日, not
 * 30个工作日 (their 2023 draft said 5个工作日 and the final text changed the
 * unit), so the days are calendar days, counted as the civil code counts
 * every period in days, and as the app counts every other deadline
 * (SPEC §3): 民法典 201, the day of the event does not count; 民法典 203, a
 * last day that is a holiday or rest day gives way to the next working day,
 * and the period ends at its 24:00.
 */
export function calendarDaysAfter(calendar: WorkingDayCalendar, start: Instant, days: number): DayPeriodEnd {
  const from = toDayNumber(shanghaiDate(start));
  const counted = from + days;
  const last = calendar.firstWorkingDayFrom(counted);
  const lastDay = fromDayNumber(last);
  return {
    lastDay,
    dueAt: instantFromShanghai(fromDayNumber(last + 1)),
    ...(last !== counted ? { countedDay: fromDayNumber(counted) } : {}),
    unpublishedYears: calendar.unpublishedYearsIn(from, last),
  };
}

/** Time left (or overdue) in whole hours and minutes, for the live countdown. */
export interface Countdown {
  late: boolean;
  hours: number;
  minutes: number;
}

/**
 * Whole minutes, rounded towards the deadline's side that warns: time left
 * is rounded down (never shows more time than there is), time overdue is
 * rounded up (one second late already shows a minute).
 */
export function countdown(dueAt: Instant, nowMs: number): Countdown {
  const diff = Date.parse(dueAt) - nowMs;
  const late = diff < 0;
  const minutesTotal = late ? Math.ceil(-diff / MINUTE_MS) : Math.floor(diff / MINUTE_MS);
  return { late, hours: Math.floor(minutesTotal / 60), minutes: minutesTotal % 60 };
}

/** Time since an instant in whole hours and minutes (for obligations due "immediately"). */
export function elapsedSince(start: Instant, nowMs: number): { hours: number; minutes: number } {
  const minutesTotal = Math.max(0, Math.floor((nowMs - Date.parse(start)) / MINUTE_MS));
  return { hours: Math.floor(minutesTotal / 60), minutes: minutesTotal % 60 };
}
