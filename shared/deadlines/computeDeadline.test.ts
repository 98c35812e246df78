import { describe, expect, it } from 'vitest';
import { computeDeadline } from './computeDeadline';
import { DEFAULT_DEADLINE_RULES, type DeadlineRule, IP_NOTICE_RULE } from './deadlineRule';
import type { DeadlineInput } from './deadlineResult';
import { at, calendar, caseInput, verifiedOn } from './test-support/deadlineInput';

const compute = (input: DeadlineInput, today: string, rules: readonly DeadlineRule[] = DEFAULT_DEADLINE_RULES) =>
  computeDeadline(input, calendar, rules, today);

// An IP notice received 2026-09-28 is due 2026-10-23 (15 working days from receipt).
const ipNotice = (overrides: Partial<DeadlineInput> = {}) => caseInput({ requestType: 'ip-notice', receivedAt: at('2026-09-28'), ...overrides });

describe('start instants are Shanghai days (民法典 201 counts from the next day)', () => {
  it.each([
    ['2026-09-27T17:00:00.000Z', '2026-09-28', '2026-10-23'], // 01:00 on the 28th in Shanghai
    ['2026-09-27T16:00:00.000Z', '2026-09-28', '2026-10-23'], // midnight exactly
    ['2026-09-27T15:59:59.000Z', '2026-09-27', '2026-10-22'], // 23:59:59 on Sunday the 27th (中秋): 09-28 is day 1
    ['2026-09-28T15:59:59.999Z', '2026-09-28', '2026-10-23'],
  ])('received %s is %s, due %s', (receivedAt, startDate, dueDate) => {
    const r = compute(caseInput({ requestType: 'ip-notice', receivedAt }), '2026-09-28');
    expect(r.explanation.rule?.startDate).toBe(startDate);
    expect(r.dueDate).toBe(dueDate);
  });

  it('starts a rights request at verification, not receipt', () => {
    const r = compute(caseInput({ receivedAt: at('2026-09-01'), verifiedAt: '2026-09-27T17:00:00.000Z' }), '2026-09-28');
    expect(r.explanation.rule?.startEvent).toBe('identity-verified');
    expect(r.explanation.rule?.startDate).toBe('2026-09-28');
    expect(r.dueDate).toBe('2026-10-23');
  });
});

describe('state and working days left', () => {
  it.each([
    ['2026-10-12', 'on-track', 9], // 13…16, 19…23
    ['2026-10-16', 'on-track', 5],
    ['2026-10-20', 'due-soon', 3], // 21, 22, 23
    ['2026-10-22', 'due-soon', 1],
    ['2026-10-23', 'due-today', 0],
    ['2026-10-24', 'overdue', 0], // Saturday after: no working day has passed yet, but the date has
    ['2026-10-26', 'overdue', -1],
    ['2026-10-30', 'overdue', -5],
  ])('on %s the case is %s with %i working days left', (today, state, left) => {
    const r = compute(ipNotice(), today);
    expect(r.state).toBe(state);
    expect(r.workingDaysLeft).toBe(left);
    expect(r.effectiveDueDate).toBe('2026-10-23');
  });

  it('counts down to an internal target that comes first, keeping the legal date apart', () => {
    const r = compute(ipNotice({ targetDate: '2026-10-16' }), '2026-10-14');
    expect(r.dueDate).toBe('2026-10-23');
    expect(r.legalDueDate).toBe('2026-10-23');
    expect(r.effectiveDueDate).toBe('2026-10-16');
    expect(r.workingDaysLeft).toBe(2);
    expect(r.state).toBe('due-soon');
  });

  it('ignores a target later than the legal date for the countdown', () => {
    const r = compute(ipNotice({ targetDate: '2026-11-30' }), '2026-10-14');
    expect(r.effectiveDueDate).toBe('2026-10-23');
    expect(r.targetDate).toBe('2026-11-30');
  });
});

describe('closed cases', () => {
  it.each([
    ['2026-10-23T09:00:00.000Z', 'closed-on-time'], // 17:00 on the due day in Shanghai
    ['2026-10-23T15:59:00.000Z', 'closed-on-time'], // 23:59
    ['2026-10-23T16:30:00.000Z', 'closed-late'], // 00:30 the next day in Shanghai
    ['2026-10-01T02:00:00.000Z', 'closed-on-time'],
  ])('closed at %s is %s', (closedAt, state) => {
    expect(compute(ipNotice({ status: 'closed', closedAt }), '2026-12-01').state).toBe(state);
  });

  it('judges on time against the legal date, not the internal target', () => {
    const r = compute(ipNotice({ status: 'closed', closedAt: at('2026-10-20'), targetDate: '2026-10-16' }), '2026-12-01');
    expect(r.state).toBe('closed-on-time');
    expect(r.workingDaysLeft).toBeUndefined();
  });

  it('judges against the ceiling when it came first', () => {
    // received 09-01, verified 09-20: own due 10-16, ceiling 10-08
    const input = caseInput({ receivedAt: at('2026-09-01'), verifiedAt: at('2026-09-20'), status: 'closed', closedAt: at('2026-10-09') });
    expect(compute(input, '2026-12-01').state).toBe('closed-late');
  });

  it('warns about a closed case without a closing time and judges it as of today', () => {
    const r = compute(ipNotice({ status: 'closed' }), '2026-10-26');
    expect(r.state).toBe('closed-late');
    expect(r.explanation.warnings).toContainEqual({ code: 'closed-without-date' });
  });
});

describe('the 30-day ceiling from receipt', () => {
  it('becomes the binding date when verification came late', () => {
    // verified Sunday 09-20 (补班): 09-21…24 (4), 28…30 (7), 10-08, 09 (9), 10-10 Sat (10), 12…16 (15) → 10-16
    // ceiling: 2026-09-01 + 30 = 10-01 (National Day) → 10-08
    const r = compute(caseInput({ receivedAt: at('2026-09-01'), verifiedAt: at('2026-09-20') }), '2026-10-02');
    expect(r.dueDate).toBe('2026-10-16');
    expect(r.ceilingDate).toBe('2026-10-08');
    expect(r.legalDueDate).toBe('2026-10-08');
    expect(r.effectiveDueDate).toBe('2026-10-08');
    expect(r.workingDaysLeft).toBe(1);
    expect(r.state).toBe('due-soon');
  });

  it('is not shown when it comes later than the own due date', () => {
    // IP notice received 09-01: 09-02…04 (3), 07…11 (8), 14…18 (13), 09-20 Sun 补班 (14), 21 (15); ceiling 10-08
    const r = compute(caseInput({ requestType: 'ip-notice', receivedAt: at('2026-09-01') }), '2026-09-01');
    expect(r.dueDate).toBe('2026-09-21');
    expect(r.ceilingDate).toBeUndefined();
    expect(r.legalDueDate).toBe('2026-09-21');
    expect(r.explanation.ceiling).toMatchObject({ date: '2026-10-08', governs: false });
  });

  it('is not shown when it falls on the same day as the own due date', () => {
    // verified 09-10: 09-11 (1), 14…18 (6), 09-20 Sun 补班 (7), 21…24 (11), 28…30 (14), 10-08 (15); ceiling 10-08 too
    const r = compute(caseInput({ receivedAt: at('2026-09-01'), verifiedAt: at('2026-09-10') }), '2026-09-10');
    expect(r.dueDate).toBe('2026-10-08');
    expect(r.ceilingDate).toBeUndefined();
    expect(r.legalDueDate).toBe('2026-10-08');
  });
});

describe('before identity verification (clock not started)', () => {
  const unverified = caseInput({ receivedAt: at('2026-09-01') });

  it('has no own due date but the ceiling runs', () => {
    const r = compute(unverified, '2026-09-10');
    expect(r.state).toBe('not-started');
    expect(r.provisional).toBe(true);
    expect(r.dueDate).toBeUndefined();
    expect(r.ceilingDate).toBe('2026-10-08');
    expect(r.effectiveDueDate).toBe('2026-10-08');
    // 09-11, 14…18, 20 (补班), 21…24, 28…30, 10-08
    expect(r.workingDaysLeft).toBe(15);
    expect(r.explanation.rule?.startDate).toBeUndefined();
    expect(r.explanation.warnings).toContainEqual({ code: 'awaiting-verification' });
  });

  it.each([
    ['2026-09-30', 'due-soon'],
    ['2026-10-08', 'due-today'],
    ['2026-10-09', 'overdue'],
  ])('cannot hide in "not started" as the ceiling nears: on %s it is %s', (today, state) => {
    expect(compute(unverified, today).state).toBe(state);
  });
});

describe('rules', () => {
  it('gives a complaint 15 working days from verification', () => {
    const r = compute(verifiedOn('2026-09-28', { requestType: 'complaint' }), '2026-09-28');
    expect(r.explanation.rule?.ruleId).toBe('complaint');
    expect(r.explanation.rule?.source).toBe('隐私政策 4.7.1');
    expect(r.dueDate).toBe('2026-10-23');
  });

  it('applies the GDPR rule to an EEA case whatever its type', () => {
    const r = compute(caseInput({ requestType: 'complaint', gdpr: true, receivedAt: at('2026-01-31') }), '2026-02-01');
    expect(r.explanation.rule?.ruleId).toBe('gdpr');
    // 02-28 is a Saturday: Reg. 1182/71 art. 3(4) ends the month on Monday 03-02
    expect(r.dueDate).toBe('2026-03-02');
    expect(r.extensionNoticeBy).toBe('2026-03-02');
  });

  it('gives an "other" request only the ceiling', () => {
    const r = compute(caseInput({ requestType: 'other', receivedAt: at('2026-09-01') }), '2026-09-01');
    expect(r.explanation.rule).toBeUndefined();
    expect(r.dueDate).toBeUndefined();
    expect(r.legalDueDate).toBe('2026-10-08');
    expect(r.state).toBe('on-track');
  });

  it('warns when no rule at all applies', () => {
    const r = compute(caseInput({ requestType: 'other' }), '2026-09-28', [IP_NOTICE_RULE]);
    expect(r.legalDueDate).toBeUndefined();
    expect(r.explanation.warnings).toContainEqual({ code: 'no-rule' });
  });

  it('counts an hours rule continuously, holidays included', () => {
    const hours: DeadlineRule = { ...IP_NOTICE_RULE, unit: 'hours', amount: 72 };
    // 2026-10-01 04:00 Shanghai + 72 h = 10-04 04:00, in the middle of National Day: no roll
    const r = compute(caseInput({ requestType: 'ip-notice', receivedAt: '2026-09-30T20:00:00.000Z' }), '2026-10-01', [hours]);
    expect(r.dueDate).toBe('2026-10-04');
  });

  it('names the calendar version it counted on', () => {
    expect(compute(ipNotice(), '2026-10-01').explanation.calendarVersion).toBe('2026.1');
  });

  it('warns when verification is dated before receipt', () => {
    const r = compute(caseInput({ receivedAt: at('2026-09-28'), verifiedAt: at('2026-09-20') }), '2026-09-28');
    expect(r.explanation.warnings).toContainEqual({ code: 'verified-before-receipt' });
  });
});

describe('paused before verification', () => {
  it('is paused (waiting for identity documents), the ceiling moved by the calendar days paused', () => {
    // received 09-01; paused (09-03, running) as of 09-10: 7 calendar days → ceiling 09-01 + 37 = 10-08
    const r = compute(caseInput({ receivedAt: at('2026-09-01'), pauses: [{ id: 'p', from: '2026-09-03', reason: '身份证明不足', by: 'o' }] }), '2026-09-10');
    expect(r.state).toBe('paused');
    expect(r.dueDate).toBeUndefined();
    expect(r.ceilingDate).toBe('2026-10-08');
  });
});
