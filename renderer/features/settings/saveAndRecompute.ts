import { firstWorkingChange, type CalendarData } from '../../../shared/calendar';
import type { DeadlineRule } from '../../../shared/deadlines';
import { recomputeOpenCases, type RecomputeReport } from '../../db/caseClock';
import type { CaseDeskDatabase } from '../../db/database';
import { readDeadlineContext } from '../../db/deadlineContext';
import { writeSetting } from '../../db/settings';
import { sameRules } from './rules/rulesDraft';

/**
 * The calendar or the rules changed in Settings: store the new value (audited
 * by writeSetting) and recompute every open case (SPEC §3), in one
 * transaction, so that a failure leaves neither a new calendar with stale
 * due dates nor anything else half-done.
 */

/** Another window (or a second tab of the web host) changed the setting after the preview was made. */
export class SettingChangedMeanwhile extends Error {
  constructor(key: string) {
    super(`${key} changed since the preview`);
    this.name = 'SettingChangedMeanwhile';
  }
}

const TABLES = (db: CaseDeskDatabase) => [db.cases, db.settings, db.auditLog];

/** Applies a previewed calendar, if the calendar in force is still the one the preview started from. */
export function applyCalendar(db: CaseDeskDatabase, previewedFrom: CalendarData, next: CalendarData, actor: string, now?: Date): Promise<RecomputeReport> {
  return db.transaction('rw', TABLES(db), async () => {
    const current = await readDeadlineContext(db);
    if (JSON.stringify(current.calendarData) !== JSON.stringify(previewedFrom)) throw new SettingChangedMeanwhile('calendar');
    await writeSetting(db, 'calendar', next, actor);
    // only cases due on or after the first changed working day can move (see RecomputeScope)
    return recomputeOpenCases(db, actor, now, undefined, { dueFrom: firstWorkingChange(current.calendarData, next) ?? null });
  });
}

/** Saves the rules, if the rules in force are still the ones the draft started from. */
export function applyRules(
  db: CaseDeskDatabase,
  editedFrom: readonly DeadlineRule[],
  next: readonly DeadlineRule[],
  actor: string,
  now?: Date,
): Promise<RecomputeReport> {
  return db.transaction('rw', TABLES(db), async () => {
    const current = await readDeadlineContext(db);
    if (!sameRules(current.rules, editedFrom)) throw new SettingChangedMeanwhile('deadlineRules');
    await writeSetting(db, 'deadlineRules', [...next], actor);
    return recomputeOpenCases(db, actor, now);
  });
}
