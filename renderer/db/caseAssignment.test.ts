import { describe, expect, it } from 'vitest';
import { aCase } from '../features/dashboard/test-support/cases';
import { assignCases, closeCases, knownOfficers } from './caseAssignment';
import { countCaseList, readCaseListWindow, DEFAULT_CASE_LIST_SORT } from './caseList';
import type { CaseDeskDatabase } from './database';
import { withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

describe('assignment and bulk actions (issue 14)', () => {
  it('转办: each reassigned case gets an audit event naming from and to; closed cases are left alone', async () => {
    const [a, b, closed] = [aCase({ status: 'open', assignee: '王敏' }), aCase({ status: 'open', assignee: '' }), aCase({ status: 'closed', assignee: '王敏' })];
    await db.cases.bulkAdd([a, b, closed]);
    const report = await assignCases(db, [a.id, b.id, closed.id], '李娜', '张经理');
    expect(report).toEqual({ done: 2, skipped: [closed.reference] });
    expect((await db.cases.bulkGet([a.id, b.id, closed.id])).map((c) => c?.assignee)).toEqual(['李娜', '李娜', '王敏']);
    const events = await db.auditLog.where('action').equals('case.assigned').toArray();
    expect(events.map((e) => e.summary).sort()).toEqual([`${a.reference} 王敏 → 李娜`, `${b.reference} — → 李娜`].sort());
    expect(events.every((e) => e.actor === '张经理')).toBe(true);
    expect(await knownOfficers(db)).toEqual(['李娜']);
  });

  it('bulk close: every open case closed with its own audit event, the closed one skipped', async () => {
    const cases = [aCase({ status: 'open', dueDate: '2026-09-30' }), aCase({ status: 'paused' }), aCase({ status: 'closed' })];
    await db.cases.bulkAdd(cases);
    const report = await closeCases(db, cases.map((c) => c.id), { outcome: 'granted', closedAt: '2026-09-29T08:00:00.000Z' }, '王敏');
    expect(report).toEqual({ done: 2, skipped: [cases[2]!.reference] });
    expect((await db.cases.bulkGet(cases.map((c) => c.id))).map((c) => c?.status)).toEqual(['closed', 'closed', 'closed']);
    expect(await db.auditLog.where('action').equals('case.status-changed').count()).toBe(2);
  });

  it('the list filters one officer and the overdue cases through their index ranges, answered cases not overdue', async () => {
    await db.cases.bulkAdd([
      aCase({ status: 'open', assignee: '王敏', dueDate: '2026-09-01' }),
      aCase({ status: 'open', assignee: '王敏', dueDate: '2026-12-01' }),
      aCase({ status: 'open', stage: 'answered', assignee: '王敏', dueDate: '2026-09-02' }),
      aCase({ status: 'paused', assignee: '李娜', dueDate: '2026-09-03' }),
      aCase({ status: 'open', assignee: '李娜', dueDate: '2026-09-04' }),
    ]);
    const base = { status: 'all', requestType: 'all', sort: DEFAULT_CASE_LIST_SORT } as const;
    const dues = async (q: Parameters<typeof countCaseList>[1]) => (await readCaseListWindow(db, q, 0, 40)).map((r) => `${r.case.assignee} ${r.case.dueDate}`);
    expect((await countCaseList(db, { ...base, assignee: '王敏' })).total).toBe(3);
    expect((await countCaseList(db, { ...base, overdueBefore: '2026-09-29' })).total).toBe(2);
    expect(await dues({ ...base, overdueBefore: '2026-09-29' })).toEqual(['王敏 2026-09-01', '李娜 2026-09-04']);
    expect(await dues({ ...base, overdueBefore: '2026-09-29', assignee: '李娜' })).toEqual(['李娜 2026-09-04']);
  });
});
