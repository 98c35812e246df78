import type { ImportReport } from '../features/intake/importReport';
import type { CaseDeskDatabase } from './database';

/**
 * The review of the last import (issue 14, point 9: "results kept until
 * cleared"): the summary the officer works through — types to confirm,
 * requesters to link, clocks to resume — survives a restart of the app. One
 * row per workstation, sealed like every record (it names senders and
 * subjects), never replicated: it is this officer's work list, the cases
 * themselves carry what was decided.
 */
export interface StoredImportReport {
  id: 'last';
  savedAt: string;
  report: ImportReport;
}

export async function saveImportReport(db: CaseDeskDatabase, report: ImportReport, now: Date = new Date()): Promise<void> {
  await db.intakeReports.put({ id: 'last', savedAt: now.toISOString(), report });
}

export async function storedImportReport(db: CaseDeskDatabase): Promise<ImportReport | undefined> {
  return (await db.intakeReports.get('last'))?.report;
}

export async function clearImportReport(db: CaseDeskDatabase): Promise<void> {
  await db.intakeReports.delete('last');
}
