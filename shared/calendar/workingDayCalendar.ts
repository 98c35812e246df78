import type { CalendarData, CalendarDayEntry, DayKind, HolidayName } from './calendarData';
import { type DayNumber, daysFromCivil, isWeekend, toDayNumber, yearOf } from './dayNumber';

// Per-day codes in the lookup table.
const WORKDAY = 0;
const REST_DAY = 1;
const HOLIDAY = 2;
const MAKE_UP_WORKDAY = 3;
const KIND_IDS: readonly DayKind[] = ['workday', 'rest-day', 'holiday', 'make-up-workday'];

/** The lookup table always covers at least these years; days outside it are computed on weekdays alone. */
const COVER_FROM_YEAR = 2000;
const COVER_TO_YEAR = 2100;

export interface SpecialDay {
  day: DayNumber;
  kind: 'holiday' | 'make-up-workday';
  entry: CalendarDayEntry;
}

/**
 * The mainland working-day calendar, compiled from CalendarData into a
 * per-day table and a running count of working days, so that "is this a
 * working day" and "how many working days between" are array look-ups: the
 * dashboard recomputes every open case at once.
 *
 * Rules (State Council notices): a listed holiday is not a working day; a
 * listed make-up day (调休上班) is one; otherwise Monday–Friday work and
 * Saturday–Sunday rest. A year with no published schedule is computed on
 * weekdays alone; callers flag it through `isPublishedYear`.
 *
 * Works on DayNumbers; `workingDays.ts` offers the same on LocalDates.
 * Assumes validated data (see `loadCalendar`): where a date is listed both
 * ways, the make-up listing wins.
 */
export class WorkingDayCalendar {
  readonly version: string;
  readonly data: CalendarData;
  private readonly firstDay: DayNumber;
  private readonly endDay: DayNumber;
  private readonly kinds: Uint8Array;
  /** cumulative[i] = working days in [firstDay, firstDay + i) */
  private readonly cumulative: Int32Array;
  private readonly publishedYears: ReadonlySet<number>;
  /** every listed day, sorted by day */
  private readonly specialDays: readonly SpecialDay[];
  private readonly specialByDay: ReadonlyMap<DayNumber, SpecialDay>;

  constructor(data: CalendarData) {
    this.version = data.version;
    this.data = data;
    const yearKeys = Object.keys(data.years).map(Number);
    const fromYear = Math.min(COVER_FROM_YEAR, ...yearKeys);
    const toYear = Math.max(COVER_TO_YEAR, ...yearKeys);
    this.firstDay = daysFromCivil(fromYear, 1, 1);
    this.endDay = daysFromCivil(toYear + 1, 1, 1);
    const span = this.endDay - this.firstDay;

    this.kinds = new Uint8Array(span);
    for (let i = 0; i < span; i++) this.kinds[i] = isWeekend(this.firstDay + i) ? REST_DAY : WORKDAY;

    const special: SpecialDay[] = [];
    const published = new Set<number>();
    for (const [key, year] of Object.entries(data.years)) {
      if (year.published) published.add(Number(key));
      for (const entry of year.holidays) special.push({ day: toDayNumber(entry.date), kind: 'holiday', entry });
      for (const entry of year.makeUpWorkdays) special.push({ day: toDayNumber(entry.date), kind: 'make-up-workday', entry });
    }
    // holidays first, so a make-up listing of the same day (invalid data) overrides it
    special.sort((a, b) => a.day - b.day || (a.kind === b.kind ? 0 : a.kind === 'holiday' ? -1 : 1));
    const byDay = new Map<DayNumber, SpecialDay>();
    for (const s of special) {
      this.kinds[s.day - this.firstDay] = s.kind === 'holiday' ? HOLIDAY : MAKE_UP_WORKDAY;
      byDay.set(s.day, s);
    }
    this.specialDays = [...byDay.values()].sort((a, b) => a.day - b.day);
    this.specialByDay = byDay;
    this.publishedYears = published;

    this.cumulative = new Int32Array(span + 1);
    for (let i = 0; i < span; i++) {
      const k = this.kinds[i];
      this.cumulative[i + 1] = (this.cumulative[i] ?? 0) + (k === WORKDAY || k === MAKE_UP_WORKDAY ? 1 : 0);
    }
  }

  private kindCode(day: DayNumber): number {
    if (day >= this.firstDay && day < this.endDay) return this.kinds[day - this.firstDay] ?? WORKDAY;
    return isWeekend(day) ? REST_DAY : WORKDAY;
  }

  kindOfDay(day: DayNumber): DayKind {
    return KIND_IDS[this.kindCode(day)] ?? 'workday';
  }

  isWorking(day: DayNumber): boolean {
    const k = this.kindCode(day);
    return k === WORKDAY || k === MAKE_UP_WORKDAY;
  }

  /** The listing of a holiday or make-up day, if the day is listed. */
  specialDay(day: DayNumber): SpecialDay | undefined {
    return this.specialByDay.get(day);
  }

  holidayName(day: DayNumber): HolidayName | undefined {
    return this.specialByDay.get(day)?.entry.name;
  }

  isPublishedYear(year: number): boolean {
    return this.publishedYears.has(year);
  }

  /** Working days in [firstDay, day), extended outside the table by counting weekdays. */
  private workingDaysBefore(day: DayNumber): number {
    if (day < this.firstDay) return -weekdaysIn(day, this.firstDay);
    if (day <= this.endDay) return this.cumulative[day - this.firstDay] ?? 0;
    return (this.cumulative[this.endDay - this.firstDay] ?? 0) + weekdaysIn(this.endDay, day);
  }

  /**
   * Working days d with from < d ≤ to (民法典 201: the first day does not
   * count); negative, counted the same way backwards, when to < from.
   */
  workingDaysIn(from: DayNumber, to: DayNumber): number {
    return this.workingDaysBefore(to + 1) - this.workingDaysBefore(from + 1);
  }

  /**
   * The count-th working day after `day` (the day itself not counted); for a
   * negative count the |count|-th working day before it; `day` itself for 0.
   */
  nthWorkingDayAfter(day: DayNumber, count: number): DayNumber {
    let d = day;
    if (count >= 0) {
      for (let left = count; left > 0; ) {
        d++;
        if (this.isWorking(d)) left--;
      }
    } else {
      for (let left = -count; left > 0; ) {
        d--;
        if (this.isWorking(d)) left--;
      }
    }
    return d;
  }

  /** `day` if it is a working day, else the next one (民法典 203 roll-forward). */
  firstWorkingDayFrom(day: DayNumber): DayNumber {
    let d = day;
    while (!this.isWorking(d)) d++;
    return d;
  }

  /** Years touched by [from, to] (either order) that have no published schedule. */
  unpublishedYearsIn(from: DayNumber, to: DayNumber): number[] {
    const a = yearOf(Math.min(from, to));
    const b = yearOf(Math.max(from, to));
    const out: number[] = [];
    for (let y = a; y <= b; y++) if (!this.publishedYears.has(y)) out.push(y);
    return out;
  }

  /** Listed holidays and make-up days with from < day ≤ to, in date order. */
  specialDaysIn(from: DayNumber, to: DayNumber): SpecialDay[] {
    const list = this.specialDays;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid]?.day ?? Infinity) <= from) lo = mid + 1;
      else hi = mid;
    }
    const out: SpecialDay[] = [];
    for (let i = lo; i < list.length; i++) {
      const s = list[i];
      if (!s || s.day > to) break;
      out.push(s);
    }
    return out;
  }
}

/** Monday–Friday days in [from, to). */
function weekdaysIn(from: DayNumber, to: DayNumber): number {
  if (to <= from) return 0;
  const days = to - from;
  let count = Math.floor(days / 7) * 5;
  for (let d = from + Math.floor(days / 7) * 7; d < to; d++) if (!isWeekend(d)) count++;
  return count;
}
