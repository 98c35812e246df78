import {
  type CalendarChange,
  type CalendarData,
  type CalendarDiff,
  type CalendarIssue,
  diffCalendars,
  loadCalendar,
  SHIPPED_CALENDAR_DATA,
  type WorkingDayCalendar,
} from '../../../../shared/calendar';
import { importHolidayIcs, parseHolidayIcs } from '../../../../shared/calendar/icsImport';
import type { LocalDate } from '../../../../shared/domain/time';

/**
 * The preview model of a calendar change in Settings (SPEC §3: import or
 * edit, validate, preview, then apply). It is computed from the calendar in
 * force and the proposed change, never stored: "Apply" writes `after`, and
 * only if the calendar in force is still `before`.
 */

/** What the officer asked for, so the preview can say it back. */
export type CalendarChangeOrigin =
  | { kind: 'import'; fileName: string }
  | { kind: 'edit-day'; date: LocalDate }
  | { kind: 'publish'; year: number; published: boolean }
  | { kind: 'restore-shipped' };

export interface ReadyProposal {
  status: 'ready';
  origin: CalendarChangeOrigin;
  before: CalendarData;
  after: CalendarData;
  /** `after` compiled, for the month view of the preview */
  calendar: WorkingDayCalendar;
  diff: CalendarDiff;
  warnings: CalendarIssue[];
  /** days that stop being working days (a new holiday, a make-up day removed) */
  toNonWorking: number;
  /** days that become working days */
  toWorking: number;
  /** days whose kind is unchanged and only the name differs */
  renamed: number;
  /** the months (YYYY-MM) the changed days lie in, in order: the preview opens the first */
  months: string[];
}

export type CalendarProposal =
  | ReadyProposal
  /** the change failed validation: errors (first) and warnings; nothing may be applied */
  | { status: 'refused'; origin: CalendarChangeOrigin; issues: CalendarIssue[] }
  /** valid, but the calendar would read exactly as it does now */
  | { status: 'no-change'; origin: CalendarChangeOrigin; warnings: CalendarIssue[] };

const errorsFirst = (issues: readonly CalendarIssue[]) =>
  [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));

export function proposeCalendarChange(
  before: CalendarData,
  change: CalendarChange,
  origin: CalendarChangeOrigin,
  /** the stored calendar cannot be read and `before` is the shipped one standing in: writing is a change even if no day differs */
  storedUnreadable = false,
): CalendarProposal {
  if (!change.ok) return { status: 'refused', origin, issues: errorsFirst(change.issues) };
  // the change functions validate already; compiling proves the data loads as deadlines will load it
  const loaded = loadCalendar(change.data);
  if (!loaded.ok) return { status: 'refused', origin, issues: errorsFirst([...change.warnings, ...loaded.issues]) };
  const diff = diffCalendars(before, change.data);
  const daysUnchanged = diff.changes.length === 0 && diff.yearsPublished.length === 0 && diff.yearsUnpublished.length === 0;
  // restoring may be wanted for the version label alone (an edit and its undo leave 2026.3 reading like 2026.1)
  const sameRecord = before.version === change.data.version && before.source === change.data.source;
  if (daysUnchanged && !storedUnreadable && (origin.kind !== 'restore-shipped' || sameRecord)) {
    return { status: 'no-change', origin, warnings: change.warnings };
  }
  const working = diff.changes.filter((c) => c.workingChanged);
  const toNonWorking = working.filter((c) => c.after === 'holiday' || c.after === 'rest-day').length;
  return {
    status: 'ready',
    origin,
    before,
    after: change.data,
    calendar: loaded.calendar,
    diff,
    warnings: change.warnings,
    toNonWorking,
    toWorking: working.length - toNonWorking,
    renamed: diff.changes.length - working.length,
    months: [...new Set(diff.changes.map((c) => c.date.slice(0, 7)))],
  };
}

/** Back to the calendar this release ships with (also the way out when the stored calendar cannot be read). */
export function proposeRestoreShipped(before: CalendarData, storedUnreadable = false): CalendarProposal {
  return proposeCalendarChange(before, { ok: true, data: SHIPPED_CALENDAR_DATA, warnings: [] }, { kind: 'restore-shipped' }, storedUnreadable);
}

export interface ImportProposal {
  proposal: CalendarProposal;
  /** the years the file lists, for choosing which of them to take */
  yearsInFile: string[];
}

/**
 * An .ics file as a proposal: every year it lists (or only `onlyYears`)
 * replaces that year's schedule. `source` is what the calendar will record
 * as its origin.
 */
export function proposeIcsImport(
  before: CalendarData,
  file: { name: string; text: string },
  source: string,
  onlyYears?: readonly string[],
): ImportProposal {
  const yearsInFile = Object.keys(parseHolidayIcs(file.text).years).sort();
  const change = importHolidayIcs(before, file.text, {
    source: source.slice(0, 500),
    ...(onlyYears ? { onlyYears: onlyYears.map(Number) } : {}),
  });
  return { proposal: proposeCalendarChange(before, change, { kind: 'import', fileName: file.name }), yearsInFile };
}
