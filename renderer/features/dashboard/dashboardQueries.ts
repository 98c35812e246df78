import Dexie from 'dexie';
import { addWorkingDays, type WorkingDayCalendar } from '../../../shared/calendar';
import { DUE_SOON_WORKING_DAYS, tallyLiveCases, type LiveTally } from '../../../shared/deadlines';
import type { Case } from '../../../shared/domain/case';
import type { LocalDate } from '../../../shared/domain/time';
import type { CaseDeskDatabase } from '../../db/database';
import { liveCases, readLiveTallies } from '../../db/liveTallies';

/**
 * The managers' dashboard (期限看板, SPEC §3) answered from the indexes of the
 * case store, for a given Shanghai `today`. At 50,000 cases reading every
 * record costs about a second (NOTES.md), so:
 *
 * - the five state counts are key-range counts on `[status+dueDate]`
 *   (milliseconds whatever the store holds);
 * - workload per officer and per request type reads the live tallies (one
 *   record per officer and per type, kept by caseTalliesMiddleware as cases
 *   are written): reading the live cases themselves took 80–130 ms at
 *   50,000 generated cases, and it grows with the store;
 * - a state's list reads just the key range behind its count;
 * - the month calendar reads the index keys of one month, not the cases.
 *
 * What is counted is the stored legal due date (Case.dueDate). A case's own
 * page shows the engine's state (computeDeadline), which counts to the
 * *effective* date: the earlier of the legal date and an internal target.
 * For a case without a target the two agree, with two documented edges:
 * - a running case whose clock has not started (awaiting verification, the
 *   engine's `not-started`) counts as on track here, or as due soon / due
 *   today / overdue as its ceiling date approaches, exactly as the engine
 *   escalates it;
 * - a paused case counts as paused here, even the rare one the engine calls
 *   overdue because its date had passed before the clock stopped.
 * A case with a target earlier than its legal date is counted by the legal
 * date (what the law requires); its list row shows the target beside it.
 */

/** The dashboard's states, in the order of its cards (SPEC §3). */
export const dashboardStateIds = ['overdue', 'due-today', 'due-soon', 'paused', 'on-track', 'answered'] as const;
export type DashboardState = (typeof dashboardStateIds)[number];

export type StateCounts = Record<DashboardState, number> & {
  /** running cases without a stored due date (no rule gives one yet); not in any card */
  undated: number;
};

/** The dates that split the running cases into states. */
export interface DueWindow {
  today: LocalDate;
  /**
   * The first date that is no longer "due within 3 working days": the 4th
   * working day after today. The engine calls a case due soon when at most 3
   * working days lie in (today, due]; that holds exactly for due dates before
   * this one. For a due date that is a working day — every legal date is one,
   * by 民法典 203's roll-forward — it is the same as due ≤ the 3rd working day.
   */
  dueSoonBefore: LocalDate;
}

export function dueWindow(calendar: WorkingDayCalendar, today: LocalDate): DueWindow {
  return { today, dueSoonBefore: addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS + 1).value };
}

const OPEN = 'open';
const ANSWERED = 'answered';

type DatedState = Exclude<DashboardState, 'paused' | 'answered'>;

/** The due-date bounds of a dated card, [lower, upper] with their inclusiveness. */
function dueBounds(state: DatedState, window: DueWindow): [unknown, unknown, boolean, boolean] {
  switch (state) {
    case 'overdue':
      return [Dexie.minKey, window.today, true, false];
    case 'due-today':
      return [window.today, window.today, true, true];
    case 'due-soon':
      return [window.today, window.dueSoonBefore, false, false];
    case 'on-track':
      return [window.dueSoonBefore, Dexie.maxKey, true, true];
  }
}

/** Open cases in a due-date range, answered ones included (they are still open: `[status+dueDate]`). */
function openInRange(db: CaseDeskDatabase, state: DatedState, window: DueWindow) {
  const [lower, upper, includeLower, includeUpper] = dueBounds(state, window);
  return db.cases.where('[status+dueDate]').between([OPEN, lower], [OPEN, upper], includeLower, includeUpper);
}

/** The answered cases (已答复, still open) in the same due-date range: `[stage+dueDate]` (schema version 4). */
function answeredInRange(db: CaseDeskDatabase, state: DatedState, window: DueWindow) {
  const [lower, upper, includeLower, includeUpper] = dueBounds(state, window);
  return db.cases.where('[stage+dueDate]').between([ANSWERED, lower], [ANSWERED, upper], includeLower, includeUpper);
}

/** The key range behind each card; a dated card's range holds answered cases too, which its count takes away. */
function stateCollection(db: CaseDeskDatabase, state: DashboardState, window: DueWindow) {
  switch (state) {
    case 'paused':
      // every paused case, with or without a date: the status index
      return db.cases.where('status').equals('paused');
    case 'answered':
      // answered, awaiting closure: off the overdue count (issue 14), whatever its date
      return db.cases.where('[stage+dueDate]').between([ANSWERED, Dexie.minKey], [ANSWERED, Dexie.maxKey], true, true);
    default:
      return openInRange(db, state, window).filter((c) => c.stage !== ANSWERED);
  }
}

/** A card's count: key-range counts, no case is read (a dated card: its open cases less the answered among them). */
async function countState(db: CaseDeskDatabase, state: DashboardState, window: DueWindow): Promise<number> {
  if (state === 'paused' || state === 'answered') return stateCollection(db, state, window).count();
  const [open, answered] = await Promise.all([openInRange(db, state, window).count(), answeredInRange(db, state, window).count()]);
  return open - answered;
}

/** The counts of the dashboard's cards: key-range counts, no case is read. */
export async function countByState(db: CaseDeskDatabase, window: DueWindow): Promise<StateCounts> {
  const [overdue, dueToday, dueSoon, paused, onTrack, answered, open] = await Promise.all([
    ...dashboardStateIds.map((s) => countState(db, s, window)),
    db.cases.where('status').equals(OPEN).count(),
  ]);
  const counts = { overdue: overdue!, 'due-today': dueToday!, 'due-soon': dueSoon!, paused: paused!, 'on-track': onTrack!, answered: answered! };
  return { ...counts, undated: open! - counts.overdue - counts['due-today'] - counts['due-soon'] - counts['on-track'] - counts.answered };
}

const byDueDate = (a: Case, b: Case) => (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff') || a.reference.localeCompare(b.reference);

/** The cases behind one card, earliest due first (the same key range as its count). */
export async function casesInState(db: CaseDeskDatabase, state: DashboardState, window: DueWindow): Promise<Case[]> {
  // the index orders by due date, then by id: the same day's cases are put in reference order
  return (await stateCollection(db, state, window).toArray()).sort(byDueDate);
}

/** One row of a breakdown (an officer, or a request type). */
export interface Breakdown {
  key: string;
  /** clock running (status open) */
  open: number;
  paused: number;
  overdue: number;
  dueToday: number;
  /** due within 3 working days, today excluded */
  dueSoon: number;
}

export interface Workload {
  byOfficer: Breakdown[];
  byType: Breakdown[];
  /** a tally did not add up: the caller has them counted again (recountLiveTallies) */
  stale: boolean;
}

/** The card a running case belongs to (undefined: no due date yet). */
export function stateOfRunningCase(dueDate: LocalDate | undefined, window: DueWindow): DatedState | undefined {
  if (dueDate === undefined) return undefined;
  if (dueDate < window.today) return 'overdue';
  if (dueDate === window.today) return 'due-today';
  return dueDate < window.dueSoonBefore ? 'due-soon' : 'on-track';
}

/** How pressing a case's date is, for colouring a row: none for a paused, answered, closed or undated case, or one on track. */
export type DueUrgency = 'overdue' | 'due-today' | 'due-soon';
export function dueUrgency(c: Pick<Case, 'status' | 'stage' | 'dueDate'>, window: DueWindow): DueUrgency | undefined {
  if (c.status !== OPEN || c.stage === ANSWERED) return undefined;
  const state = stateOfRunningCase(c.dueDate, window);
  return state === 'on-track' ? undefined : state;
}

/** A tally split into today's states. */
export function breakdownOf(key: string, tally: Pick<LiveTally, 'paused' | 'undated' | 'due'>, window: DueWindow): Breakdown {
  const row: Breakdown = { key, open: tally.undated, paused: tally.paused, overdue: 0, dueToday: 0, dueSoon: 0 };
  for (const [date, n] of Object.entries(tally.due)) {
    row.open += n;
    const state = stateOfRunningCase(date, window);
    if (state === 'overdue') row.overdue += n;
    else if (state === 'due-today') row.dueToday += n;
    else if (state === 'due-soon') row.dueSoon += n;
  }
  return row;
}

const collator = new Intl.Collator('zh-CN');

/**
 * Per officer and per request type: live cases, with overdue and due-soon
 * among them, from the live tallies (one record per officer and per type,
 * kept as cases are written). Were a tally found not adding up, the live
 * cases themselves are counted this once.
 */
export async function workload(db: CaseDeskDatabase, window: DueWindow): Promise<Workload> {
  const read = await readLiveTallies(db);
  const tallies = read.stale ? [...tallyLiveCases(await liveCases(db)).values()] : read.tallies;
  const byOfficer: Breakdown[] = [];
  const byType: Breakdown[] = [];
  for (const tally of tallies) {
    if (tally.key.startsWith('officer:')) byOfficer.push(breakdownOf(tally.key.slice('officer:'.length), tally, window));
    else if (tally.key.startsWith('type:')) byType.push(breakdownOf(tally.key.slice('type:'.length), tally, window));
  }
  const total = (r: Breakdown) => r.open + r.paused;
  return {
    byOfficer: byOfficer.filter((r) => total(r) > 0).sort((a, b) => collator.compare(a.key, b.key)),
    byType: byType.filter((r) => total(r) > 0).sort((a, b) => total(b) - total(a) || a.key.localeCompare(b.key)),
    stale: read.stale,
  };
}

/** The live cases of one officer ('' = unassigned), earliest due first. */
export async function liveCasesOfOfficer(db: CaseDeskDatabase, assignee: string): Promise<Case[]> {
  return (await liveCases(db)).filter((c) => c.assignee === assignee).sort(byDueDate);
}

/** The live cases of one request type, earliest due first, through the `[status+requestType+dueDate]` index. */
export async function liveCasesOfType(db: CaseDeskDatabase, requestType: string): Promise<Case[]> {
  const [open, paused] = await Promise.all(
    (['open', 'paused'] as const).map((status) => db.cases.where('[status+requestType+receivedAt]').between([status, requestType, Dexie.minKey], [status, requestType, Dexie.maxKey]).toArray()),
  );
  return open!.concat(paused!).sort(byDueDate);
}

const firstOfMonth = (year: number, month: number): LocalDate => `${year}-${String(month).padStart(2, '0')}-01`;

/**
 * Running cases due on each day of a month (the month calendar), from the
 * index keys alone. Paused cases are left out: their date is provisional
 * until the requester answers (they have their own card).
 */
export async function dueCountsInMonth(db: CaseDeskDatabase, year: number, month: number): Promise<Map<LocalDate, number>> {
  const [from, to] = [firstOfMonth(year, month), month === 12 ? firstOfMonth(year + 1, 1) : firstOfMonth(year, month + 1)];
  const [keys, answeredKeys] = await Promise.all([
    db.cases.where('[status+dueDate]').between([OPEN, from], [OPEN, to], true, false).keys(),
    // answered cases are open but no longer running against their date (issue 14)
    db.cases.where('[stage+dueDate]').between([ANSWERED, from], [ANSWERED, to], true, false).keys(),
  ]);
  const counts = new Map<LocalDate, number>();
  const add = (key: unknown, n: number) => {
    // an index key of [status+dueDate] (or [stage+dueDate]) is the pair itself
    const date = Array.isArray(key) ? (key[1] as unknown) : undefined;
    if (typeof date === 'string') counts.set(date, (counts.get(date) ?? 0) + n);
  };
  for (const key of keys) add(key, 1);
  for (const key of answeredKeys) add(key, -1);
  for (const [date, n] of counts) if (n <= 0) counts.delete(date);
  return counts;
}

/** The running cases due on one day (a day of the month calendar). */
export async function casesDueOn(db: CaseDeskDatabase, date: LocalDate): Promise<Case[]> {
  return (await db.cases.where('[status+dueDate]').equals([OPEN, date]).filter((c) => c.stage !== ANSWERED).toArray()).sort(byDueDate);
}

/** Every running case with a due date, earliest first (the .ics export). */
export function runningCasesWithDueDates(db: CaseDeskDatabase): Promise<Case[]> {
  return db.cases.where('[status+dueDate]').between([OPEN, Dexie.minKey], [OPEN, Dexie.maxKey], true, true).filter((c) => c.stage !== ANSWERED).toArray();
}
