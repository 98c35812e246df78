import ICAL from 'ical.js';
import { SHANGHAI_OFFSET_MS } from '../domain/time';
import type { CalendarData, CalendarDayEntry, CalendarYear, HolidayName } from './calendarData';
import { type CalendarChange, type CalendarChangeOptions, finishCalendarChange } from './calendarEdits';
import type { CalendarIssue } from './calendarValidation';
import { type DayNumber, daysFromCivil, fromDayNumber } from './dayNumber';
import { festivalName } from './festivalNames';

/**
 * Reading the State Council schedule from an iCalendar (.ics) file, read by
 * ical.js (RFC 5545: unfolding, escapes, parameters), as the common holiday
 * feeds publish it: one all-day VEVENT per block of days,
 * `DTEND` exclusive (RFC 5545 3.6.1), told apart as days off or make-up
 * working days by Apple's `X-APPLE-SPECIAL-DAY` (WORK-HOLIDAY /
 * ALTERNATE-WORKDAY) or, failing that, by the summary's wording
 * (`国庆节(休)`, `国庆节(班)`, `春节 假期 第1天/共8天`, `春节 补班`,
 * `National Day(Workday)`…).
 */

/** No State Council holiday block is longer than this; a longer event is not one. */
const MAX_EVENT_DAYS = 31;

export interface IcsSchedule {
  /** per year found in the file, the days it lists (not yet validated) */
  years: Record<string, { holidays: CalendarDayEntry[]; makeUpWorkdays: CalendarDayEntry[] }>;
  issues: CalendarIssue[];
}

/** An event's properties as ical.js read them: TEXT unescaped, dates as ICAL.Time, durations as ICAL.Duration. */
interface IcsEvent {
  summary: string;
  description: string;
  appleSpecialDay?: string;
  start?: ICAL.Time;
  /** DTSTART's text as written, for the message when it is no real date */
  startText: string;
  end?: ICAL.Time;
  duration?: ICAL.Duration;
}

/**
 * The Shanghai day of a DATE or DATE-TIME value, and whether it was exactly
 * midnight (an exclusive end at midnight ends the day before). A UTC time
 * (`…Z`) is moved to Shanghai; a floating or TZID time is taken as Shanghai
 * wall-clock time, which is what Chinese holiday feeds mean.
 */
function shanghaiDayOf(time: ICAL.Time): { day: DayNumber; midnight: boolean } {
  const { year, month, day } = time;
  if (time.isDate) return { day: daysFromCivil(year, month, day), midnight: true };
  const seconds = time.hour * 3600 + time.minute * 60 + time.second;
  if (time.zone === ICAL.Timezone.utcTimezone) {
    const ms = Date.UTC(year, month - 1, day) + seconds * 1000 + SHANGHAI_OFFSET_MS;
    return { day: Math.floor(ms / 86_400_000), midnight: ms % 86_400_000 === 0 };
  }
  return { day: daysFromCivil(year, month, day), midnight: seconds === 0 };
}

/** ical.js rolls 20260230 on to 2 March: the day it read must be the day written. */
function isRealDate(time: ICAL.Time, written: string): boolean {
  const read = `${time.year}${String(time.month).padStart(2, '0')}${String(time.day).padStart(2, '0')}`;
  return written.trim().slice(0, 8) === read;
}

const MAKE_UP_WORDING = /补班|上班|调休日|[（(]\s*班\s*[)）]|^\s*班\s*$|work ?day|working day|make-?up/i;
const HOLIDAY_WORDING = /[（(]\s*休\s*[)）]|^\s*休\s*$|假|休息|holiday|day off|rest day/i;
const NAME_NOISE = /[（(]\s*(?:休|班|holiday|workday|working day|rest day)\s*[)）]|第\s*\d+\s*天\s*\/\s*共\s*\d+\s*天|假期|放假|补班|上班|调休|休息|\b(?:holiday|workday|working day|make-?up day)\b/gi;

function eventKind(event: IcsEvent): 'holiday' | 'make-up-workday' | undefined {
  const apple = event.appleSpecialDay?.trim().toUpperCase();
  if (apple === 'WORK-HOLIDAY') return 'holiday';
  if (apple === 'ALTERNATE-WORKDAY') return 'make-up-workday';
  const text = `${event.summary}\n${event.description}`;
  // make-up wording first: 调休上班 contains 休
  if (MAKE_UP_WORDING.test(text)) return 'make-up-workday';
  if (HOLIDAY_WORDING.test(text)) return 'holiday';
  return undefined;
}

function eventName(summary: string, kind: 'holiday' | 'make-up-workday'): HolidayName {
  const bare = summary.replace(NAME_NOISE, ' ').replace(/\s+/g, ' ').trim();
  if (bare) return festivalName(bare);
  return kind === 'holiday' ? { zh: '法定节假日', en: 'Public holiday' } : { zh: '调休上班', en: 'Make-up working day' };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The VEVENTs of every VCALENDAR in the file, read by ical.js; undefined when the file is no calendar. */
function readEvents(source: string): IcsEvent[] | undefined {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(source.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  // one calendar is a jCal array; several come as an array of them
  const roots = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : Array.isArray(parsed) ? parsed : []) as unknown[][];
  const calendars = roots.map((jcal) => new ICAL.Component(jcal)).filter((c) => c.name === 'vcalendar');
  if (calendars.length === 0) return undefined;
  return calendars.flatMap((calendar) =>
    calendar.getAllSubcomponents('vevent').map((vevent) => {
      const value = (name: string) => {
        try {
          return vevent.getFirstPropertyValue(name);
        } catch {
          return undefined; // a value ical.js cannot read counts as missing
        }
      };
      const start = value('dtstart');
      const end = value('dtend');
      const duration = value('duration');
      const apple = text(value('x-apple-special-day'));
      return {
        summary: text(value('summary')).trim(),
        description: text(value('description')),
        ...(apple ? { appleSpecialDay: apple } : {}),
        ...(start instanceof ICAL.Time ? { start } : {}),
        startText: vevent.getFirstProperty('dtstart')?.toICALString().replace(/^[^:]*:/, '') ?? '',
        ...(end instanceof ICAL.Time ? { end } : {}),
        ...(duration instanceof ICAL.Duration ? { duration } : {}),
      };
    }),
  );
}

/** The days an .ics file lists, by year, with what could not be read. */
export function parseHolidayIcs(source: string): IcsSchedule {
  const issues: CalendarIssue[] = [];
  const years: IcsSchedule['years'] = {};
  const events = readEvents(source);
  if (!events) return { years, issues: [{ code: 'ics-not-a-calendar', severity: 'error' }] };
  const seen = new Set<string>();
  for (const event of events) readEvent(event, years, seen, issues);
  const byDate = (a: CalendarDayEntry, b: CalendarDayEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  for (const y of Object.values(years)) {
    y.holidays.sort(byDate);
    y.makeUpWorkdays.sort(byDate);
  }
  if (Object.keys(years).length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push({ code: 'ics-no-days', severity: 'error' });
  }
  return { years, issues };
}

function readEvent(event: IcsEvent, years: IcsSchedule['years'], seen: Set<string>, issues: CalendarIssue[]): void {
  const detail = event.summary.slice(0, 100);
  if (!event.start || !isRealDate(event.start, event.startText)) {
    issues.push({ code: event.startText ? 'invalid-date' : 'ics-event-without-date', severity: 'error', detail: detail || event.startText.slice(0, 40) });
    return;
  }
  const start = shanghaiDayOf(event.start);
  const kind = eventKind(event);
  if (!kind) {
    // a feed may carry other events (节气, observances): they are not part of the schedule
    issues.push({ code: 'ics-event-kind-unknown', severity: 'warning', date: fromDayNumber(start.day), detail });
    return;
  }
  let last = start.day;
  if (event.end) {
    const end = shanghaiDayOf(event.end);
    last = end.midnight ? end.day - 1 : end.day;
  } else if (event.duration && !event.duration.isNegative) {
    last = start.day + event.duration.weeks * 7 + event.duration.days - 1;
  }
  if (last < start.day) last = start.day;
  if (last - start.day + 1 > MAX_EVENT_DAYS) {
    issues.push({ code: 'ics-event-too-long', severity: 'error', date: fromDayNumber(start.day), detail });
    return;
  }
  const name = eventName(event.summary, kind);
  for (let day = start.day; day <= last; day++) {
    const date = fromDayNumber(day);
    if (seen.has(`${kind} ${date}`)) continue; // overlapping events of one kind: the first names the day
    seen.add(`${kind} ${date}`);
    const year = (years[date.slice(0, 4)] ??= { holidays: [], makeUpWorkdays: [] });
    (kind === 'holiday' ? year.holidays : year.makeUpWorkdays).push({ date, name });
  }
}

export interface IcsImportOptions extends CalendarChangeOptions {
  /** take only these years from the file (a feed may carry years already in the calendar) */
  onlyYears?: readonly number[];
}

/**
 * A new calendar from the current one and an .ics file: every year the file
 * lists replaces that year's schedule and counts as published. The result is
 * validated (a make-up day on a weekday, a day both off and worked… refuse
 * the import); compare it with `diffCalendars` before saving it.
 */
export function importHolidayIcs(current: CalendarData, text: string, options: IcsImportOptions = {}): CalendarChange {
  const parsed = parseHolidayIcs(text);
  const errors = parsed.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: parsed.issues };
  const years: Record<string, CalendarYear> = { ...current.years };
  let taken = 0;
  for (const [key, days] of Object.entries(parsed.years)) {
    if (options.onlyYears && !options.onlyYears.includes(Number(key))) continue;
    years[key] = { published: true, holidays: days.holidays, makeUpWorkdays: days.makeUpWorkdays };
    taken++;
  }
  if (taken === 0) return { ok: false, issues: [...parsed.issues, { code: 'ics-no-days', severity: 'error' }] };
  const result = finishCalendarChange(current, years, options);
  if (!result.ok) return { ok: false, issues: [...parsed.issues, ...result.issues] };
  return { ok: true, data: result.data, warnings: [...parsed.issues, ...result.warnings] };
}
