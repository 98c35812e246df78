import { describe, expect, it } from 'vitest';
import { liveTallyKeys } from '../deadlines/liveTallies';
import { DEFAULT_DEADLINE_RULES } from '../deadlines/deadlineRule';
import { closingFacts } from '../deadlines/responseFigures';
import { SHIPPED_CALENDAR_DATA } from '../calendar/shippedCalendarData';
import { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import { caseSchema, type Case } from '../domain/case';
import { computeDeadline } from '../deadlines/computeDeadline';
import { reachedThresholds } from '../deadlines/dueNotifications';
import { answeredCase, canExtend, canMarkAnswered, canReopen, canVoid, reopenedCase, voidedCase } from './lifecycle';

function aCase(fields: Partial<Case> = {}): Case {
  return caseSchema.parse({
    id: 'case-1',
    reference: 'CL-2026-0006',
    channel: 'email',
    receivedAt: '2026-12-01T02:00:00.000Z',
    receivedAtSource: 'received-header',
    requesterId: 'requester-1',
    requestType: 'access',
    typeConfirmed: false,
    gdpr: false,
    subject: '',
    summary: '',
    status: 'open',
    stage: 'received',
    assignee: '王敏',
    pauses: [],
    extensions: [],
    messageIds: [],
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...fields,
  });
}
const AT = '2026-12-02T03:00:00.000Z';
const closed = () => aCase({ status: 'closed', stage: 'closed', outcome: 'granted', closedAt: '2026-12-01T09:00:00.000Z', verifiedAt: '2026-12-01T03:00:00.000Z' });
const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);

describe('作废: a case opened by mistake', () => {
  it('keeps its number, is closed with stage 作废 and no closing date, and the reason is on record', () => {
    const v = voidedCase(aCase(), { reason: '附件不是邮件，误立案', at: AT, by: '王敏' });
    expect(caseSchema.parse(v)).toMatchObject({ reference: 'CL-2026-0006', status: 'closed', stage: 'voided', voided: { reason: '附件不是邮件，误立案', by: '王敏', at: AT } });
    expect(v.closedAt).toBeUndefined();
    expect(v.outcome).toBeUndefined();
  });
  it('is off the live counts (dashboard) and off the monthly closed figures', () => {
    const v = voidedCase(aCase(), { reason: '误登记', at: AT, by: '王敏' });
    expect(liveTallyKeys(aCase())).not.toEqual([]);
    expect(liveTallyKeys(v)).toEqual([]);
    expect(closingFacts(v, calendar, DEFAULT_DEADLINE_RULES)).toBeUndefined();
  });
  it('ends a running pause on the day it is voided', () => {
    const paused = aCase({ status: 'paused', stage: 'awaiting-requester', pauses: [{ id: 'p', from: '2026-12-01', reason: '等待补充', by: '王敏' }] });
    expect(voidedCase(paused, { reason: '误登记', at: AT, by: '王敏' }).pauses[0]?.to).toBe('2026-12-02');
  });
  it('needs a reason, and is refused for a closed or already voided case', () => {
    expect(() => voidedCase(aCase(), { reason: '  ', at: AT, by: '王敏' })).toThrow('a reason is required');
    expect(canVoid(closed())).toEqual({ allowed: false, why: 'closed' });
    const v = voidedCase(aCase(), { reason: '误登记', at: AT, by: '王敏' });
    expect(canVoid(v)).toEqual({ allowed: false, why: 'voided' });
    expect(canReopen(v)).toEqual({ allowed: false, why: 'voided' });
  });
});

describe('重新打开: a closed case', () => {
  it('is open again, its closing undone, the reason kept', () => {
    const r = reopenedCase(closed(), { reason: '申请人指出答复遗漏了部分信息', at: AT, by: '王敏' });
    expect(caseSchema.parse(r)).toMatchObject({ status: 'open', stage: 'in-progress', reopenings: [{ reason: '申请人指出答复遗漏了部分信息', at: AT, by: '王敏' }] });
    expect(r.closedAt).toBeUndefined();
    expect(r.outcome).toBeUndefined();
    expect(liveTallyKeys(r)).not.toEqual([]);
  });
  it('an unverified case goes back to verification', () => {
    expect(reopenedCase(aCase({ status: 'closed', stage: 'closed', outcome: 'granted', closedAt: AT }), { reason: '误结案', at: AT, by: '王敏' }).stage).toBe('verifying');
  });
  it('is refused for a case that is not closed, and without a reason', () => {
    expect(canReopen(aCase())).toEqual({ allowed: false, why: 'not-closed' });
    expect(() => reopenedCase(aCase(), { reason: '误结案', at: AT, by: '王敏' })).toThrow('not allowed: not-closed');
    expect(() => reopenedCase(closed(), { reason: '', at: AT, by: '王敏' })).toThrow('a reason is required');
  });
});

describe('延长期限 is allowed only where the rule foresees it', () => {
  it('the policy 4.6 rule has no extension: refused with that reason', () => {
    expect(canExtend(aCase(), DEFAULT_DEADLINE_RULES)).toEqual({ allowed: false, why: 'no-extension-in-rule' });
  });
  it('GDPR Art. 12(3): two further months, then no more', () => {
    expect(canExtend(aCase({ gdpr: true }), DEFAULT_DEADLINE_RULES)).toEqual({ allowed: true, left: 2 });
    const used = aCase({ gdpr: true, extensions: [{ id: 'e', amount: 2, reason: '复杂', at: AT, by: '王敏' }] });
    expect(canExtend(used, DEFAULT_DEADLINE_RULES)).toEqual({ allowed: false, why: 'extension-used-up' });
  });
  it('not on a closed or voided case', () => {
    expect(canExtend(closed(), DEFAULT_DEADLINE_RULES)).toEqual({ allowed: false, why: 'closed' });
    expect(canExtend(voidedCase(aCase({ gdpr: true }), { reason: '误登记', at: AT, by: '王敏' }), DEFAULT_DEADLINE_RULES)).toEqual({ allowed: false, why: 'voided' });
  });
});

describe('已答复: answered, awaiting closure (issue 14)', () => {
  const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);
  const verified = aCase({ stage: 'in-progress', verifiedAt: '2026-09-01T02:00:00.000Z', receivedAt: '2026-09-01T02:00:00.000Z' });

  it('only a running case is answered; paused, closed, voided and answered ones say why not', () => {
    expect(canMarkAnswered(verified)).toEqual({ allowed: true });
    expect(canMarkAnswered(aCase({ status: 'paused', stage: 'awaiting-requester' }))).toEqual({ allowed: false, why: 'not-running' });
    expect(canMarkAnswered(aCase({ status: 'closed', stage: 'closed' }))).toEqual({ allowed: false, why: 'closed' });
    expect(canMarkAnswered(answeredCase(verified))).toEqual({ allowed: false, why: 'answered' });
  });

  it('an answered case past its date is never overdue, sends no reminder, yet stays live until closed', () => {
    const answered = answeredCase(verified);
    expect(answered).toMatchObject({ status: 'open', stage: 'answered' });
    const today = '2026-12-01';
    expect(computeDeadline(verified, calendar, DEFAULT_DEADLINE_RULES, today).state).toBe('overdue');
    const result = computeDeadline(answered, calendar, DEFAULT_DEADLINE_RULES, today);
    expect(result.state).toBe('answered');
    expect(reachedThresholds(result)).toEqual([]);
    expect(liveTallyKeys(answered)).not.toEqual([]);
  });
});
