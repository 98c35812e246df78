import { describe, expect, it } from 'vitest';
import { computeDeadline } from './computeDeadline';
import { DEFAULT_DEADLINE_RULES, RIGHTS_REQUEST_CALENDAR_DAYS_RULE } from './deadlineRule';
import type { DeadlineInput } from './deadlineResult';
import { at, calendar, caseInput, extension, pause, verifiedOn } from './test-support/deadlineInput';

const compute = (input: DeadlineInput, today: string, rules = DEFAULT_DEADLINE_RULES) => computeDeadline(input, calendar, rules, today);

// Verified Monday 2026-09-21, 15 working days, no pause:
// 09-22…24 (3), 09-25…27 中秋 off, 28…30 (6), 10-01…07 off, 10-08, 09 (8), 10-10 Sat 补班 (9), 12…16 (14), 19 (15) → 10-19.
const verified0921 = (overrides: Partial<DeadlineInput> = {}) => verifiedOn('2026-09-21', overrides);

describe('pauses (waiting for the requester)', () => {
  it('without a pause the case is due 2026-10-19', () => {
    expect(compute(verified0921(), '2026-09-21').dueDate).toBe('2026-10-19');
  });

  it('a pause straddling National Day adds only the working days it covered', () => {
    // paused 09-29, answered 10-09: (09-29, 10-09] holds working days 09-30, 10-08, 10-09 → +3
    // count: 09-22…24 (3), 28, 29 (5), [paused], 10-10 Sat (6), 12…16 (11), 19…22 (15) → 10-22
    const r = compute(verified0921({ pauses: [pause('2026-09-29', '2026-10-09')] }), '2026-10-09');
    expect(r.dueDate).toBe('2026-10-22');
    expect(r.state).toBe('on-track');
    expect(r.explanation.pauses).toEqual([
      { id: 'p-2026-09-29', from: '2026-09-29', to: '2026-10-09', running: false, reason: '等待申请人补充身份证明', daysAdded: 3, dayUnit: 'working-days' },
    ]);
  });

  it('a pause that lies wholly inside a holiday adds nothing', () => {
    // (10-01, 10-07]: no working day
    const r = compute(verified0921({ pauses: [pause('2026-10-01', '2026-10-07')] }), '2026-10-09');
    expect(r.dueDate).toBe('2026-10-19');
    expect(r.explanation.pauses[0]?.daysAdded).toBe(0);
  });

  it('a pause over a make-up Saturday adds that Saturday', () => {
    // (10-09, 10-12]: 10-10 Sat 补班 and 10-12 Mon → +2: 10-19 → 10-21
    const r = compute(verified0921({ pauses: [pause('2026-10-09', '2026-10-12')] }), '2026-10-12');
    expect(r.dueDate).toBe('2026-10-21');
    expect(r.explanation.pauses[0]?.daysAdded).toBe(2);
  });

  it('a pause that starts after the due date does not move it', () => {
    const r = compute(verified0921({ pauses: [pause('2026-10-20', '2026-10-26')] }), '2026-10-26');
    expect(r.dueDate).toBe('2026-10-19');
    expect(r.state).toBe('overdue');
    expect(r.explanation.pauses[0]?.daysAdded).toBe(0);
  });

  it('two pauses add up', () => {
    // (09-22, 09-24]: 23, 24 → +2; (10-12, 10-13]: 13 → +1; 10-19 + 3 wd → 10-22
    const r = compute(verified0921({ pauses: [pause('2026-10-12', '2026-10-13'), pause('2026-09-22', '2026-09-24')] }), '2026-10-13');
    expect(r.dueDate).toBe('2026-10-22');
    expect(r.explanation.pauses.map((p) => p.daysAdded)).toEqual([1, 2]);
  });

  it('overlapping pauses count each paused day once, and are flagged', () => {
    // (09-22, 09-28] and (09-24, 09-29]: together (09-22, 09-29] = 23, 24, 28, 29 → +4
    const r = compute(verified0921({ pauses: [pause('2026-09-22', '2026-09-28', 'a'), pause('2026-09-24', '2026-09-29', 'b')] }), '2026-10-13');
    // 10-19 + 4 wd: 20, 21, 22, 23
    expect(r.dueDate).toBe('2026-10-23');
    expect(r.explanation.warnings).toContainEqual({ code: 'pauses-overlap' });
  });

  describe('a pause still running', () => {
    const running = verified0921({ pauses: [pause('2026-09-29')] });

    it('makes the case paused, with a provisional date as if the requester answered today', () => {
      // as if answered 10-09: the same count as the straddling pause above → 10-22
      const r = compute(running, '2026-10-09');
      expect(r.state).toBe('paused');
      expect(r.provisional).toBe(true);
      expect(r.dueDate).toBe('2026-10-22');
      expect(r.explanation.warnings).toContainEqual({ code: 'pause-running' });
      expect(r.explanation.pauses[0]).toMatchObject({ running: true, daysAdded: 3 });
    });

    it('keeps the working days left where they were when the clock stopped', () => {
      // 5 working days had been counted by 09-29 (22, 23, 24, 28, 29): 10 remain, whatever day it is
      expect(compute(running, '2026-10-09').workingDaysLeft).toBe(10);
      expect(compute(running, '2026-10-20').workingDaysLeft).toBe(10);
      expect(compute(running, '2026-10-20').dueDate).toBe('2026-11-03'); // 10-21…23 (3), 26…30 (8), 11-02, 03 (10)
    });

    it('does not rescue a case that was already overdue when the clock stopped', () => {
      const r = compute(verified0921({ pauses: [pause('2026-10-21')] }), '2026-10-26');
      expect(r.state).toBe('overdue');
    });

    it('ends on the closing day for a closed case', () => {
      const r = compute(verified0921({ pauses: [pause('2026-09-29')], status: 'closed', closedAt: at('2026-10-09') }), '2026-12-01');
      expect(r.dueDate).toBe('2026-10-22');
      expect(r.state).toBe('closed-on-time');
      expect(r.provisional).toBe(false);
    });
  });

  it('a pause before verification moves the ceiling, not the own due date', () => {
    // received 09-01, insufficient identity: paused (09-02, 09-10], verified 09-10
    // own: 09-11 (1), 14…18 (6), 09-20 Sun (7), 21…24 (11), 28…30 (14), 10-08 (15)
    // ceiling: 30 + 8 paused calendar days = 38 days from 09-01 → 10-09 (Friday)
    const input = caseInput({ receivedAt: at('2026-09-01'), verifiedAt: at('2026-09-10'), pauses: [pause('2026-09-02', '2026-09-10')] });
    const r = compute(input, '2026-09-10');
    expect(r.dueDate).toBe('2026-10-08');
    expect(r.explanation.pauses[0]?.daysAdded).toBe(0);
    expect(r.explanation.ceiling?.date).toBe('2026-10-09');
    expect(r.ceilingDate).toBeUndefined();
  });

  it('a pause on a calendar-day rule adds calendar days, then rolls forward', () => {
    // 15 calendar days from 09-16 → 10-01; paused (09-20, 09-23] adds 3 → 10-04 (holiday) → 10-08
    const r = compute(verifiedOn('2026-09-16', { pauses: [pause('2026-09-20', '2026-09-23')] }), '2026-09-23', [RIGHTS_REQUEST_CALENDAR_DAYS_RULE]);
    expect(r.dueDate).toBe('2026-10-08');
    expect(r.explanation.pauses[0]).toMatchObject({ daysAdded: 3, dayUnit: 'calendar-days' });
    expect(r.explanation.rule?.rolledForward?.from).toBe('2026-10-04');
  });
});

describe('extensions', () => {
  const gdpr = (overrides: Partial<DeadlineInput> = {}) => caseInput({ gdpr: true, receivedAt: at('2026-01-31'), ...overrides });

  it('GDPR: two further months make three months from receipt, the notice due by the end of the first', () => {
    const r = compute(gdpr({ extensions: [extension(2, '2026-02-20')] }), '2026-02-20');
    expect(r.dueDate).toBe('2026-04-30');
    // the first month ends Saturday 02-28, so the notice is due Monday 03-02 (Reg. 1182/71 art. 3(4))
    expect(r.extensionNoticeBy).toBe('2026-03-02');
    expect(r.explanation.rule?.countedAmount).toBe(3);
    expect(r.explanation.extensions).toEqual([
      { id: 'e-2026-02-20', amount: 2, unit: 'calendar-months', reason: '请求复杂', recordedOn: '2026-02-20', noticeBy: '2026-03-02', noticeLate: false },
    ]);
    expect(r.explanation.warnings).toEqual([]);
  });

  it('GDPR: an extension recorded after the first month is flagged', () => {
    const r = compute(gdpr({ extensions: [extension(2, '2026-03-03')] }), '2026-03-03');
    expect(r.explanation.extensions[0]?.noticeLate).toBe(true);
    expect(r.explanation.warnings).toContainEqual({ code: 'extension-notice-late', date: '2026-03-03' });
  });

  it('GDPR: more than two months is flagged', () => {
    const r = compute(gdpr({ extensions: [extension(2, '2026-02-10', 'a'), extension(1, '2026-02-11', 'b')] }), '2026-02-11');
    expect(r.dueDate).toBe('2026-06-01'); // 05-31 is a Sunday
    expect(r.explanation.warnings).toContainEqual({ code: 'extension-over-limit' });
  });

  it('a working-day rule is extended in working days, with a warning that the rule foresees none', () => {
    // IP notice received 09-28 due 10-23; + 5 working days → 10-30
    const r = compute(caseInput({ requestType: 'ip-notice', extensions: [extension(5, '2026-10-20')] }), '2026-10-20');
    expect(r.dueDate).toBe('2026-10-30');
    expect(r.explanation.warnings).toContainEqual({ code: 'extension-not-in-rule' });
    expect(r.extensionNoticeBy).toBeUndefined();
  });

  it('does not extend the ceiling', () => {
    // received 09-01, verified 09-20 (own due 10-16, ceiling 10-08); + 10 wd → own 10-30, ceiling still 10-08
    const input = caseInput({ receivedAt: at('2026-09-01'), verifiedAt: at('2026-09-20'), extensions: [extension(10, '2026-09-25')] });
    const r = compute(input, '2026-09-25');
    expect(r.dueDate).toBe('2026-10-30');
    expect(r.ceilingDate).toBe('2026-10-08');
    expect(r.legalDueDate).toBe('2026-10-08');
  });
});
