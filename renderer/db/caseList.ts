import Dexie, { type Collection, type InsertType } from 'dexie';
import type { Case, CaseStatus } from '../../shared/domain/case';
import type { RequestType } from '../../shared/domain/requestTypes';
import type { Requester } from '../../shared/domain/requester';
import type { LocalDate } from '../../shared/domain/time';
import type { CaseDeskDatabase } from './database';

/**
 * The case list's queries (SPEC, Quality: "any list of 50,000 cases filters
 * and scrolls without a visible stall"). The list never loads every row:
 *
 * - each filter and sort it offers (status, request type, by received time
 *   or by due date, either way) is one key range of an index, so the total
 *   is a count of that range and the rows on screen are a window read from
 *   it (offset and limit), whatever the store holds;
 * - requesters are read only for the rows of a window;
 * - a text search finds references through the `reference` index, a
 *   requester by their whole name, email or phone through the requester
 *   lookup (exact matches only: personal fields are never indexed for
 *   substrings), and words of a subject by reading the cases in chunks,
 *   newest first, keeping only the ids that match.
 */

export type CaseListSortColumn = 'receivedAt' | 'dueDate' | 'reference';
export interface CaseListSort {
  column: CaseListSortColumn;
  order: 'ascend' | 'descend';
}
export const DEFAULT_CASE_LIST_SORT: CaseListSort = { column: 'receivedAt', order: 'descend' };

export interface CaseListFilterQuery {
  status: CaseStatus | 'all';
  requestType: RequestType | 'all';
  sort: CaseListSort;
  /** one officer's cases ('' = unassigned): the `[assignee+…]` indexes */
  assignee?: string;
  /** only running cases due before this day (overdue on it; answered ones are not): the `[status+dueDate]` range, in due-date order */
  overdueBefore?: LocalDate;
}

/** One row of the case list: the case and its requester's display fields. */
export interface CaseListRow {
  case: Case;
  requesterName: string;
  requesterEmail?: string;
}

type CaseCollection = Collection<Case, string, InsertType<Case, 'id'>>;

/**
 * Issue 14's filters narrow the list to a small part of the store first —
 * the overdue cases, or one officer's — through their own index range; the
 * status and type then filter that range (a cursor over those cases only).
 */
function narrowedRange(db: CaseDeskDatabase, query: CaseListFilterQuery, column: CaseListSortColumn): CaseCollection | undefined {
  const { status, requestType, assignee, overdueBefore } = query;
  const rest = (c: Case) => (status === 'all' || c.status === status) && (requestType === 'all' || c.requestType === requestType) && (assignee === undefined || c.assignee === assignee);
  if (overdueBefore !== undefined) {
    // every overdue case has a date: the same range, in due-date order, whatever the column
    return db.cases
      .where('[status+dueDate]')
      .between(['open', Dexie.minKey], ['open', overdueBefore], true, false)
      .filter((c) => c.stage !== 'answered' && rest(c));
  }
  if (assignee !== undefined) {
    const by = column === 'dueDate' ? 'dueDate' : 'receivedAt';
    return db.cases.where(`[assignee+${by}]`).between([assignee, Dexie.minKey], [assignee, Dexie.maxKey], true, true).filter(rest);
  }
  return undefined;
}

/** The index range behind a filter, in the order of a sort column (undated cases are not in a due-date range). */
function range(db: CaseDeskDatabase, query: CaseListFilterQuery, column: CaseListSortColumn): CaseCollection {
  const narrowed = narrowedRange(db, query, column);
  if (narrowed) return narrowed;
  const { status, requestType } = query;
  const prefix = [...(status === 'all' ? [] : [status]), ...(requestType === 'all' ? [] : [requestType])];
  const index = [...(status === 'all' ? [] : ['status']), ...(requestType === 'all' ? [] : ['requestType']), column];
  if (prefix.length === 0) return column === 'receivedAt' ? db.cases.orderBy('[receivedAt+id]') : db.cases.orderBy(column);
  return db.cases.where(`[${index.join('+')}]`).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey], true, true);
}

const ordered = (c: CaseCollection, order: CaseListSort['order']) => (order === 'descend' ? c.reverse() : c);

/** How many cases the filter holds, and how many of them have a due date (they come first when sorted by it). */
export async function countCaseList(db: CaseDeskDatabase, query: CaseListFilterQuery): Promise<{ total: number; dated: number }> {
  const [total, dated] = await Promise.all([range(db, query, 'receivedAt').count(), query.sort.column === 'dueDate' ? range(db, query, 'dueDate').count() : undefined]);
  return { total, dated: dated ?? total };
}

/** Adds the requesters' display fields, reading only the requesters of these cases. */
export async function withRequesters(db: CaseDeskDatabase, cases: readonly Case[]): Promise<CaseListRow[]> {
  const ids = [...new Set(cases.map((c) => c.requesterId))];
  const requesters = new Map<string, Requester>();
  for (const r of await db.requesters.bulkGet(ids)) if (r) requesters.set(r.id, r);
  return cases.map((c) => {
    const r = requesters.get(c.requesterId);
    return r?.email ? { case: c, requesterName: r.name, requesterEmail: r.email } : { case: c, requesterName: r?.name ?? '' };
  });
}

/**
 * Rows `offset … offset + limit` of the filtered, sorted list. Sorted by due
 * date, the cases without one follow the dated ones (in order of receipt,
 * newest first); `dated` is countCaseList's.
 */
export async function readCaseListWindow(db: CaseDeskDatabase, query: CaseListFilterQuery, offset: number, limit: number, dated?: number): Promise<CaseListRow[]> {
  const { column } = query.sort;
  // the overdue list is in due-date order: the most overdue first, unless sorted by due date the other way
  const order = query.overdueBefore !== undefined && column !== 'dueDate' ? 'ascend' : query.sort.order;
  // every case has a receipt time and a reference: one range in that order
  if (column !== 'dueDate') return withRequesters(db, await ordered(range(db, query, column), order).offset(offset).limit(limit).toArray());
  const datedCount = dated ?? (await range(db, query, 'dueDate').count());
  const cases: Case[] = [];
  if (offset < datedCount) cases.push(...(await ordered(range(db, query, 'dueDate'), order).offset(offset).limit(limit).toArray()));
  if (cases.length < limit) {
    // the undated tail: rare (a rule gives nearly every case a date), read only when scrolled to
    const skip = Math.max(0, offset - datedCount);
    cases.push(...(await range(db, query, 'receivedAt').reverse().filter((c) => c.dueDate === undefined).offset(skip).limit(limit - cases.length).toArray()));
  }
  return withRequesters(db, cases);
}

/** The rows of the given case ids, in that order (a search's window). */
export async function readCaseRows(db: CaseDeskDatabase, ids: readonly string[]): Promise<CaseListRow[]> {
  const cases = (await db.cases.bulkGet([...ids])).filter((c): c is Case => c !== undefined);
  return withRequesters(db, cases);
}

/** Every case with its requester, newest first (tests and exports only: the list page reads windows). */
export async function listCases(db: CaseDeskDatabase): Promise<CaseListRow[]> {
  return withRequesters(db, await db.cases.orderBy('[receivedAt+id]').reverse().toArray());
}
