import type { LocalDate } from '../domain/time';
import type { CalendarData, CalendarDayEntry, CalendarYear, HolidayName } from './calendarData';
import { type CalendarIssue, hasErrors, validateCalendarData } from './calendarValidation';
import { isLocalDate } from './dayNumber';

/**
 * Changing the calendar without a new release (SPEC §3): every change gives
 * a new CalendarData with a new version, or the reasons it was refused. The
 * data passed in is never modified, so the Settings screen can preview a
 * change (`diffCalendars`) and discard it.
 */
export type CalendarChange =
  | { ok: true; data: CalendarData; warnings: CalendarIssue[] }
  | { ok: false; issues: CalendarIssue[] };

/** One day set by hand in Settings. */
export type CalendarDayEdit =
  | { date: LocalDate; kind: 'holiday'; name: HolidayName }
  | { date: LocalDate; kind: 'make-up-workday'; name: HolidayName }
  /** no longer listed: a working day Monday–Friday, a rest day at the weekend */
  | { date: LocalDate; kind: 'ordinary' };

export interface CalendarChangeOptions {
  /** what to record as the data's source, e.g. `设置中手工修改 2027-01-01` */
  source?: string;
}

/**
 * `<latest published year>.<revision>`: the revision counts up with every
 * change; a newly published latest year starts again at `.1`.
 */
export function nextCalendarVersion(previous: string, next: CalendarData): string {
  const years = Object.entries(next.years);
  const published = years.filter(([, y]) => y.published).map(([k]) => Number(k));
  const latest = Math.max(0, ...(published.length > 0 ? published : years.map(([k]) => Number(k))));
  const m = /^(\d{4})\.(\d+)/.exec(previous);
  const prevYear = m ? Number(m[1]) : 0;
  const prevRevision = m ? Number(m[2]) : 0;
  if (prevYear >= latest && m) return `${prevYear}.${prevRevision + 1}`;
  return `${latest}.1`;
}

function byDate(a: CalendarDayEntry, b: CalendarDayEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Validates a changed calendar and gives it its new version. */
export function finishCalendarChange(previous: CalendarData, years: Record<string, CalendarYear>, options: CalendarChangeOptions): CalendarChange {
  const sorted: Record<string, CalendarYear> = {};
  for (const key of Object.keys(years).sort()) {
    const y = years[key];
    if (!y) continue;
    sorted[key] = { ...y, holidays: [...y.holidays].sort(byDate), makeUpWorkdays: [...y.makeUpWorkdays].sort(byDate) };
  }
  const draft: CalendarData = { version: previous.version, source: options.source ?? previous.source, years: sorted };
  const issues = validateCalendarData(draft);
  if (hasErrors(issues)) return { ok: false, issues };
  return { ok: true, data: { ...draft, version: nextCalendarVersion(previous.version, draft) }, warnings: issues };
}

/**
 * Sets one day. A day in a year the calendar does not have yet creates that
 * year as not published: one hand-entered day is not the State Council's
 * schedule, so the warning stays until `setYearPublished`.
 */
export function editCalendarDay(data: CalendarData, edit: CalendarDayEdit, options: CalendarChangeOptions = {}): CalendarChange {
  if (!isLocalDate(edit.date)) return { ok: false, issues: [{ code: 'invalid-date', severity: 'error', detail: edit.date.slice(0, 40) }] };
  const key = edit.date.slice(0, 4);
  const current: CalendarYear = data.years[key] ?? { published: false, holidays: [], makeUpWorkdays: [] };
  const holidays = current.holidays.filter((e) => e.date !== edit.date);
  const makeUpWorkdays = current.makeUpWorkdays.filter((e) => e.date !== edit.date);
  if (edit.kind === 'holiday') holidays.push({ date: edit.date, name: edit.name });
  if (edit.kind === 'make-up-workday') makeUpWorkdays.push({ date: edit.date, name: edit.name });
  return finishCalendarChange(data, { ...data.years, [key]: { ...current, holidays, makeUpWorkdays } }, options);
}

/** Marks a year's schedule as the published one (or takes that back). */
export function setYearPublished(data: CalendarData, year: number, published: boolean, options: CalendarChangeOptions = {}): CalendarChange {
  const key = String(year);
  const current: CalendarYear = data.years[key] ?? { published: false, holidays: [], makeUpWorkdays: [] };
  return finishCalendarChange(data, { ...data.years, [key]: { ...current, published } }, options);
}
