import { editCalendarDay, type CalendarData } from '../../../shared/calendar';
import { instantFromShanghai } from '../../../shared/domain/time';
import { countCaseList, DEFAULT_CASE_LIST_SORT, readCaseListWindow, type CaseListFilterQuery } from '../../../renderer/db/caseList';
import { searchCases } from '../../../renderer/db/caseSearch';
import { CaseDeskDatabase } from '../../../renderer/db/database';
import { unlockStore } from '../../../renderer/db/unlockStore';
import { platform } from '../../../renderer/platform';
import { deadlineContextFrom, legalDueDate, readDeadlineContext } from '../../../renderer/db/deadlineContext';
import { applyCalendar } from '../../../renderer/features/settings/saveAndRecompute';
import { CASE_LIST_WINDOW } from '../../../renderer/features/cases/useCaseList';
import { countByState, dueCountsInMonth, dueWindow, workload } from '../../../renderer/features/dashboard/dashboardQueries';
import { responseFigures } from '../../../renderer/features/dashboard/responseFigures';
import { intakeBench } from './intakeBench';
import { lettersBench } from './lettersBench';
import { seedCases } from './seed';
import { teamBench } from './teamBench';
import { backupBench } from './backupBench';

/**
 * Benchmarks that must run where users run them: in Chromium, on real
 * IndexedDB, through the same modules the UI calls. run.mjs bundles this file,
 * injects it into the web host's page and calls these functions.
 *
 * Each figure comes with its floor, measured in the same page a moment
 * before or after: the least any implementation must spend on the same
 * question, asked of IndexedDB directly (a count, a key-range read). The
 * ratio of the two is what to compare across machines and runs; absolute
 * times move with the machine and its load (NOTES.md).
 */
async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The median of `runs` timings (this machine is shared: one timing is noise). */
async function median<T>(runs: number, fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const results: { ms: number; value: T }[] = [];
  for (let i = 0; i < runs; i++) results.push(await time(fn));
  return results.sort((a, b) => a.ms - b.ms)[runs >> 1]!;
}

/** One request to IndexedDB itself, outside Dexie: the floor of a figure. */
function raw<T>(db: CaseDeskDatabase, request: (store: IDBObjectStore) => IDBRequest<T> | Promise<T>): Promise<T> {
  const tx = db.backendDB().transaction('cases', 'readonly');
  const made = request(tx.objectStore('cases'));
  if (made instanceof Promise) return made;
  return new Promise((resolve, reject) => {
    made.onsuccess = () => resolve(made.result);
    made.onerror = () => reject(made.error ?? new Error('IndexedDB request failed'));
  });
}

/** `count` values from an index cursor, as raw as it gets. */
function rawCursorRead(store: IDBObjectStore, index: string, range: IDBKeyRange | null, direction: IDBCursorDirection, count: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const values: unknown[] = [];
    const request = store.index(index).openCursor(range, direction);
    request.onerror = () => reject(request.error ?? new Error('cursor failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || values.length >= count) return resolve(values);
      values.push(cursor.value);
      cursor.continue();
    };
  });
}

// the same store the app opens: same name, same key from the web host's keychain
const unlocked = await unlockStore(platform);
if (!unlocked.ok) throw new Error(`the bench could not open the store: ${unlocked.failure.kind} ${unlocked.failure.detail}`);
const db = unlocked.db;
const ALL: CaseListFilterQuery = { status: 'all', requestType: 'all', sort: DEFAULT_CASE_LIST_SORT };

/** A weekday a week from today: made a holiday, it moves the running cases due after it. */
function benchHoliday(today: string): string {
  let day = Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000;
  while ([0, 6].includes(new Date(day).getUTCDay())) day += 86_400_000;
  return new Date(day).toISOString().slice(0, 10);
}

const bench = {
  ...intakeBench(db),
  ...lettersBench(),
  ...teamBench(db),
  ...backupBench(db),
  async reset() {
    db.close();
    await CaseDeskDatabase.delete(db.name);
    await db.open();
    void CaseDeskDatabase;
  },
  async seed(count: number, until: string) {
    return (await time(() => seedCases(db, count, until))).ms;
  },
  async markFirstRunDone() {
    await db.settings.bulkPut([
      { key: 'firstRunDone', value: true },
      { key: 'officer', value: { name: '基准测试', title: '' } },
    ]);
  },
  /**
   * The seed writes cases in bulk without the legal due date that openCase
   * stores on every case; the dashboard counts by it, so it is computed here
   * once, as intake would have (setup, not measured).
   */
  async storeDueDates(today: string) {
    const context = deadlineContextFrom(undefined, undefined);
    const cases = await db.cases.toArray();
    for (const c of cases) {
      const dueDate = legalDueDate(c, context, today);
      if (dueDate) c.dueDate = dueDate;
    }
    await db.cases.bulkPut(cases);
  },
  /**
   * The dashboard as the page asks for it on opening (its live queries run
   * side by side): state counts, workload, the month's due dates and the 13
   * months' figures; each part alone too. Floor: one state's count on the
   * `[status+dueDate]` index, straight from IndexedDB.
   */
  async dashboard(today: string) {
    const context = await readDeadlineContext(db);
    const window = dueWindow(context.calendar, today);
    const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    const page = await median(5, () => Promise.all([countByState(db, window), workload(db, window), dueCountsInMonth(db, year, month), responseFigures(db, context, today)]));
    const counts = await median(5, () => countByState(db, window));
    const load = await median(5, () => workload(db, window));
    const calendar = await median(5, () => dueCountsInMonth(db, year, month));
    const figures = await median(5, () => responseFigures(db, context, today));
    const floor = await median(5, () => raw(db, (store) => store.index('[status+dueDate]').count(IDBKeyRange.bound(['open', ''], ['open', today], false, true))));
    return {
      ms: page.ms,
      floorMs: floor.ms,
      countsMs: counts.ms,
      workloadMs: load.ms,
      calendarMs: calendar.ms,
      figuresMs: figures.ms,
      live: Object.values(counts.value).reduce((a, b) => a + b, 0),
      closedInFigures: figures.value.figures.reduce((sum, f) => sum + f.closed, 0),
      staleMonths: figures.value.stale.length,
    };
  },
  /**
   * Recomputing the open cases after a calendar change, through the Settings
   * path (applyCalendar): a weekday a week from today becomes a holiday, is
   * taken back, becomes one again; the median of the three. Floor: reading,
   * straight from IndexedDB, the open cases due on or after that day (the
   * ones whose count crosses it).
   */
  async recompute(today: string) {
    const holiday = benchHoliday(today);
    const runs: { ms: number; checked: number; moved: number }[] = [];
    let current: CalendarData = (await readDeadlineContext(db)).calendarData;
    for (const edit of ['holiday', 'ordinary', 'holiday'] as const) {
      const change = editCalendarDay(current, edit === 'holiday' ? { date: holiday, kind: 'holiday', name: { zh: '基准测试', en: 'Benchmark' } } : { date: holiday, kind: 'ordinary' });
      if (!change.ok) throw new Error(`the benchmark's calendar change was refused: ${JSON.stringify(change.issues)}`);
      const run = await time(() => applyCalendar(db, current, change.data, '基准测试', new Date(instantFromShanghai(today, '10:00'))));
      runs.push({ ms: run.ms, checked: run.value.checked, moved: run.value.moved.length });
      current = change.data;
    }
    const floor = await median(3, () => raw(db, (store) => store.index('[status+dueDate]').getAll(IDBKeyRange.bound(['open', holiday], ['open', '\uffff']))));
    const middle = [...runs].sort((a, b) => a.ms - b.ms)[1]!;
    return { ...middle, floorMs: floor.ms, floorRows: floor.value.length };
  },
  /**
   * The case list's queries, as the page makes them: the count and the first
   * window (newest first), a window in the middle (a scrollbar dragged
   * halfway), open cases by due date, a reference typed into the search box,
   * and a word of a subject searched through the whole store. Floor: the
   * first window's rows read from the `[receivedAt+id]` index straight from
   * IndexedDB.
   */
  async caseList() {
    const first = await median(5, async () => {
      const { total, dated } = await countCaseList(db, ALL);
      return { total, rows: await readCaseListWindow(db, ALL, 0, CASE_LIST_WINDOW, dated) };
    });
    const total = first.value.total;
    const middle = await median(5, () => readCaseListWindow(db, ALL, Math.floor(total / 2), CASE_LIST_WINDOW));
    const openByDue: CaseListFilterQuery = { status: 'open', requestType: 'all', sort: { column: 'dueDate', order: 'ascend' } };
    const byDue = await median(5, async () => {
      const { dated } = await countCaseList(db, openByDue);
      return readCaseListWindow(db, openByDue, 0, CASE_LIST_WINDOW, dated);
    });
    const reference = await median(5, async () => {
      let found = 0;
      await searchCases(db, 'CL-2026-01', ALL, (p) => (found = p.matches.length));
      return found;
    });
    let firstMatchesMs = 0;
    const words = await median(3, async () => {
      const start = performance.now();
      let found = 0;
      firstMatchesMs = 0;
      await searchCases(db, '删除', ALL, (p) => {
        found = p.matches.length;
        if (!firstMatchesMs && found > 0) firstMatchesMs = performance.now() - start;
      });
      return found;
    });
    const floor = await median(5, () => raw(db, (store) => rawCursorRead(store, '[receivedAt+id]', null, 'prev', CASE_LIST_WINDOW)));
    return {
      rows: total,
      firstMs: first.ms,
      floorMs: floor.ms,
      middleMs: middle.ms,
      byDueMs: byDue.ms,
      referenceMs: reference.ms,
      referenceFound: reference.value,
      wordsMs: words.ms,
      wordsFirstMs: firstMatchesMs,
      wordsFound: words.value,
    };
  },
};

declare global {
  interface Window {
    casedeskBench: typeof bench;
  }
}
window.casedeskBench = bench;
