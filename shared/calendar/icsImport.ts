import { SHANGHAI_OFFSET_MS } from '../domain/time';
import type { CalendarData, CalendarDayEntry, CalendarYear, HolidayName } from './calendarData';
import { type CalendarChange, type CalendarChangeOptions, finishCalendarChange } from './calendarEdits';
import type { CalendarIssue } from './calendarValidation';
import { type DayNumber, daysFromCivil, fromDayNumber } from './dayNumber';
import { festivalName } from './festivalNames';

/**
 * Reading the State Council schedule from an iCalendar (.ics) file, as the
 * common holiday feeds publish it: one all-day VEVENT per block of days,
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

interface IcsProperty {
  name: string;
  params: string;
  value: string;
}

/** RFC 5545 3.1: a line starting with a space or tab continues the previous one. */
function unfold(text: string): string[] {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n');
}

function parseProperty(line: string): IcsProperty | undefined {
  const colon = line.indexOf(':');
  if (colon < 0) return undefined;
  const head = line.slice(0, colon);
  const semi = head.indexOf(';');
  return {
    name: (semi < 0 ? head : head.slice(0, semi)).toUpperCase(),
    params: semi < 0 ? '' : head.slice(semi + 1).toUpperCase(),
    value: line.slice(colon + 1),
  };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * The Shanghai day of a DATE or DATE-TIME value, and whether it was exactly
 * midnight (an exclusive end at midnight ends the day before). A UTC time
 * (`…Z`) is moved to Shanghai; a floating or TZID time is taken as Shanghai
 * wall-clock time, which is what Chinese holiday feeds mean.
 */
function parseIcsDate(value: string): { day: DayNumber; midnight: boolean } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  if (m[4] === undefined) return { day: daysFromCivil(y, mo, d), midnight: true };
  const seconds = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]);
  if (m[7] === 'Z') {
    const ms = Date.UTC(y, mo - 1, d) + seconds * 1000 + SHANGHAI_OFFSET_MS;
    const day = Math.floor(ms / 86_400_000);
    return { day, midnight: ms % 86_400_000 === 0 };
  }
  return { day: daysFromCivil(y, mo, d), midnight: seconds === 0 };
}

function isRealIcsDate(value: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return fromDayNumber(daysFromCivil(y, mo, d)) === `${m[1]}-${m[2]}-${m[3]}`;
}

const MAKE_UP_WORDING = /补班|上班|调休日|[（(]\s*班\s*[)）]|^\s*班\s*$|work ?day|working day|make-?up/i;
const HOLIDAY_WORDING = /[（(]\s*休\s*[)）]|^\s*休\s*$|假|休息|holiday|day off|rest day/i;
const NAME_NOISE = /[（(]\s*(?:休|班|holiday|workday|working day|rest day)\s*[)）]|第\s*\d+\s*天\s*\/\s*共\s*\d+\s*天|假期|放假|补班|上班|调休|休息|\b(?:holiday|workday|working day|make-?up day)\b/gi;

function eventKind(props: IcsProperty[]): 'holiday' | 'make-up-workday' | undefined {
  const apple = props.find((p) => p.name === 'X-APPLE-SPECIAL-DAY')?.value.trim().toUpperCase();
  if (apple === 'WORK-HOLIDAY') return 'holiday';
  if (apple === 'ALTERNATE-WORKDAY') return 'make-up-workday';
  const text = ['SUMMARY', 'DESCRIPTION'].map((n) => unescapeText(props.find((p) => p.name === n)?.value ?? '')).join('\n');
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

function durationDays(props: IcsProperty[]): number | undefined {
  const m = /^P(?:(\d+)W|(\d+)D)$/.exec(props.find((p) => p.name === 'DURATION')?.value.trim() ?? '');
  if (!m) return undefined;
  return m[1] ? Number(m[1]) * 7 : Number(m[2]);
}

/** The days an .ics file lists, by year, with what could not be read. */
export function parseHolidayIcs(text: string): IcsSchedule {
  const issues: CalendarIssue[] = [];
  const years: IcsSchedule['years'] = {};
  const lines = unfold(text);
  if (!lines.some((l) => l.trim().toUpperCase() === 'BEGIN:VCALENDAR')) {
    return { years, issues: [{ code: 'ics-not-a-calendar', severity: 'error' }] };
  }
  const seen = new Set<string>();
  let event: IcsProperty[] | undefined;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VEVENT') event = [];
    else if (upper === 'END:VEVENT' && event) {
      readEvent(event, years, seen, issues);
      event = undefined;
    } else if (event) {
      const prop = parseProperty(line);
      if (prop) event.push(prop);
    }
  }
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

function readEvent(
  props: IcsProperty[],
  years: IcsSchedule['years'],
  seen: Set<string>,
  issues: CalendarIssue[],
): void {
  const summary = unescapeText(props.find((p) => p.name === 'SUMMARY')?.value ?? '').trim();
  const detail = summary.slice(0, 100);
  const startValue = props.find((p) => p.name === 'DTSTART')?.value ?? '';
  const start = parseIcsDate(startValue);
  if (!start || !isRealIcsDate(startValue)) {
    issues.push({ code: startValue ? 'invalid-date' : 'ics-event-without-date', severity: 'error', detail: detail || startValue.slice(0, 40) });
    return;
  }
  const kind = eventKind(props);
  if (!kind) {
    // a feed may carry other events (节气, observances): they are not part of the schedule
    issues.push({ code: 'ics-event-kind-unknown', severity: 'warning', date: fromDayNumber(start.day), detail });
    return;
  }
  let last = start.day;
  const endValue = props.find((p) => p.name === 'DTEND')?.value;
  const end = endValue ? parseIcsDate(endValue) : undefined;
  if (end) last = end.midnight ? end.day - 1 : end.day;
  else {
    const days = durationDays(props);
    if (days !== undefined) last = start.day + days - 1;
  }
  if (last < start.day) last = start.day;
  if (last - start.day + 1 > MAX_EVENT_DAYS) {
    issues.push({ code: 'ics-event-too-long', severity: 'error', date: fromDayNumber(start.day), detail });
    return;
  }
  const name = eventName(summary, kind);
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
