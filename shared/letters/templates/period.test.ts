import { describe, expect, it } from 'vitest';
import { COMPLAINT_RULE, DEFAULT_DEADLINE_RULES, RIGHTS_REQUEST_CALENDAR_DAYS_RULE } from '../../deadlines/deadlineRule';
import { periodOf, sampleCase, sampleLetter } from '../test-support/sampleLetters';
import { periodStatement } from './period';

const strict = DEFAULT_DEADLINE_RULES.map((r) => (r.id === 'rights-request' ? RIGHTS_REQUEST_CALENDAR_DAYS_RULE : r));

describe('the promise of an answer, made from the rule in force', () => {
  it('cites policy 4.6 for its own words, 15日, with the concrete date', () => {
    // verified 2026-09-28; 15 days → 10-13 (a Tuesday)
    const period = periodOf(sampleCase, strict);
    expect(periodStatement(period, 'zh-CN')).toBe('我们原则上将于收到您的请求并验证您的身份后15日内作出答复（《昶联隐私政策》第4.6条），即不晚于2026年10月13日');
    expect(periodStatement(period, 'en-US')).toBe(
      'We will as a rule answer within 15 days of receiving your request and verifying your identity (section 4.6 of the Changlian Privacy Policy), that is by 13 October 2026',
    );
  });

  it('does not put 15个工作日 in policy 4.6’s mouth: a working-day rule is stated as ours, uncited, with its date', () => {
    const text = periodStatement(periodOf(sampleCase), 'zh-CN');
    expect(text).toBe('我们将于收到您的请求并验证您的身份后15个工作日内作出答复，即不晚于2026年10月23日');
    expect(text).not.toContain('第4.6条');
  });

  it('cites 4.7.1 for a complaint, whose own words are 15个工作日', () => {
    const complaint = { ...sampleCase, requestType: 'complaint' as const };
    expect(periodStatement(periodOf(complaint, [COMPLAINT_RULE]), 'zh-CN')).toBe(
      '我们一般将于收到您的请求并验证您的身份后15个工作日内作出答复（《昶联隐私政策》第4.7.1条），即不晚于2026年10月23日',
    );
  });

  it('before verification, gives the ceiling’s concrete date with its source', () => {
    const { verifiedAt: _v, ...unverified } = sampleCase;
    const text = periodStatement(periodOf(unverified, strict), 'zh-CN');
    // received 2026-09-28 + 30 days = 10-28 (a Wednesday)
    expect(text).toBe(
      '我们原则上将于收到您的请求并验证您的身份后15日内作出答复（《昶联隐私政策》第4.6条）；无论如何，我们最迟将于2026年10月28日前答复您（收到请求后30日，《信息安全技术 个人信息安全规范》（GB/T 35273—2020）第8.7条）',
    );
  });

  it('follows a manager’s change of the rule: 10 days instead of 15', () => {
    const ten = strict.map((r) => (r.id === 'rights-request' ? { ...r, amount: 10 } : r));
    const text = periodStatement(periodOf(sampleCase, ten), 'en-US') ?? '';
    // 10 days is not what 4.6 says: no citation; 09-28 + 10 = 10-08 (National Day over, a Thursday)
    expect(text).toBe('We will answer within 10 days of receiving your request and verifying your identity, that is by 8 October 2026');
  });

  it('gives the GDPR month with Art. 12(3), and says when the date moved off a weekend (Reg. 1182/71)', () => {
    // received 2026-11-12: the month ends Saturday 12-12 → Monday 12-14 (the 30-day ceiling, rolled by 民法典 203, is the same day)
    const c = { ...sampleCase, gdpr: true, receivedAt: '2026-11-12T02:00:00.000Z' };
    expect(periodStatement(periodOf(c, DEFAULT_DEADLINE_RULES, '2026-11-12'), 'en-US')).toBe(
      'We will answer without undue delay and at the latest within one month of receiving your request (Article 12(3) GDPR), that is by 14 December 2026 (the month ends on 12 December 2026, a Saturday, Sunday or public holiday, so the period runs to the end of the next working day)',
    );
    // where the 30-day ceiling comes first (a 31-day month), the letter promises its date
    const july = { ...sampleCase, gdpr: true, receivedAt: '2026-08-12T02:00:00.000Z' };
    expect(periodStatement(periodOf(july, DEFAULT_DEADLINE_RULES, '2026-08-12'), 'en-US')).toContain(
      '; in any event, we will answer by 11 September 2026 at the latest (within 30 days of receiving your request, section 8.7 of the national standard GB/T 35273—2020)',
    );
  });

  it('is what the acknowledgement prints', () => {
    const zh = sampleLetter('acknowledgement', 'zh-CN').sections[0]?.paragraphs.map((p) => p.text) ?? [];
    expect(zh).toContain('我们将于收到您的请求并验证您的身份后15个工作日内作出答复，即不晚于2026年10月23日。');
    expect(zh.join('')).not.toContain('15个工作日内（《昶联隐私政策》第4.6条）');
  });
});
