import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/universal';
import type { Case } from '../../../shared/domain/case';
import { maskName } from '../../../shared/domain/requester';
import { shanghaiDateTime, type LocalDate } from '../../../shared/domain/time';
import type { Translate } from '../../../shared/i18n/messages';
import type { CaseDeskDatabase } from '../../db/database';
import { closedOnTime } from '../../../shared/deadlines';

/**
 * A dashboard list as the spreadsheet an auditor asks for (SPEC §3): exactly
 * these columns, in this order. Times are Shanghai wall-clock text, so the
 * file reads the same whatever the time zone of the machine that opens it;
 * the requester is masked (the export leaves the app).
 */
export const SHEET_COLUMNS = ['reference', 'receivedAt', 'requester', 'type', 'status', 'assignee', 'verifiedAt', 'dueDate', 'closedAt', 'onTime'] as const;

export interface ExportCase {
  case: Case;
  /** the requester's name in full; masked when written */
  requesterName: string;
}

/** Joins the cases with their requesters' names (one bulk read). */
export async function withRequesterNames(db: CaseDeskDatabase, cases: readonly Case[]): Promise<ExportCase[]> {
  const ids = [...new Set(cases.map((c) => c.requesterId))];
  const names = new Map<string, string>();
  for (const r of await db.requesters.bulkGet(ids)) if (r) names.set(r.id, r.name);
  return cases.map((c) => ({ case: c, requesterName: names.get(c.requesterId) ?? '' }));
}

/** 按期 / 逾期 for a closed case; 作废 for a voided one (never answered, issue 14); for an open one, overdue once its date has passed, else blank. */
function onTimeText(c: Case, today: LocalDate, t: Translate): string {
  if (c.stage === 'voided') return t('caseStage.voided');
  if (c.status === 'closed') return closedOnTime(c) ? t('deadlines.dashboard.sheet.closedOnTime') : t('deadlines.dashboard.sheet.closedLate');
  return c.dueDate !== undefined && c.dueDate < today ? t('deadlines.dashboard.sheet.openOverdue') : '';
}

/** The rows of the sheet, header first (pure: what the tests check before any file is written). */
export function auditSheet(rows: readonly ExportCase[], today: LocalDate, t: Translate): string[][] {
  const header = SHEET_COLUMNS.map((column) => t(`deadlines.dashboard.sheet.${column}`));
  const body = rows.map(({ case: c, requesterName }) => [
    c.reference,
    shanghaiDateTime(c.receivedAt),
    maskName(requesterName),
    t(`requestType.${c.requestType}`),
    t(`caseStatus.${c.status}`),
    c.assignee,
    c.verifiedAt ? shanghaiDateTime(c.verifiedAt) : '',
    c.dueDate ?? '',
    c.closedAt ? shanghaiDateTime(c.closedAt) : '',
    onTimeText(c, today, t),
  ]);
  return [header, ...body];
}

const WIDTHS = [16, 18, 16, 18, 10, 10, 18, 12, 18, 14];

/** The .xlsx file of the sheet: a bold, frozen header row and readable column widths. */
export async function xlsxBytes(sheet: readonly (readonly string[])[], sheetName: string): Promise<Uint8Array<ArrayBuffer>> {
  const [header = [], ...body] = sheet;
  const data: SheetData = [header.map((value): Row[number] => ({ value, fontWeight: 'bold' })), ...body.map((row) => [...row])];
  const blob = await writeXlsxFile(data, { sheet: sheetName, columns: WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** `CaseDesk-<list>-<date>.xlsx`: plain ASCII, safe on every file system. */
export function exportFileName(list: string, today: LocalDate, extension: 'xlsx' | 'ics'): string {
  const safe = list.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'list';
  return `CaseDesk-${safe}-${today}.${extension}`;
}
