import { describe, expect, it } from 'vitest';
import { requestTypeIds } from '../domain/requestTypes';
import {
  CEILING_RULE,
  COMPLAINT_RULE,
  DEFAULT_DEADLINE_RULES,
  GDPR_RULE,
  IP_NOTICE_RULE,
  RIGHTS_REQUEST_CALENDAR_DAYS_RULE,
  RIGHTS_REQUEST_RULE,
  deadlineRuleSchema,
  deadlineRulesSchema,
  selectRules,
} from './deadlineRule';

describe('the default rules (SPEC §3 table)', () => {
  it('are valid rules with unique ids', () => {
    expect(deadlineRulesSchema.safeParse(DEFAULT_DEADLINE_RULES).success).toBe(true);
    expect(deadlineRuleSchema.safeParse(RIGHTS_REQUEST_CALENDAR_DAYS_RULE).success).toBe(true);
  });

  it('state the SPEC’s periods, start events and sources', () => {
    expect(DEFAULT_DEADLINE_RULES.map((r) => [r.id, r.unit, r.amount, r.startEvent, r.source])).toEqual([
      ['gdpr', 'calendar-months', 1, 'receipt', 'GDPR Art. 12(3)'],
      ['rights-request', 'working-days', 15, 'identity-verified', '隐私政策 4.6'],
      ['complaint', 'working-days', 15, 'identity-verified', '隐私政策 4.7.1'],
      ['ip-notice', 'working-days', 15, 'receipt', '法律声明 三'],
      ['ceiling', 'calendar-days', 30, 'receipt', 'GB/T 35273—2020 8.7'],
    ]);
    expect(GDPR_RULE.extension).toEqual({ maxAmount: 2, noticeWithinFirstPeriod: true });
    expect(RIGHTS_REQUEST_CALENDAR_DAYS_RULE).toMatchObject({ id: 'rights-request', unit: 'calendar-days', amount: 15, startEvent: 'identity-verified' });
  });

  it('give every rights request of policy §4 the rights-request rule', () => {
    expect(RIGHTS_REQUEST_RULE.appliesTo).toEqual({
      kind: 'request-types',
      requestTypes: ['access', 'copy', 'portability', 'correction', 'deletion', 'account-cancellation', 'consent-withdrawal', 'explanation', 'deceased-relative', 'minor', 'restriction'],
    });
  });
});

describe('selectRules', () => {
  it.each(requestTypeIds.map((t) => [t]))('finds the rule for a %s request, and the ceiling', (type) => {
    const expected = type === 'complaint' ? COMPLAINT_RULE : type === 'ip-notice' ? IP_NOTICE_RULE : type === 'other' ? undefined : RIGHTS_REQUEST_RULE;
    const choice = selectRules({ requestType: type, gdpr: false }, DEFAULT_DEADLINE_RULES);
    expect(choice.primary).toBe(expected);
    expect(choice.ceiling).toBe(CEILING_RULE);
  });

  it('gives an EEA case the GDPR rule whatever its type', () => {
    expect(selectRules({ requestType: 'ip-notice', gdpr: true }, DEFAULT_DEADLINE_RULES).primary).toBe(GDPR_RULE);
    expect(selectRules({ requestType: 'other', gdpr: true }, DEFAULT_DEADLINE_RULES).primary).toBe(GDPR_RULE);
  });

  it('falls back to the type’s rule for an EEA case when no GDPR rule is configured', () => {
    expect(selectRules({ requestType: 'access', gdpr: true }, [RIGHTS_REQUEST_RULE]).primary).toBe(RIGHTS_REQUEST_RULE);
  });

  it('takes the first matching rule of each kind', () => {
    const stricter = { ...RIGHTS_REQUEST_CALENDAR_DAYS_RULE, id: 'strict' };
    expect(selectRules({ requestType: 'access', gdpr: false }, [stricter, ...DEFAULT_DEADLINE_RULES]).primary).toBe(stricter);
  });
});

describe('rule validation', () => {
  it.each([
    ['a zero amount', { ...RIGHTS_REQUEST_RULE, amount: 0 }],
    ['a fractional amount', { ...RIGHTS_REQUEST_RULE, amount: 1.5 }],
    ['an unknown unit', { ...RIGHTS_REQUEST_RULE, unit: 'weeks' }],
    ['an empty source', { ...RIGHTS_REQUEST_RULE, source: '' }],
    ['no request types', { ...RIGHTS_REQUEST_RULE, appliesTo: { kind: 'request-types', requestTypes: [] } }],
    ['an unknown request type', { ...RIGHTS_REQUEST_RULE, appliesTo: { kind: 'request-types', requestTypes: ['gossip'] } }],
  ])('refuses %s', (_what, rule) => {
    expect(deadlineRuleSchema.safeParse(rule).success).toBe(false);
  });

  it('refuses two rules with the same id', () => {
    expect(deadlineRulesSchema.safeParse([RIGHTS_REQUEST_RULE, RIGHTS_REQUEST_CALENDAR_DAYS_RULE]).success).toBe(false);
  });
});
