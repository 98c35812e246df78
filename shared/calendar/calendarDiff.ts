import type { LocalDate } from '../domain/time';
import type { CalendarData, DayKind, HolidayName } from './calendarData';
import { isWeekend, toDayNumber } from './dayNumber';

/** How one day reads before and after a calendar change. */
export interface CalendarDayChange {
  date: LocalDate;
  before: DayKind;
  after: DayKind;
  beforeName?: HolidayName;
  afterName?: HolidayName;
  /** whether the day went from working to not working or back (what moves deadlines) */
  workingChanged: boolean;
}

export interface CalendarDiff {
  fromVersion: string;
  toVersion: string;
  /** in date order; a day whose only change is its name is included with workingChanged false */
  changes: CalendarDayChange[];
  yearsPublished: string[];
  yearsUnpublished: string[];
}

function listing(data: CalendarData): Map<LocalDate, { kind: DayKind; name: HolidayName }> {
  const out = new Map<LocalDate, { kind: DayKind; name: HolidayName }>();
  for (const year of Object.values(data.years)) {
    for (const e of year.holidays) out.set(e.date, { kind: 'holiday', name: e.name });
    for (const e of year.makeUpWorkdays) out.set(e.date, { kind: 'make-up-workday', name: e.name });
  }
  return out;
}

const working = (kind: DayKind) => kind === 'workday' || kind === 'make-up-workday';

/** Which days a change to the calendar alters: the preview on the Settings screen. */
export function diffCalendars(before: CalendarData, after: CalendarData): CalendarDiff {
  const a = listing(before);
  const b = listing(after);
  const dates = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: CalendarDayChange[] = [];
  for (const date of dates) {
    const ordinary: DayKind = isWeekend(toDayNumber(date)) ? 'rest-day' : 'workday';
    const was = a.get(date);
    const now = b.get(date);
    const beforeKind = was?.kind ?? ordinary;
    const afterKind = now?.kind ?? ordinary;
    const sameName = was?.name.zh === now?.name.zh && was?.name.en === now?.name.en;
    if (beforeKind === afterKind && sameName) continue;
    changes.push({
      date,
      before: beforeKind,
      after: afterKind,
      ...(was ? { beforeName: was.name } : {}),
      ...(now ? { afterName: now.name } : {}),
      workingChanged: working(beforeKind) !== working(afterKind),
    });
  }
  const published = (d: CalendarData) => new Set(Object.entries(d.years).filter(([, y]) => y.published).map(([k]) => k));
  const pa = published(before);
  const pb = published(after);
  return {
    fromVersion: before.version,
    toVersion: after.version,
    changes,
    yearsPublished: [...pb].filter((y) => !pa.has(y)).sort(),
    yearsUnpublished: [...pa].filter((y) => !pb.has(y)).sort(),
  };
}

/**
 * The first day whose working status a change alters (undefined: none does).
 * A legal due date counts forward from its start and ends at its last day
 * (民法典 201, 203), so a change on a later day cannot move it: only cases
 * due on or after this day need recomputing.
 */
export function firstWorkingChange(before: CalendarData, after: CalendarData): LocalDate | undefined {
  return diffCalendars(before, after).changes.find((c) => c.workingChanged)?.date;
}
