import type { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import { fromDayNumber } from '../calendar/dayNumber';
import type { LocalDate } from '../domain/time';
import { computeDeadline, shanghaiDay } from './computeDeadline';
import type { DeadlineRule } from './deadlineRule';
import type { DeadlineInput } from './deadlineResult';

/** A case as recomputation needs it: the engine's input, its id, and the due date stored last time. */
export interface StoredDeadlineCase extends DeadlineInput {
  id: string;
  /** Case.dueDate: the legalDueDate computed last time */
  dueDate?: LocalDate;
}

/** A case whose due date moved (SPEC §3: it says so, with old and new). */
export interface DueDateMove {
  caseId: string;
  oldDueDate?: LocalDate;
  newDueDate?: LocalDate;
}

export interface RecomputeSummary {
  moved: DueDateMove[];
  /** open cases recomputed */
  checked: number;
  /** closed cases, and cases whose pause is running (no settled date until the requester answers) */
  skipped: number;
  /** cases the engine could not read (bad dates); listed, never allowed to stop the others */
  failed: { caseId: string; message: string }[];
}

/**
 * Recomputes every open case after the calendar or a rule changed and
 * returns only the cases whose legal due date moved. The caller stores
 * `newDueDate` as Case.dueDate and `oldDueDate` as Case.dueDateMovedFrom.
 *
 * Closed cases keep the date they were closed against. A case with a
 * running pause is skipped: its date is provisional and moves every day
 * anyway; it is recomputed when the clock resumes.
 */
export function recomputeAll(
  cases: Iterable<StoredDeadlineCase>,
  calendar: WorkingDayCalendar,
  rules: readonly DeadlineRule[],
): RecomputeSummary {
  const summary: RecomputeSummary = { moved: [], checked: 0, skipped: 0, failed: [] };
  for (const c of cases) {
    if (c.status === 'closed' || c.pauses.some((p) => p.to === undefined)) {
      summary.skipped++;
      continue;
    }
    try {
      // The legal date of an open case without a running pause does not depend
      // on "today" (only its state and days left do), so any day will do.
      const result = computeDeadline(c, calendar, rules, fromDayNumber(shanghaiDay(c.receivedAt)), { brief: true });
      summary.checked++;
      if (result.legalDueDate !== c.dueDate) {
        summary.moved.push({
          caseId: c.id,
          ...(c.dueDate !== undefined ? { oldDueDate: c.dueDate } : {}),
          ...(result.legalDueDate !== undefined ? { newDueDate: result.legalDueDate } : {}),
        });
      }
    } catch (error) {
      summary.failed.push({ caseId: c.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return summary;
}
