import type { Case } from '../../shared/domain/case';
import type { CaseListFilterQuery, CaseListSort } from './caseList';
import { requesterKeysBy } from './blindLookup';
import type { CaseDeskDatabase } from './database';

/**
 * The case list's text search, without loading every row:
 * - a reference (`CL-2026-0042`, `cl-2026-00`, `2026-0042`) by prefix on the
 *   `reference` index, at once;
 * - a requester by their whole name, email address or phone number, through
 *   the requesters' lookup (exact matches: a personal field is looked up,
 *   never indexed for parts of it);
 * - any other text in a case's subject or reference, by reading the cases in
 *   chunks, newest first, keeping only the ids of the matches: the first
 *   matches show while the rest of the store is read.
 */

/** What the list keeps of a match: enough to order it, not the case. */
export interface CaseSearchMatch {
  id: string;
  reference: string;
  receivedAt: string;
  dueDate?: string;
}

export interface CaseSearchProgress {
  /** in the list's order */
  matches: CaseSearchMatch[];
  /** cases read so far by the subject search (the reference and requester lookups read none) */
  scanned: number;
  done: boolean;
}

const CHUNK = 1000;
const REFERENCE_LIKE = /^(?:cl-?\d|\d{4}-\d)/i;

/** The reference prefix a needle means, if it looks like one (`2026-00` → `CL-2026-00`). */
export function referencePrefix(needle: string): string | undefined {
  const text = needle.trim().toUpperCase();
  if (!REFERENCE_LIKE.test(text)) return undefined;
  if (/^\d/.test(text)) return `CL-${text}`;
  return text.startsWith('CL-') ? text : `CL-${text.slice(2)}`;
}

/**
 * The requesters a needle names exactly: by email, phone, resident ID number
 * (15 or 18 characters) or whole name — through the requesters' keyed blind
 * indexes (issue 11), so nothing is decrypted and no plain value is indexed.
 * A part of a name cannot be found this way: the index holds no parts.
 */
export async function requesterIdsNamed(db: CaseDeskDatabase, needle: string): Promise<Set<string>> {
  const text = needle.trim();
  const digits = text.replace(/[\s-]/g, '');
  const [byEmail, byPhone, byId, byName] = await Promise.all([
    text.includes('@') ? requesterKeysBy(db, 'email', [text]) : [],
    /^\+?\d{5,}$/.test(digits) ? requesterKeysBy(db, 'phone', [digits]) : [],
    /^(\d{17}[\dXx]|\d{15})$/.test(digits) ? requesterKeysBy(db, 'idNumber', [digits]) : [],
    text ? requesterKeysBy(db, 'name', [text]) : [],
  ]);
  return new Set([...byEmail, ...byPhone, ...byId, ...byName]);
}

/** A resident ID number, 18 characters (the last may be X) or a legacy 15 digits, spaces and dashes aside. */
export const isIdNumberLike = (needle: string): boolean => /^(\d{17}[\dXx]|\d{15})$/.test(needle.trim().replace(/[\s-]/g, ''));

const matchOf = (c: Case): CaseSearchMatch =>
  c.dueDate ? { id: c.id, reference: c.reference, receivedAt: c.receivedAt, dueDate: c.dueDate } : { id: c.id, reference: c.reference, receivedAt: c.receivedAt };

function inFilter(c: Case, query: CaseListFilterQuery): boolean {
  return (
    (query.status === 'all' || c.status === query.status) &&
    (query.requestType === 'all' || c.requestType === query.requestType) &&
    (query.assignee === undefined || c.assignee === query.assignee) &&
    (query.overdueBefore === undefined || (c.status === 'open' && c.stage !== 'answered' && c.dueDate !== undefined && c.dueDate < query.overdueBefore))
  );
}

/** Orders matches as the list is ordered; sorted by due date, the undated come last. */
export function sortMatches(matches: CaseSearchMatch[], sort: CaseListSort): CaseSearchMatch[] {
  const sign = sort.order === 'descend' ? -1 : 1;
  const byReceipt = (a: CaseSearchMatch, b: CaseSearchMatch) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.id < b.id ? 1 : -1);
  return matches.sort((a, b) => {
    if (sort.column === 'receivedAt') return -sign * byReceipt(a, b);
    if (sort.column === 'reference') return sign * (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0);
    if (a.dueDate === b.dueDate) return byReceipt(a, b);
    if (a.dueDate === undefined) return 1;
    if (b.dueDate === undefined) return -1;
    return sign * (a.dueDate < b.dueDate ? -1 : 1);
  });
}

/**
 * Runs a search, reporting the matches as they are found; stops early when
 * `cancelled()` turns true (the officer typed on).
 */
export async function searchCases(
  db: CaseDeskDatabase,
  text: string,
  query: CaseListFilterQuery,
  onProgress: (progress: CaseSearchProgress) => void,
  cancelled: () => boolean = () => false,
): Promise<void> {
  const prefix = referencePrefix(text);
  if (prefix) {
    const found = await db.cases.where('reference').startsWith(prefix).filter((c) => inFilter(c, query)).toArray();
    if (!cancelled()) onProgress({ matches: sortMatches(found.map(matchOf), query.sort), scanned: 0, done: true });
    return;
  }
  const needle = text.trim().toLowerCase();
  const requesterIds = await requesterIdsNamed(db, text);
  const found = new Map<string, CaseSearchMatch>();
  // an ID number is found through its blind index alone, never by reading subjects for it (issue 14)
  const idNumber = isIdNumberLike(text);
  if (requesterIds.size > 0) {
    for (const c of await db.cases.where('requesterId').anyOf([...requesterIds]).toArray()) if (inFilter(c, query)) found.set(c.id, matchOf(c));
    if (cancelled()) return;
    onProgress({ matches: sortMatches([...found.values()], query.sort), scanned: 0, done: idNumber });
  }
  if (idNumber) {
    if (requesterIds.size === 0 && !cancelled()) onProgress({ matches: [], scanned: 0, done: true });
    return;
  }
  let scanned = 0;
  let cursor: [string, string] | undefined;
  for (;;) {
    const chunk = await (cursor ? db.cases.where('[receivedAt+id]').below(cursor) : db.cases.orderBy('[receivedAt+id]')).reverse().limit(CHUNK).toArray();
    if (cancelled()) return;
    for (const c of chunk) {
      if (inFilter(c, query) && (c.subject.toLowerCase().includes(needle) || c.reference.toLowerCase().includes(needle))) found.set(c.id, matchOf(c));
    }
    scanned += chunk.length;
    const last = chunk.at(-1);
    const done = chunk.length < CHUNK || !last;
    onProgress({ matches: sortMatches([...found.values()], query.sort), scanned, done });
    if (done) return;
    cursor = [last.receivedAt, last.id];
  }
}
