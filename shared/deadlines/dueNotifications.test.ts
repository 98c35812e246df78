import { describe, expect, it } from 'vitest';
import { computeDeadline } from './computeDeadline';
import { DEFAULT_DEADLINE_RULES } from './deadlineRule';
import { notificationKey, notificationText, notificationToSend, reachedThresholds } from './dueNotifications';
import { at, calendar, caseInput, pause } from './test-support/deadlineInput';

// IP notice received 2026-09-28: due 2026-10-23.
const on = (today: string, overrides = {}) =>
  computeDeadline(caseInput({ requestType: 'ip-notice', receivedAt: at('2026-09-28'), ...overrides }), calendar, DEFAULT_DEADLINE_RULES, today);

describe('due-date notifications', () => {
  it.each([
    ['2026-10-15', []], // 6 working days left
    ['2026-10-16', ['five-working-days']], // 19…23: 5 left
    ['2026-10-21', ['five-working-days']], // 2 left
    ['2026-10-22', ['one-working-day', 'five-working-days']],
    ['2026-10-23', ['one-working-day', 'five-working-days']], // due today
    ['2026-10-24', ['overdue', 'one-working-day', 'five-working-days']],
  ])('on %s the thresholds reached are %j', (today, expected) => {
    expect(reachedThresholds(on(today))).toEqual(expected);
  });

  it('sends each threshold once, and never a lesser one after a more urgent one', () => {
    expect(notificationToSend(on('2026-10-16'), [])).toBe('five-working-days');
    expect(notificationToSend(on('2026-10-19'), ['five-working-days'])).toBeUndefined();
    expect(notificationToSend(on('2026-10-22'), ['five-working-days'])).toBe('one-working-day');
    expect(notificationToSend(on('2026-10-22'), [])).toBe('one-working-day'); // found late: only the urgent one
    expect(notificationToSend(on('2026-10-23'), ['one-working-day'])).toBeUndefined();
    expect(notificationToSend(on('2026-10-26'), ['one-working-day'])).toBe('overdue');
    expect(notificationToSend(on('2026-10-27'), ['overdue'])).toBeUndefined();
  });

  it('sends nothing while paused or once closed', () => {
    expect(reachedThresholds(on('2026-10-22', { pauses: [pause('2026-10-21')] }))).toEqual([]);
    expect(reachedThresholds(on('2026-10-26', { status: 'closed', closedAt: at('2026-10-26') }))).toEqual([]);
  });

  it('keys a notification by case, threshold and date, and words it in both languages', () => {
    expect(notificationKey('c1', 'overdue', '2026-10-23')).toBe('deadline:c1:overdue:2026-10-23');
    expect(notificationText('zh-CN', 'five-working-days', 'CL-2026-0001', '2026-10-23')).toEqual({
      title: 'CL-2026-0001 还有 5 个工作日到期',
      body: '到期日：2026-10-23',
    });
    expect(notificationText('en-US', 'overdue', 'CL-2026-0001', '2026-10-23').title).toBe('CL-2026-0001 is overdue');
  });
});
