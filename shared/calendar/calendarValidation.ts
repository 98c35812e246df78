import type { LocalDate } from '../domain/time';
import { type CalendarData, calendarDataSchema } from './calendarData';
import { isLocalDate, isWeekend, toDayNumber } from './dayNumber';
import { WorkingDayCalendar } from './workingDayCalendar';

/**
 * What can be wrong with a calendar, as stable codes: the Settings screen
 * shows each through `deadlines.calendarIssue.<code>` in the user's language.
 */
export const calendarIssueCodes = [
  // the calendar itself
  'invalid-structure',
  'invalid-year',
  'invalid-date',
  'date-outside-year',
  'duplicate-date',
  'make-up-not-weekend',
  'holiday-and-make-up',
  'year-without-holidays',
  // reading an .ics file
  'ics-not-a-calendar',
  'ics-no-days',
  'ics-event-without-date',
  'ics-event-kind-unknown',
  'ics-event-too-long',
] as const;
export type CalendarIssueCode = (typeof calendarIssueCodes)[number];

export interface CalendarIssue {
  code: CalendarIssueCode;
  /** an error blocks the import or edit; a warning is shown in the preview */
  severity: 'error' | 'warning';
  date?: LocalDate;
  year?: string;
  /** the offending text, for the log and the preview (never personal data: calendars hold none) */
  detail?: string;
}

export function hasErrors(issues: readonly CalendarIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * The checks a schedule must pass before deadlines count on it:
 * - every date real and inside the year it is filed under;
 * - 调休: a make-up working day is a weekend day (a weekday is a working day anyway, so listing one means a typo);
 * - no day is both a holiday and a make-up day;
 * - no day listed twice.
 * A year without any holiday is suspicious (every notice has New Year's Day) and warned about.
 */
export function validateCalendarData(data: CalendarData): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  for (const [year, schedule] of Object.entries(data.years)) {
    if (!/^\d{4}$/.test(year)) {
      issues.push({ code: 'invalid-year', severity: 'error', detail: year.slice(0, 20) });
      continue;
    }
    const holidays = new Set<string>();
    for (const entry of schedule.holidays) {
      if (!checkDate(entry.date, year, issues)) continue;
      if (holidays.has(entry.date)) issues.push({ code: 'duplicate-date', severity: 'error', date: entry.date, year });
      holidays.add(entry.date);
    }
    const makeUps = new Set<string>();
    for (const entry of schedule.makeUpWorkdays) {
      if (!checkDate(entry.date, year, issues)) continue;
      if (makeUps.has(entry.date)) issues.push({ code: 'duplicate-date', severity: 'error', date: entry.date, year });
      makeUps.add(entry.date);
      if (!isWeekend(toDayNumber(entry.date))) {
        issues.push({ code: 'make-up-not-weekend', severity: 'error', date: entry.date, year });
      }
      if (holidays.has(entry.date)) issues.push({ code: 'holiday-and-make-up', severity: 'error', date: entry.date, year });
    }
    if (schedule.published && schedule.holidays.length === 0) {
      issues.push({ code: 'year-without-holidays', severity: 'warning', year });
    }
  }
  return issues;
}

function checkDate(date: string, year: string, issues: CalendarIssue[]): boolean {
  if (!isLocalDate(date)) {
    issues.push({ code: 'invalid-date', severity: 'error', year, detail: date.slice(0, 40) });
    return false;
  }
  if (!date.startsWith(`${year}-`)) {
    issues.push({ code: 'date-outside-year', severity: 'error', date, year });
    return false;
  }
  return true;
}

export type LoadedCalendar =
  | { ok: true; calendar: WorkingDayCalendar; warnings: CalendarIssue[] }
  | { ok: false; issues: CalendarIssue[] };

/**
 * Calendar data from storage or a file, parsed, validated and compiled. The
 * renderer calls this once at start and after every accepted change.
 */
export function loadCalendar(input: unknown): LoadedCalendar {
  const parsed = calendarDataSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      issues: [{ code: 'invalid-structure', severity: 'error', detail: first ? `${first.path.join('.')}: ${first.message}` : undefined }],
    };
  }
  const issues = validateCalendarData(parsed.data);
  if (hasErrors(issues)) return { ok: false, issues };
  return { ok: true, calendar: new WorkingDayCalendar(parsed.data), warnings: issues };
}
