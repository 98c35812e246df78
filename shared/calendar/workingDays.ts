import type { LocalDate } from '../domain/time';
import type { CalendarDayEntry, DayKind, HolidayName } from './calendarData';
import { daysInMonth, daysFromCivil, fromDayNumber, toDayNumber, weekdayOf } from './dayNumber';
import type { WorkingDayCalendar } from './workingDayCalendar';

/**
 * The working-day calendar on LocalDates, for screens and for anything that
 * is not the engine's hot path. A result touching a year without a published
 * schedule says so in `unpublishedYears` (SPEC §3: shown with a warning).
 */

export interface CalendarAnswer<T> {
  value: T;
  /** years the answer depends on whose State Council schedule is not in the calendar */
  unpublishedYears: number[];
}

export function isWorkingDay(calendar: WorkingDayCalendar, date: LocalDate): boolean {
  return calendar.isWorking(toDayNumber(date));
}

export function dayKind(calendar: WorkingDayCalendar, date: LocalDate): DayKind {
  return calendar.kindOfDay(toDayNumber(date));
}

export function holidayName(calendar: WorkingDayCalendar, date: LocalDate): HolidayName | undefined {
  return calendar.holidayName(toDayNumber(date));
}

/** 民法典 201: the day itself does not count; the n-th working day after it. */
export function addWorkingDays(calendar: WorkingDayCalendar, date: LocalDate, n: number): CalendarAnswer<LocalDate> {
  const from = toDayNumber(date);
  const to = calendar.nthWorkingDayAfter(from, n);
  return { value: fromDayNumber(to), unpublishedYears: calendar.unpublishedYearsIn(from, to) };
}

/** 民法典 203: a day that is not a working day gives way to the next working day. */
export function nextWorkingDayOnOrAfter(calendar: WorkingDayCalendar, date: LocalDate): CalendarAnswer<LocalDate> {
  const from = toDayNumber(date);
  const to = calendar.firstWorkingDayFrom(from);
  return { value: fromDayNumber(to), unpublishedYears: calendar.unpublishedYearsIn(from, to) };
}

/** Working days d with from < d ≤ to; negative when `to` is before `from`. */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: LocalDate, to: LocalDate): CalendarAnswer<number> {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  return { value: calendar.workingDaysIn(a, b), unpublishedYears: calendar.unpublishedYearsIn(a, b) };
}

export function isPublishedYear(calendar: WorkingDayCalendar, year: number): boolean {
  return calendar.isPublishedYear(year);
}

/** Listed holidays and make-up days with from < date ≤ to. */
export function specialDaysBetween(
  calendar: WorkingDayCalendar,
  from: LocalDate,
  to: LocalDate,
): { holidays: CalendarDayEntry[]; makeUpWorkdays: CalendarDayEntry[] } {
  const holidays: CalendarDayEntry[] = [];
  const makeUpWorkdays: CalendarDayEntry[] = [];
  for (const s of calendar.specialDaysIn(toDayNumber(from), toDayNumber(to))) {
    (s.kind === 'holiday' ? holidays : makeUpWorkdays).push(s.entry);
  }
  return { holidays, makeUpWorkdays };
}

export interface MonthDay {
  date: LocalDate;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  kind: DayKind;
  name?: HolidayName;
}

/** Every day of a month with its kind, for the dashboard's month calendar. */
export function monthDays(calendar: WorkingDayCalendar, year: number, month: number): CalendarAnswer<MonthDay[]> {
  const first = daysFromCivil(year, month, 1);
  const days: MonthDay[] = [];
  for (let i = 0; i < daysInMonth(year, month); i++) {
    const day = first + i;
    const name = calendar.holidayName(day);
    const kind = calendar.kindOfDay(day);
    days.push({ date: fromDayNumber(day), weekday: weekdayOf(day), kind, ...(name ? { name } : {}) });
  }
  return { value: days, unpublishedYears: calendar.isPublishedYear(year) ? [] : [year] };
}
