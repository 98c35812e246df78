import { CaseDeskDatabase } from '../../../renderer/db/database';
import { listCases } from '../../../renderer/db/cases';
import { filterCaseRows } from '../../../renderer/features/cases/filterCases';
import { seedCases } from './seed';

/**
 * Benchmarks that must run where users run them: in Chromium, on real
 * IndexedDB, through the same modules the UI calls. run.mjs bundles this file,
 * injects it into the web host's page and calls these functions.
 */
async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const db = new CaseDeskDatabase();

const bench = {
  async reset() {
    db.close();
    await CaseDeskDatabase.delete(db.name);
    await db.open();
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
  async caseList() {
    const load = await time(() => listCases(db));
    const rows = load.value;
    const search = await time(() => filterCaseRows(rows, { text: '王', status: 'all', requestType: 'all' }));
    const combined = await time(() => filterCaseRows(rows, { text: 'cl-2026', status: 'open', requestType: 'deletion' }));
    return { rows: rows.length, loadMs: load.ms, searchMs: search.ms, combinedFilterMs: combined.ms };
  },
};

declare global {
  interface Window {
    casedeskBench: typeof bench;
  }
}
window.casedeskBench = bench;
