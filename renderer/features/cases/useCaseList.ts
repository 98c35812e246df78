import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { Requester } from '../../../shared/domain/requester';
import { cursorAfter, listCasesPage, type CaseListRow } from '../../db/cases';
import { database } from '../../db/database';

/** The newest cases appear at once; the rest follow in pages small enough never to stall a frame for long. */
const FIRST_PAGE = 300;
const PAGE = 4000;

export interface CaseListState {
  rows: readonly CaseListRow[];
  /** how many cases the store holds */
  total: number;
  /** false while later pages are still loading */
  complete: boolean;
}

/**
 * The case list, read progressively and kept live. At 50,000 cases a single
 * read takes seconds of structured-clone work on the page's thread, so the list
 * shows its first page at once and fills in behind; any change to the cases
 * (a new `updatedAt` or a different count) reloads it the same way.
 */
export function useCaseList(): CaseListState | undefined {
  const [state, setState] = useState<CaseListState>();
  useEffect(() => {
    const db = database();
    let generation = 0;
    const load = async (total: number) => {
      const mine = ++generation;
      const requesters = new Map<string, Requester>();
      let rows = await listCasesPage(db, undefined, FIRST_PAGE, requesters);
      if (mine !== generation) return;
      setState({ rows, total, complete: rows.length >= total });
      while (rows.length < total) {
        const next = await listCasesPage(db, cursorAfter(rows), PAGE, requesters);
        if (mine !== generation) return;
        if (next.length === 0) break;
        rows = rows.concat(next);
        setState({ rows, total, complete: rows.length >= total });
      }
      setState({ rows, total: Math.max(total, rows.length), complete: true });
    };
    // a cheap signal of "something changed": the count and the newest update time
    const subscription = liveQuery(async () => ({
      total: await db.cases.count(),
      lastUpdate: (await db.cases.orderBy('updatedAt').last())?.updatedAt ?? '',
    })).subscribe({ next: ({ total }) => void load(total), error: (e: unknown) => console.error('case list', e) });
    return () => {
      generation++;
      subscription.unsubscribe();
    };
  }, []);
  return state;
}
