import { loadCalendar, SHIPPED_CALENDAR_DATA, type CalendarData, type WorkingDayCalendar } from '../../shared/calendar';
import { computeDeadline, DEFAULT_DEADLINE_RULES, type DeadlineInput, type DeadlineRule } from '../../shared/deadlines';
import type { CaseDeskDatabase } from './database';
import { readSetting } from './settings';

/** What every deadline computation needs: the calendar and the rules in force. */
export interface DeadlineContext {
  calendarData: CalendarData;
  calendar: WorkingDayCalendar;
  rules: readonly DeadlineRule[];
  /** the stored calendar could not be used and the shipped one stands in (shown in Settings) */
  calendarFallback: boolean;
}

let shipped: WorkingDayCalendar | undefined;
function shippedCalendar(): WorkingDayCalendar {
  if (!shipped) {
    const loaded = loadCalendar(SHIPPED_CALENDAR_DATA);
    if (!loaded.ok) throw new Error('the shipped calendar does not load');
    shipped = loaded.calendar;
  }
  return shipped;
}

/** Builds the context from stored data (pure: also used by tests and the benchmark). */
export function deadlineContextFrom(calendarData: CalendarData | undefined, rules: readonly DeadlineRule[] | undefined): DeadlineContext {
  const loaded = calendarData ? loadCalendar(calendarData) : undefined;
  if (loaded?.ok) return { calendarData: calendarData!, calendar: loaded.calendar, rules: rules ?? DEFAULT_DEADLINE_RULES, calendarFallback: false };
  return {
    calendarData: SHIPPED_CALENDAR_DATA,
    calendar: shippedCalendar(),
    rules: rules ?? DEFAULT_DEADLINE_RULES,
    calendarFallback: calendarData !== undefined,
  };
}

/** The calendar and rules in force, read from Settings. */
export async function readDeadlineContext(db: CaseDeskDatabase): Promise<DeadlineContext> {
  const [calendarData, rules, storedCalendar] = await Promise.all([readSetting(db, 'calendar'), readSetting(db, 'deadlineRules'), db.settings.get('calendar')]);
  const context = deadlineContextFrom(calendarData, rules);
  // a stored calendar that no longer parses must not pass silently for the shipped one
  return storedCalendar && !calendarData ? { ...context, calendarFallback: true } : context;
}

/** The legal due date of a case under the context (Case.dueDate); undefined when no rule gives one yet. */
export function legalDueDate(record: DeadlineInput, context: DeadlineContext, today: string): string | undefined {
  return computeDeadline(record, context.calendar, context.rules, today, { brief: true }).legalDueDate;
}
