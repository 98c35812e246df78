import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { todayInShanghai, type LocalDate } from '../../../shared/domain/time';
import { withRequesters } from '../../db/caseList';
import { database } from '../../db/database';
import { readDeadlineContext, type DeadlineContext } from '../../db/deadlineContext';
import { recountLiveTallies } from '../../db/liveTallies';
import { recountMonthTallies } from '../../db/monthTallies';
import { casesOfSelection, formatSelection, type ListSelection } from './dashboardLists';
import { countByState, dueCountsInMonth, dueWindow, workload, type DueWindow } from './dashboardQueries';
import { responseFigures } from './responseFigures';

/** Today in Shanghai, whatever the workstation's zone; moves on at Shanghai midnight. */
export function useShanghaiToday(): LocalDate {
  const [today, setToday] = useState(() => todayInShanghai(Date.now()));
  useEffect(() => {
    const timer = setInterval(() => setToday(todayInShanghai(Date.now())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}

export interface DashboardBasis {
  context: DeadlineContext;
  window: DueWindow;
}

/** The calendar and rules in force (following Settings live) and today's due window. */
export function useDashboardBasis(): DashboardBasis | undefined {
  const today = useShanghaiToday();
  const context = useLiveQuery(() => readDeadlineContext(database()), []);
  return useMemo(() => (context ? { context, window: dueWindow(context.calendar, today) } : undefined), [context, today]);
}

// Each figure is its own live query: Dexie re-runs one only when a write
// touches the ranges it read, so a change to one case does not recount all.

export function useStateCounts(window: DueWindow | undefined) {
  return useLiveQuery(() => (window ? countByState(database(), window) : undefined), [window?.today, window?.dueSoonBefore]);
}

export function useWorkload(window: DueWindow | undefined) {
  const load = useLiveQuery(() => (window ? workload(database(), window) : undefined), [window?.today, window?.dueSoonBefore]);
  const stale = load?.stale ?? false;
  useEffect(() => {
    if (stale) void recountLiveTallies(database()).catch((e: unknown) => console.error('workload', e));
  }, [stale]);
  return load;
}

/**
 * The 13 months' figures, from the months' tallies. After a calendar or rule
 * change the months counted under the old ones are shown counted afresh from
 * their cases, and their tallies are counted again once (the live query then
 * reads the new tallies).
 */
export function useResponseFigures(basis: DashboardBasis | undefined) {
  const read = useLiveQuery(() => (basis ? responseFigures(database(), basis.context, basis.window.today) : undefined), [basis]);
  const stale = read?.stale.join(',') ?? '';
  useEffect(() => {
    if (stale) void recountMonthTallies(database(), stale.split(',')).catch((e: unknown) => console.error('monthly figures', e));
  }, [stale]);
  return read?.figures;
}

export function useDueCounts(year: number, month: number) {
  return useLiveQuery(() => dueCountsInMonth(database(), year, month), [year, month]);
}

export function useSelectedCases(selection: ListSelection | undefined, window: DueWindow | undefined) {
  const key = selection ? formatSelection(selection) : undefined;
  return useLiveQuery(
    // with the requesters of these rows only (the list shows them masked, beside the date of receipt)
    async () => (selection && window ? { key, rows: await withRequesters(database(), await casesOfSelection(database(), selection, window)) } : undefined),
    // the selection is compared by its URL form, not its object identity
    [key, window?.today, window?.dueSoonBefore],
  );
}
