import type { Case } from '../domain/case';
import type { LocalDate } from '../domain/time';

/**
 * The live cases (open or paused) counted per officer and per request type,
 * for the dashboard's workload tables (SPEC §3: "who carries what"). Which
 * cases are overdue or due soon depends on today, so an open case is kept
 * by its stored due date, as a histogram (due date → how many), and split
 * into states when read. Kept as cases are written (renderer/db), so the
 * dashboard reads one record per officer and per type, whatever the store
 * holds.
 */
export interface LiveTally {
  /** `officer:<name>` ('' = unassigned) or `type:<request type>` */
  key: string;
  paused: number;
  /** open cases counted against no date: none stored yet (no rule gives one), or answered (已答复, awaiting closure) */
  undated: number;
  /** open cases by their stored legal due date */
  due: Record<LocalDate, number>;
  /** set when a write left it not adding up: counted again from the live cases */
  stale?: true;
}

export const officerTallyKey = (assignee: string) => `officer:${assignee}`;
export const typeTallyKey = (requestType: string) => `type:${requestType}`;

type LiveFields = Pick<Case, 'status' | 'assignee' | 'requestType' | 'dueDate'> & Partial<Pick<Case, 'stage'>>;

/** The tallies a case counts in: none once closed. */
export function liveTallyKeys(c: LiveFields): string[] {
  return c.status === 'closed' ? [] : [officerTallyKey(c.assignee), typeTallyKey(c.requestType)];
}

export function emptyLiveTally(key: string): LiveTally {
  return { key, paused: 0, undated: 0, due: {} };
}

/** Adds (1) or takes away (-1) one live case. */
export function applyLive(tally: LiveTally, c: LiveFields, sign: 1 | -1): void {
  if (c.status === 'closed') return;
  if (c.status === 'paused') tally.paused += sign;
  // an answered case is live (not closed) but off the overdue and due-soon counts (issue 14)
  else if (c.dueDate === undefined || c.stage === 'answered') tally.undated += sign;
  else {
    const left = (tally.due[c.dueDate] ?? 0) + sign;
    if (left === 0) delete tally.due[c.dueDate];
    else tally.due[c.dueDate] = left;
  }
  if (tally.paused < 0 || tally.undated < 0 || Object.values(tally.due).some((n) => n < 0)) tally.stale = true;
}

export function liveTallyIsEmpty(tally: LiveTally): boolean {
  return tally.paused === 0 && tally.undated === 0 && Object.keys(tally.due).length === 0 && !tally.stale;
}

/** The tallies of a set of live cases. */
export function tallyLiveCases(cases: Iterable<LiveFields>): Map<string, LiveTally> {
  const tallies = new Map<string, LiveTally>();
  for (const c of cases) {
    for (const key of liveTallyKeys(c)) {
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = emptyLiveTally(key)));
      applyLive(tally, c, 1);
    }
  }
  return tallies;
}
