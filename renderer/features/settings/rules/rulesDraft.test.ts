import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES, RIGHTS_REQUEST_CALENDAR_DAYS_RULE, RIGHTS_REQUEST_RULE } from '../../../../shared/deadlines';
import { computeDeadline } from '../../../../shared/deadlines';
import { loadCalendar, SHIPPED_CALENDAR_DATA } from '../../../../shared/calendar';
import type { DeadlineInput } from '../../../../shared/deadlines';
import { isDefaultRules, rightsRequestReading, sameRules, validateRules, withAmount, withExtensionLimit, withRightsRequestReading, withRuleChange } from './rulesDraft';

describe('the rights-request reading of policy 4.6', () => {
  it('the defaults read "15日" as working days; the strict reading is the calendar-day rule', () => {
    expect(rightsRequestReading(DEFAULT_DEADLINE_RULES)).toBe('working-days');
    const strict = withRightsRequestReading(DEFAULT_DEADLINE_RULES, 'calendar-days');
    expect(strict.find((r) => r.id === 'rights-request')).toEqual(RIGHTS_REQUEST_CALENDAR_DAYS_RULE);
    expect(rightsRequestReading(strict)).toBe('calendar-days');
    // the other rules are untouched, and switching back gives the defaults
    expect(strict.filter((r) => r.id !== 'rights-request')).toEqual(DEFAULT_DEADLINE_RULES.filter((r) => r.id !== 'rights-request'));
    expect(isDefaultRules(withRightsRequestReading(strict, 'working-days'))).toBe(true);
  });

  it('keeps an edited amount when the reading changes', () => {
    const ten = withRightsRequestReading(withAmount(DEFAULT_DEADLINE_RULES, 'rights-request', 10), 'calendar-days');
    expect(ten.find((r) => r.id === 'rights-request')).toMatchObject({ unit: 'calendar-days', amount: 10 });
  });

  it('has no reading when the rule is missing', () => {
    expect(rightsRequestReading(DEFAULT_DEADLINE_RULES.filter((r) => r.id !== RIGHTS_REQUEST_RULE.id))).toBeUndefined();
  });
});

describe('validating edited amounts', () => {
  it('accepts whole numbers from 1 to 10,000', () => {
    expect(validateRules(withAmount(DEFAULT_DEADLINE_RULES, 'complaint', 20))).toEqual([]);
    expect(validateRules(withAmount(DEFAULT_DEADLINE_RULES, 'complaint', 10_000))).toEqual([]);
  });

  it.each([[null], [0], [-3], [1.5], [10_001]])('refuses %s as a period, naming the rule and field', (amount) => {
    expect(validateRules(withAmount(DEFAULT_DEADLINE_RULES, 'complaint', amount))).toEqual([{ ruleId: 'complaint', field: 'amount' }]);
  });

  it('checks the extension limit of a rule that has one, and ignores it on a rule that has none', () => {
    expect(validateRules(withExtensionLimit(DEFAULT_DEADLINE_RULES, 'gdpr', 0))).toEqual([{ ruleId: 'gdpr', field: 'extension' }]);
    expect(withExtensionLimit(DEFAULT_DEADLINE_RULES, 'complaint', 5)).toEqual(DEFAULT_DEADLINE_RULES);
  });

  it('tells a changed draft from the rules in force', () => {
    expect(sameRules(DEFAULT_DEADLINE_RULES, [...DEFAULT_DEADLINE_RULES])).toBe(true);
    expect(sameRules(DEFAULT_DEADLINE_RULES, withAmount(DEFAULT_DEADLINE_RULES, 'ceiling', 31))).toBe(false);
  });
});

describe('changing how a rule counts: unit, start event, source clause', () => {
  const loaded = loadCalendar(SHIPPED_CALENDAR_DATA);
  if (!loaded.ok) throw new Error('shipped calendar');
  // an IP notice received on 2026-09-28 (10:00 Shanghai), identity verified on 10-09
  const notice: DeadlineInput = {
    requestType: 'ip-notice',
    gdpr: false,
    receivedAt: '2026-09-28T02:00:00.000Z',
    verifiedAt: '2026-10-09T02:00:00.000Z',
    pauses: [],
    extensions: [],
    status: 'open',
  };
  const due = (rules: Parameters<typeof computeDeadline>[2]) => computeDeadline(notice, loaded.calendar, rules, '2026-09-28').dueDate;

  it('a new start event moves the due date as the engine counts it', () => {
    // 15 working days from receipt 09-28 → 10-23 (SPEC §3 worked example)
    expect(due(DEFAULT_DEADLINE_RULES)).toBe('2026-10-23');
    // from verification 10-09 (Friday): 10-10 (make-up Saturday) is day 1 … day 15 is Thursday 10-29
    expect(due(withRuleChange(DEFAULT_DEADLINE_RULES, 'ip-notice', { startEvent: 'identity-verified' }))).toBe('2026-10-29');
  });

  it('a new unit too: 15 calendar days from 09-28 end on 10-13, a working day', () => {
    expect(due(withRuleChange(DEFAULT_DEADLINE_RULES, 'ip-notice', { unit: 'calendar-days' }))).toBe('2026-10-13');
  });

  it('the source clause is required, and its absence is named as such', () => {
    expect(validateRules(withRuleChange(DEFAULT_DEADLINE_RULES, 'complaint', { source: 'GB/T 35273 8.7' }))).toEqual([]);
    expect(validateRules(withRuleChange(DEFAULT_DEADLINE_RULES, 'complaint', { source: '' }))).toEqual([{ ruleId: 'complaint', field: 'source' }]);
  });
});
