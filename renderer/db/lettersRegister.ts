import type { Case } from '../../shared/domain/case';
import type { LetterStatus, ResponseLetter } from '../../shared/domain/letter';
import type { Requester } from '../../shared/domain/requester';
import { instantFromShanghai, type LocalDate } from '../../shared/domain/time';
import type { CaseDeskDatabase } from './database';

/**
 * The 函件 register (SPEC §4): the letters of a span of days, by status and
 * officer, with what printing and sending need from their cases. Signed
 * letters are found through the `signedAt` index (a key range, never a scan
 * of every letter); drafts, which have no signing day, by their last change.
 */
export interface RegisterFilter {
  from: LocalDate;
  /** inclusive */
  to: LocalDate;
  /** `issued`: signed, whether sent yet or not (the default: the day's signed letters); `all` adds the drafts */
  status: LetterStatus | 'issued' | 'all';
  /** the officer who signed (a draft: the case's assignee), or every officer */
  officer: string | 'all';
}

export interface RegisterRow {
  letter: ResponseLetter;
  case?: Case;
  requester?: Requester;
}

function nextDay(date: LocalDate): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

export async function listRegister(db: CaseDeskDatabase, filter: RegisterFilter): Promise<RegisterRow[]> {
  const start = instantFromShanghai(filter.from);
  const end = instantFromShanghai(nextDay(filter.to));
  const letters: ResponseLetter[] = [];
  if (filter.status !== 'draft') {
    const signed = await db.letters.where('signedAt').between(start, end, true, false).toArray();
    letters.push(...signed.filter((l) => filter.status === 'all' || filter.status === 'issued' || l.status === filter.status));
  }
  if (filter.status === 'draft' || filter.status === 'all') {
    letters.push(...(await db.letters.where('status').equals('draft').filter((l) => l.updatedAt >= start && l.updatedAt < end).toArray()));
  }
  const cases = new Map<string, Case>();
  for (const c of await db.cases.bulkGet([...new Set(letters.map((l) => l.caseId))])) if (c) cases.set(c.id, c);
  const requesters = new Map<string, Requester>();
  for (const r of await db.requesters.bulkGet([...new Set([...cases.values()].map((c) => c.requesterId))])) if (r) requesters.set(r.id, r);
  const rows = letters
    .map((letter) => {
      const c = cases.get(letter.caseId);
      return { letter, case: c, requester: c ? requesters.get(c.requesterId) : undefined };
    })
    .filter((row) => filter.officer === 'all' || (row.letter.signedBy ?? row.case?.assignee) === filter.officer);
  // newest first: the order in which the day's work is checked
  return rows.sort((a, b) => (b.letter.signedAt ?? b.letter.updatedAt).localeCompare(a.letter.signedAt ?? a.letter.updatedAt));
}

/** Every officer who has signed a letter, for the register's filter (from the index, not the letters). */
export async function letterOfficers(db: CaseDeskDatabase): Promise<string[]> {
  const names = await db.letters.orderBy('signedBy').uniqueKeys();
  return names.filter((n): n is string => typeof n === 'string' && n !== '').sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/**
 * A reply that goes on paper: the case came by post, or the letter was sent
 * by post; and there is an address to write on the envelope.
 */
export function isPostalReply(row: RegisterRow): boolean {
  if (!row.requester?.address?.trim()) return false;
  return row.case?.channel === 'postal' || row.letter.sentVia === 'post';
}
