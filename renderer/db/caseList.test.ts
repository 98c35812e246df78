import { describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import type { RequestType } from '../../shared/domain/requestTypes';
import { aCase } from '../features/dashboard/test-support/cases';
import { countCaseList, DEFAULT_CASE_LIST_SORT, readCaseListWindow, type CaseListFilterQuery } from './caseList';
import { referencePrefix, searchCases, sortMatches, type CaseSearchProgress } from './caseSearch';
import { CaseDeskDatabase } from './database';
import { withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const statuses = ['open', 'paused', 'closed'] as const;
const types: RequestType[] = ['access', 'deletion', 'complaint'];

/** 60 cases a day apart, statuses and types in turn, every seventh without a due date. */
function manyCases(): Case[] {
  return Array.from({ length: 60 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    const due = new Date(Date.UTC(2026, 0, 1 + ((i * 37) % 60))).toISOString().slice(0, 10);
    return aCase({
      id: `c${String(i).padStart(2, '0')}`,
      reference: `CL-2026-${String(i + 1).padStart(4, '0')}`,
      status: statuses[i % 3]!,
      requestType: types[i % 4 === 0 ? 0 : i % 3]!,
      receivedAt: `${day}T02:00:00.000Z`,
      subject: i % 10 === 0 ? '申请删除个人信息' : '查阅申请',
      requesterId: `r${i % 5}`,
      ...(i % 7 === 0 ? {} : { dueDate: due }),
    });
  });
}

/** What the list must show for a query, worked out in memory from all the cases. */
function expectedOrder(cases: Case[], query: CaseListFilterQuery): string[] {
  const inFilter = cases.filter((c) => (query.status === 'all' || c.status === query.status) && (query.requestType === 'all' || c.requestType === query.requestType));
  const matches = sortMatches(
    inFilter.map((c) => ({ id: c.id, reference: c.reference, receivedAt: c.receivedAt, ...(c.dueDate ? { dueDate: c.dueDate } : {}) })),
    query.sort,
  );
  return matches.map((m) => m.id);
}

async function readAll(query: CaseListFilterQuery, window: number): Promise<string[]> {
  const { total, dated } = await countCaseList(db, query);
  const ids: string[] = [];
  for (let offset = 0; offset < total; offset += window) ids.push(...(await readCaseListWindow(db, query, offset, window, dated)).map((r) => r.case.id));
  return ids;
}

describe('the case list in windows over the indexes', () => {
  it('every filter and sort gives, window by window, exactly the cases in order, the undated last when sorted by due date', async () => {
    const cases = manyCases();
    await db.cases.bulkAdd(cases);
    for (const status of ['all', ...statuses] as const) {
      for (const requestType of ['all', 'deletion'] as const) {
        for (const sort of [DEFAULT_CASE_LIST_SORT, { column: 'receivedAt', order: 'ascend' }, { column: 'dueDate', order: 'ascend' }, { column: 'dueDate', order: 'descend' }, { column: 'reference', order: 'ascend' }, { column: 'reference', order: 'descend' }] as const) {
          const query = { status, requestType, sort };
          const expected = expectedOrder(cases, query);
          expect((await countCaseList(db, query)).total, JSON.stringify(query)).toBe(expected.length);
          expect(await readAll(query, 7), JSON.stringify(query)).toEqual(expected);
        }
      }
    }
  });

  it('reads the requesters of a window only', async () => {
    await db.requesters.bulkAdd(
      ['李雷', '韩梅梅'].map((name, i) => ({ id: `r${i}`, kind: 'individual' as const, name, region: 'mainland' as const, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' })),
    );
    await db.cases.bulkAdd(manyCases().slice(0, 2));
    const rows = await readCaseListWindow(db, { status: 'all', requestType: 'all', sort: DEFAULT_CASE_LIST_SORT }, 0, 10);
    expect(rows.map((r) => r.requesterName)).toEqual(['韩梅梅', '李雷']);
  });
});

describe('searching the case list', () => {
  const all = { status: 'all', requestType: 'all', sort: DEFAULT_CASE_LIST_SORT } as const;
  const search = async (text: string, query: CaseListFilterQuery = all) => {
    const seen: CaseSearchProgress[] = [];
    await searchCases(db, text, query, (p) => seen.push(p));
    return { last: seen.at(-1)!, seen };
  };

  it('takes a reference or the start of one, in any case and without CL-', () => {
    expect(referencePrefix('cl-2026-00')).toBe('CL-2026-00');
    expect(referencePrefix('2026-0042')).toBe('CL-2026-0042');
    expect(referencePrefix('CL2026')).toBe('CL-2026');
    expect(referencePrefix('删除')).toBeUndefined();
  });

  it('finds references by prefix through the index, filtered and in the list order', async () => {
    await db.cases.bulkAdd(manyCases());
    const { last } = await search('cl-2026-001');
    // CL-2026-0010 … 0019, newest first
    expect(last).toMatchObject({ done: true, scanned: 0 });
    expect(last.matches.map((m) => m.id)).toEqual(['c18', 'c17', 'c16', 'c15', 'c14', 'c13', 'c12', 'c11', 'c10', 'c09']);
    const closed = await search('CL-2026-001', { ...all, status: 'closed' });
    expect(closed.last.matches.map((m) => m.id)).toEqual(['c17', 'c14', 'c11']);
  });

  it('finds a requester by the whole name, email or phone, and words of a subject by reading the store', async () => {
    await db.requesters.bulkAdd([
      { id: 'r1', kind: 'individual', name: '李雷', email: 'li.lei@qq.com', phone: '13912345678', region: 'mainland', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const cases = manyCases();
    await db.cases.bulkAdd(cases);
    const ofLiLei = cases.filter((c) => c.requesterId === 'r1').map((c) => c.id).reverse();
    expect((await search('李雷')).last.matches.map((m) => m.id)).toEqual(ofLiLei);
    expect((await search('LI.LEI@qq.com')).last.matches.map((m) => m.id)).toEqual(ofLiLei);
    expect((await search('+86 139-1234-5678')).last.matches.map((m) => m.id)).toEqual(ofLiLei);
    // not a part of a name: personal fields are matched whole
    expect((await search('李')).last.matches).toEqual([]);
    const words = await search('删除');
    expect(words.last).toMatchObject({ done: true, scanned: 60 });
    expect(words.last.matches.map((m) => m.id)).toEqual(['c50', 'c40', 'c30', 'c20', 'c10', 'c00']);
  });

  it('finds an ID number through the blind index alone: no subject is read for it (issue 14)', async () => {
    await db.requesters.bulkAdd([
      { id: 'r2', kind: 'individual', name: '韩梅梅', idNumber: '11010519491231002X', region: 'mainland', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const cases = manyCases();
    await db.cases.bulkAdd(cases);
    const found = await search('110105 19491231 002x');
    expect(found.last).toMatchObject({ done: true, scanned: 0 });
    expect(found.last.matches.map((m) => m.id)).toEqual(cases.filter((c) => c.requesterId === 'r2').map((c) => c.id).reverse());
    // an unknown number finds nothing, and still reads no case
    expect((await search('110105194912310038')).seen).toEqual([{ matches: [], scanned: 0, done: true }]);
  });

  it('stops reading when the officer has typed on', async () => {
    await db.cases.bulkAdd(manyCases());
    const seen: CaseSearchProgress[] = [];
    await searchCases(db, '申请', all, (p) => seen.push(p), () => true);
    expect(seen).toEqual([]);
  });
});
