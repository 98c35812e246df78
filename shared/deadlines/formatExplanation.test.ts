import { describe, expect, it } from 'vitest';
import { computeDeadline } from './computeDeadline';
import { DEFAULT_DEADLINE_RULES } from './deadlineRule';
import { deadlineStateLabel, formatCalendarIssue, formatExplanation, workingDaysLeftLabel } from './formatExplanation';
import { at, calendar, caseInput, extension, pause, verifiedOn } from './test-support/deadlineInput';

const rules = DEFAULT_DEADLINE_RULES;

describe('formatExplanation', () => {
  it('explains 2026-09-28 → 2026-10-23 in Chinese, naming National Day and the 10-10 make-up day', () => {
    const r = computeDeadline(verifiedOn('2026-09-28'), calendar, rules, '2026-09-28');
    expect(formatExplanation(r, 'zh-CN')).toEqual([
      { kind: 'rule', text: '规则：个人信息权利请求（隐私政策 4.6），自身份验证完成之日起 15 个工作日' },
      { kind: 'start', text: '起算：2026-09-28 身份验证完成；当日不计入，自次日起算（民法典第二百零一条）' },
      { kind: 'holiday', text: '不计入的法定节假日：国庆节 2026-10-01 至 2026-10-07（7 天）' },
      { kind: 'make-up-day', text: '计入的调休上班日：2026-10-10（星期六，国庆节调休）' },
      { kind: 'due', text: '到期日：2026-10-23' },
      { kind: 'calendar', text: '节假日日历版本：2026.1' },
    ]);
  });

  it('explains the same in English', () => {
    const r = computeDeadline(verifiedOn('2026-09-28'), calendar, rules, '2026-09-28');
    const text = formatExplanation(r, 'en-US').map((l) => l.text);
    expect(text).toContain('Public holiday not counted: National Day 2026-10-01 to 2026-10-07 (7 days)');
    expect(text).toContain('Make-up working day counted: 2026-10-10 (Saturday, for National Day)');
    expect(text).toContain('Due date: 2026-10-23');
  });

  it('joins Mid-Autumn and National Day 2025 into one block, as the notice does', () => {
    const r = computeDeadline(verifiedOn('2025-09-26'), calendar, rules, '2025-09-26');
    const holidays = formatExplanation(r, 'zh-CN').filter((l) => l.kind === 'holiday');
    expect(holidays.map((l) => l.text)).toEqual(['不计入的法定节假日：国庆节、中秋节 2025-10-01 至 2025-10-08（8 天）']);
  });

  it('explains the roll-forward of a ceiling (民法典 203) and a running pause', () => {
    const r = computeDeadline(caseInput({ requestType: 'other', receivedAt: at('2026-09-01'), pauses: [] }), calendar, rules, '2026-09-01');
    const lines = formatExplanation(r, 'zh-CN');
    expect(lines).toContainEqual({ kind: 'ceiling', text: '复杂情形上限：自收到请求之日（2026-09-01）起 30 日（GB/T 35273—2020 8.7），至 2026-10-08' });
    expect(lines).toContainEqual({ kind: 'roll-forward', text: '期限末日 2026-10-01 为法定节假日或休息日，顺延至 2026-10-08（民法典第二百零三条）' });

    const paused = computeDeadline(verifiedOn('2026-09-21', { pauses: [pause('2026-09-29')] }), calendar, rules, '2026-10-09');
    const en = formatExplanation(paused, 'en-US');
    expect(en).toContainEqual({
      kind: 'pause',
      text: 'Paused since 2026-09-29, waiting for the requester; 3 working days added so far (assuming an answer today); reason: 等待申请人补充身份证明',
    });
    expect(en).toContainEqual({ kind: 'warning', text: 'Paused: the due date is provisional' });
  });

  it('says when a ceiling governs and when a year is unpublished', () => {
    const r = computeDeadline(caseInput({ receivedAt: at('2026-12-01'), verifiedAt: at('2026-12-28') }), calendar, rules, '2026-12-28');
    const lines = formatExplanation(r, 'zh-CN').map((l) => l.text);
    expect(lines).toContain('上限日 2026-12-31 早于本规则到期日，以上限日为准');
    expect(lines).toContain('2027 年节假日安排尚未公布，暂按周一至周五计算');
  });

  it('explains a GDPR extension and its notice deadline', () => {
    const r = computeDeadline(caseInput({ gdpr: true, receivedAt: at('2026-01-31'), extensions: [extension(2, '2026-03-03')] }), calendar, rules, '2026-03-03');
    const lines = formatExplanation(r, 'en-US').map((l) => l.text);
    expect(lines).toContain('Extended by 2 month(s), recorded 2026-03-03; reason: 请求复杂');
    // the first month ends Saturday 02-28, rolled to Monday 03-02 (Reg. 1182/71 art. 3(4))
    expect(lines).toContain('Extension recorded on 2026-03-03, after the notice deadline 2026-03-02');
    expect(lines).toContain('The requester must be told of an extension by 2026-03-02 (GDPR Art. 12(3))');
    expect(lines).toContain('Due date: 2026-04-30');
  });

  it('says the period has not started before verification', () => {
    const r = computeDeadline(caseInput({ receivedAt: at('2026-09-01') }), calendar, rules, '2026-09-02');
    const lines = formatExplanation(r, 'zh-CN').map((l) => l.text);
    expect(lines).toContain('尚未起算：期限自身份验证完成之日起计算');
    expect(lines).toContain('等待身份验证，本规则期限尚未起算');
  });
});

describe('labels', () => {
  const ip = caseInput({ requestType: 'ip-notice', receivedAt: at('2026-09-28') });
  it.each([
    ['2026-10-20', 'zh-CN', '3 个工作日内到期', '剩余 3 个工作日'],
    ['2026-10-23', 'zh-CN', '今日到期', '今日到期'],
    ['2026-10-24', 'zh-CN', '已逾期', '已逾期'],
    ['2026-10-27', 'en-US', 'Overdue', '2 working days overdue'],
    ['2026-10-12', 'en-US', 'On track', '9 working days left'],
  ] as const)('on %s (%s): %s, %s', (today, locale, state, left) => {
    const r = computeDeadline(ip, calendar, rules, today);
    expect(deadlineStateLabel(r.state, locale)).toBe(state);
    expect(workingDaysLeftLabel(r, locale)).toBe(left);
  });

  it('turns calendar issues into sentences', () => {
    expect(formatCalendarIssue({ code: 'make-up-not-weekend', severity: 'error', date: '2027-02-19', year: '2027' }, 'zh-CN')).toBe(
      '2027-02-19 不是周末，不能设为调休上班日',
    );
    expect(formatCalendarIssue({ code: 'ics-not-a-calendar', severity: 'error' }, 'en-US')).toBe('This file is not an iCalendar (.ics) calendar');
  });
});
