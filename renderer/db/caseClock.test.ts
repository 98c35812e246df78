import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from './test-support/freshDatabase';
import { editCalendarDay, SHIPPED_CALENDAR_DATA } from '../../shared/calendar';
import { closeCase, extendDeadline, markIdentityVerified, pauseClock, recomputeOpenCases, resumeClock, setTargetDate } from './caseClock';
import { openCase, type CaseIntake } from './cases';
import { CaseDeskDatabase } from './database';
import { writeSetting } from './settings';
import { verifyAuditLog } from './audit/verifyStore';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

// received and verified on 2026-09-28, 10:00 in Shanghai
const SEPT_28 = '2026-09-28T02:00:00.000Z';
const at = (date: string) => new Date(`${date}T04:00:00.000Z`);

function accessRequest(verified: boolean): CaseIntake {
  return {
    requester: { create: { kind: 'individual', name: '李雷', email: 'li@qq.com', region: 'mainland' } },
    case: {
      channel: 'email',
      receivedAt: SEPT_28,
      receivedAtSource: 'received-header',
      requestType: 'access',
      typeConfirmed: true,
      gdpr: false,
      subject: '查阅申请',
      summary: '',
      status: 'open',
      stage: verified ? 'in-progress' : 'verifying',
      assignee: '王敏',
      pauses: [],
      extensions: [],
      messageIds: [],
      ...(verified ? { verifiedAt: SEPT_28 } : {}),
    },
  };
}

describe('the clock of a case', () => {
  it('before verification only the 30-day ceiling runs; verification starts the 15-working-day clock', async () => {
    const opened = await openCase(db, accessRequest(false), '王敏', at('2026-09-28'));
    // 30 calendar days from 09-28 is 10-28 (a Wednesday, a working day)
    expect(opened.dueDate).toBe('2026-10-28');
    const verified = await markIdentityVerified(db, opened.id, SEPT_28, '王敏', at('2026-09-28'));
    // SPEC worked example: 15 working days from 2026-09-28 → 2026-10-23
    expect(verified.dueDate).toBe('2026-10-23');
    expect(verified.stage).toBe('in-progress');
  });

  it('a pause moves the due date by the working days spent waiting for the requester', async () => {
    const opened = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    expect(opened.dueDate).toBe('2026-10-23');
    const paused = await pauseClock(db, opened.id, '2026-10-12', '等待补充身份证明', '王敏', at('2026-10-12'));
    expect(paused.status).toBe('paused');
    // answered on Wednesday 10-14: the 13th and 14th did not count → 10-23 + 2 working days = Tuesday 10-27
    const resumed = await resumeClock(db, opened.id, '2026-10-14', '王敏', at('2026-10-14'));
    expect(resumed.status).toBe('open');
    expect(resumed.dueDate).toBe('2026-10-27');
    expect(resumed.pauses).toEqual([expect.objectContaining({ from: '2026-10-12', to: '2026-10-14', reason: '等待补充身份证明', by: '王敏' })]);
  });

  it('refuses a second pause while one runs, and a resume before the pause began', async () => {
    const opened = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    await pauseClock(db, opened.id, '2026-10-12', 'x', '王敏');
    await expect(pauseClock(db, opened.id, '2026-10-13', 'y', '王敏')).rejects.toThrow(/already paused/);
    await expect(resumeClock(db, opened.id, '2026-10-11', '王敏')).rejects.toThrow();
    expect((await db.cases.get(opened.id))!.pauses).toHaveLength(1);
  });

  it('records every change in the audit chain with the before and after', async () => {
    const opened = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    await setTargetDate(db, opened.id, '2026-10-20', '李娜');
    await extendDeadline(db, opened.id, { amount: 5, reason: '案情复杂' }, '李娜');
    const events = (await db.auditLog.orderBy('[chain+seq]').toArray()).filter((e) => e.action !== 'store.created');
    expect(events.map((e) => e.action)).toEqual(['case.created', 'case.updated', 'clock.extended']);
    expect(events[1]).toMatchObject({ actor: '李娜', before: { targetDate: undefined }, after: { targetDate: '2026-10-20' } });
    expect(await verifyAuditLog(db, { records: true })).toMatchObject({ ok: true });
  });

  it('will not close a refusal without reasons (PIPL 50)', async () => {
    const opened = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    expect(() => closeCase(db, opened.id, { outcome: 'refused', closedAt: '2026-10-10T02:00:00.000Z', refusalReasons: '  ' }, '王敏')).toThrow(/PIPL 50/);
    const closed = await closeCase(db, opened.id, { outcome: 'refused', closedAt: '2026-10-10T02:00:00.000Z', refusalReasons: '法律要求保存' }, '王敏');
    expect(closed).toMatchObject({ status: 'closed', outcome: 'refused', refusalReasons: '法律要求保存' });
  });

  it('when the calendar gains a holiday, open cases are recomputed and say their date moved; closed ones keep theirs', async () => {
    const open = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    const done = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    await closeCase(db, done.id, { outcome: 'granted', closedAt: '2026-10-09T02:00:00.000Z' }, '王敏');
    const edited = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-20', kind: 'holiday', name: { zh: '测试假日', en: 'Test holiday' } });
    if (!edited.ok) throw new Error('edit refused');
    await writeSetting(db, 'calendar', edited.data, '王敏');
    const report = await recomputeOpenCases(db, '王敏');
    expect(report.moved).toEqual([{ caseId: open.id, reference: open.reference, from: '2026-10-23', to: '2026-10-26' }]);
    expect(await db.cases.get(open.id)).toMatchObject({ dueDate: '2026-10-26', dueDateMovedFrom: '2026-10-23' });
    expect((await db.cases.get(done.id))!.dueDate).toBe('2026-10-23');
    const last = await db.auditLog.orderBy('[chain+seq]').last();
    expect(last).toMatchObject({ action: 'clock.recomputed', actor: '王敏' });
  });
});
