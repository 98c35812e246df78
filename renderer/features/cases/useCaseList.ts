import { liveQuery } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import { countCaseList, readCaseListWindow, readCaseRows, type CaseListRow } from '../../db/caseList';
import { searchCases } from '../../db/caseSearch';
import { database } from '../../db/database';
import type { LocalDate } from '../../../shared/domain/time';
import type { CaseListFilter } from './caseListSlice';

/** Rows read at a time: a screenful and a half at the list's row height. */
export const CASE_LIST_WINDOW = 40;

export interface CaseListState {
  /** the rows read so far, by position in the list */
  rows: ReadonlyMap<number, CaseListRow>;
  /** rows in the filtered list (a search: the matches found so far) */
  shown: number;
  /** cases in the store */
  total: number;
  /** a subject search is still reading the store */
  searching: boolean;
  /** how many cases the search has read */
  scanned: number;
}

interface Source {
  /** the ids of a search's matches, in order; undefined: an index range (no text) */
  ids?: readonly string[];
  /** sorted by due date: how many of the range have one (they come first) */
  dated?: number;
}

/**
 * The case list of a filter, read in windows as rows come into view (see
 * renderer/db/caseList.ts): the total is a count, the first window is read at
 * once, later ones when the table shows their placeholder rows. Any change to
 * the cases (a different count or a newer `updatedAt`) re-reads the count and
 * the windows read so far.
 */
export function useCaseList(filter: CaseListFilter & { overdueBefore?: LocalDate }): { state: CaseListState | undefined; requestRow: (index: number) => void } {
  // the state of the filter it was read for: a new filter never shows, even for a frame, the rows of the last one
  const [read, setRead] = useState<{ key: string; state: CaseListState }>();
  const source = useRef<Source>({});
  const loaded = useRef(new Map<number, Promise<void>>());
  const generation = useRef(0);
  const key = JSON.stringify(filter);
  const setState = useCallback(
    (update: (previous: CaseListState | undefined) => CaseListState | undefined) =>
      setRead((current) => {
        const next = update(current?.key === key ? current.state : undefined);
        return next ? { key, state: next } : undefined;
      }),
    [key],
  );

  const loadWindow = useCallback(
    (windowIndex: number, mine: number) => {
      const db = database();
      const query = JSON.parse(key) as CaseListFilter;
      const from = windowIndex * CASE_LIST_WINDOW;
      const { ids, dated } = source.current;
      const read = ids ? readCaseRows(db, ids.slice(from, from + CASE_LIST_WINDOW)) : readCaseListWindow(db, query, from, CASE_LIST_WINDOW, dated);
      const done = read.then((rows) => {
        if (mine !== generation.current) return;
        setState((previous) => {
          if (!previous) return previous;
          const next = new Map(previous.rows);
          rows.forEach((row, i) => next.set(from + i, row));
          return { ...previous, rows: next };
        });
      });
      done.catch((error: unknown) => {
        loaded.current.delete(windowIndex);
        console.error('case list', error);
      });
      loaded.current.set(windowIndex, done);
    },
    [key, setState],
  );

  useEffect(() => {
    const db = database();
    const query = JSON.parse(key) as CaseListFilter;
    let searchRun = 0;

    /** reads again the windows read so far (or the first): after a change, or as a search finds more */
    const reloadWindows = (mine: number) => {
      const windows = [...loaded.current.keys()];
      loaded.current = new Map();
      for (const w of windows.length ? windows : [0]) loadWindow(w, mine);
    };

    const refresh = async (total: number) => {
      const mine = ++generation.current;
      if (query.text.trim()) {
        const run = ++searchRun;
        await searchCases(
          db,
          query.text,
          query,
          (progress) => {
            source.current = { ids: progress.matches.map((m) => m.id) };
            // rows already on screen stay until their window is read again: no flicker
            setState((previous) => ({ rows: previous?.rows ?? new Map(), shown: progress.matches.length, total, searching: !progress.done, scanned: progress.scanned }));
            reloadWindows(mine);
          },
          () => run !== searchRun || mine !== generation.current,
        );
        return;
      }
      const counted = await countCaseList(db, query);
      if (mine !== generation.current) return;
      source.current = { dated: counted.dated };
      setState((previous) => ({ rows: previous?.rows ?? new Map(), shown: counted.total, total, searching: false, scanned: 0 }));
      reloadWindows(mine);
    };

    setState(() => undefined);
    loaded.current = new Map();
    // a cheap signal of "something changed": the count and the newest update time
    const subscription = liveQuery(async () => ({
      total: await db.cases.count(),
      lastUpdate: (await db.cases.orderBy('updatedAt').last())?.updatedAt ?? '',
    })).subscribe({ next: ({ total }) => void refresh(total).catch((e: unknown) => console.error('case list', e)), error: (e: unknown) => console.error('case list', e) });
    return () => {
      // a counter, not a DOM node: bumping the current value is the point (late results are dropped)
      // eslint-disable-next-line react-hooks/exhaustive-deps
      generation.current++;
      searchRun++;
      subscription.unsubscribe();
    };
  }, [key, loadWindow, setState]);

  const requestRow = useCallback(
    (index: number) => {
      const windowIndex = Math.floor(index / CASE_LIST_WINDOW);
      if (!loaded.current.has(windowIndex)) loadWindow(windowIndex, generation.current);
    },
    [loadWindow],
  );

  return { state: read?.key === key ? read.state : undefined, requestRow };
}
