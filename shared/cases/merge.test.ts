import { describe, expect, it } from 'vitest';
import { liveTallyKeys } from '../deadlines/liveTallies';
import { DEFAULT_DEADLINE_RULES } from '../deadlines/deadlineRule';
import { closingFacts } from '../deadlines/responseFigures';
import { SHIPPED_CALENDAR_DATA } from '../calendar/shippedCalendarData';
import { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import { caseSchema, type Case } from '../domain/case';
import { canReopen, voidedCase } from './lifecycle';
import { canBeMergeTarget, canMerge, mergedCases } from './merge';

function aCase(fields: Partial<Case> = {}): Case {
  return caseSchema.parse({
    id: 'case-7',
    reference: 'CL-2026-0007',
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
    messageIds: ['<dup@example.com>'],
    createdAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    ...fields,
  });
}
const target = () => aCase({ id: 'case-1', reference: 'CL-2026-0001', requesterId: 'requester-0', messageIds: ['<first@example.com>'], stage: 'in-progress' });
const AT = '2026-12-02T03:00:00.000Z';
const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);

describe('合并: a duplicate merged into the case that carries on', () => {
  it('closes the duplicate as merged: number kept, voided with the reason, pointing at the target', () => {
    const { merged } = mergedCases(aCase(), target(), { reason: '同一申请重复登记', at: AT, by: '王敏' });
    expect(caseSchema.parse(merged)).toMatchObject({
      reference: 'CL-2026-0007',
      status: 'closed',
      stage: 'voided',
      voided: { reason: '同一申请重复登记', by: '王敏', at: AT },
      mergedInto: { caseId: 'case-1', reference: 'CL-2026-0001' },
    });
    expect(merged.closedAt).toBeUndefined();
    expect(liveTallyKeys(merged)).toEqual([]);
    expect(closingFacts(merged, calendar, DEFAULT_DEADLINE_RULES)).toBeUndefined();
  });

  it('hands the mail thread to the target, which keeps its own requester and stage and names the merged case', () => {
    const { merged, target: t } = mergedCases(aCase(), target(), { reason: '重复', at: AT, by: '王敏' });
    expect(merged.messageIds).toEqual([]);
    expect(t.messageIds).toEqual(['<first@example.com>', '<dup@example.com>']);
    expect(t).toMatchObject({ requesterId: 'requester-0', stage: 'in-progress', status: 'open' });
    expect(caseSchema.parse(t).mergedFrom).toEqual([{ caseId: 'case-7', reference: 'CL-2026-0007', at: AT, by: '王敏' }]);
  });

  it('ends a running pause of the duplicate on the day of the merge', () => {
    const paused = aCase({ status: 'paused', stage: 'awaiting-requester', pauses: [{ id: 'p', from: '2026-12-01', reason: '等待补充', by: '王敏' }] });
    expect(mergedCases(paused, target(), { reason: '重复', at: AT, by: '王敏' }).merged.pauses[0]?.to).toBe('2026-12-02');
  });

  it('needs a reason and refuses what cannot be merged, each with its reason', () => {
    expect(() => mergedCases(aCase(), target(), { reason: ' ', at: AT, by: '王敏' })).toThrow('a reason is required');
    expect(canMerge(aCase(), aCase())).toEqual({ allowed: false, why: 'same-case' });
    const closed = aCase({ status: 'closed', stage: 'closed', outcome: 'granted', closedAt: AT });
    expect(canMerge(closed, target())).toEqual({ allowed: false, why: 'closed' });
    expect(canMerge(aCase(), { ...target(), status: 'closed', stage: 'closed' })).toEqual({ allowed: false, why: 'target-unavailable' });
    const voided = voidedCase(target(), { reason: '误登记', at: AT, by: '王敏' });
    expect(canMerge(aCase(), voided)).toEqual({ allowed: false, why: 'target-unavailable' });
    expect(canBeMergeTarget(voided)).toBe(false);
    const { merged } = mergedCases(aCase(), target(), { reason: '重复', at: AT, by: '王敏' });
    // a merged case is not merged again nor reopened: its material is on the target now
    expect(canMerge(merged, target())).toEqual({ allowed: false, why: 'voided' });
    expect(canReopen(merged)).toEqual({ allowed: false, why: 'voided' });
    expect(() => mergedCases(merged, target(), { reason: '重复', at: AT, by: '王敏' })).toThrow('not allowed: voided');
  });
});
