import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from './test-support/freshDatabase';
import { editCalendarDay, SHIPPED_CALENDAR_DATA } from '../../shared/calendar';
import { closeCase, extendDeadline, markIdentityVerified, pauseClock, recomputeOpenCases, reopenCase, resumeClock, setTargetDate, voidCase } from './caseClock';
import { liveCases } from './liveTallies';
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
    const gdpr = accessRequest(true);
    const opened = await openCase(db, { ...gdpr, case: { ...gdpr.case, gdpr: true } }, '王敏', at('2026-09-28'));
    await setTargetDate(db, opened.id, '2026-10-20', '李娜');
    await extendDeadline(db, opened.id, { amount: 1, reason: '案情复杂' }, '李娜');
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

  it('延长期限 on a rule without extensions is refused, and nothing is saved (issue 14)', async () => {
    const opened = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    await expect(extendDeadline(db, opened.id, { amount: 5, reason: '案情复杂' }, '王敏')).rejects.toThrow('not allowed: no-extension-in-rule');
    expect(await db.cases.get(opened.id)).toMatchObject({ extensions: [], dueDate: opened.dueDate });
    expect(await db.auditLog.where('action').equals('clock.extended').count()).toBe(0);
  });

  it('作废: the number stays, the case leaves the live counts, the audit event names no reason (issue 14)', async () => {
    const opened = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    const voided = await voidCase(db, opened.id, '李雷寄来的附件不是申请', '王敏', at('2026-09-29'));
    expect(voided).toMatchObject({ reference: opened.reference, status: 'closed', stage: 'voided', voided: { reason: '李雷寄来的附件不是申请', by: '王敏' } });
    expect(await liveCases(db)).toEqual([]);
    expect((await db.liveTallies.toArray()).every((t) => t.paused === 0 && t.undated === 0 && Object.values(t.due).every((n) => n === 0))).toBe(true);
    const event = await db.auditLog.where('action').equals('case.voided').first();
    expect(event).toMatchObject({ actor: '王敏', summary: `${opened.reference} voided` });
    expect(JSON.stringify(event)).not.toContain('李雷');
    await expect(reopenCase(db, opened.id, '误作废', '王敏')).rejects.toThrow('not allowed: voided');
    expect(await verifyAuditLog(db, { records: true })).toMatchObject({ ok: true });
  });

  it('重新打开: a closed case is open again with its due date recomputed, audited (issue 14)', async () => {
    const opened = await openCase(db, accessRequest(true), '王敏', at('2026-09-28'));
    await closeCase(db, opened.id, { outcome: 'granted', closedAt: '2026-10-09T02:00:00.000Z' }, '王敏');
    const reopened = await reopenCase(db, opened.id, '申请人指出答复有遗漏', '王敏', at('2026-10-12'));
    expect(reopened).toMatchObject({ status: 'open', stage: 'in-progress', dueDate: '2026-10-23', reopenings: [{ reason: '申请人指出答复有遗漏', by: '王敏' }] });
    expect(reopened.closedAt).toBeUndefined();
    const event = await db.auditLog.where('action').equals('case.reopened').first();
    expect(event).toMatchObject({ before: { status: 'closed' }, after: { status: 'open' } });
    expect(JSON.stringify(event)).not.toContain('遗漏');
  });
});
