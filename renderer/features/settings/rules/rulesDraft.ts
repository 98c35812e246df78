import { type DeadlineRule, deadlineRuleSchema, deadlineRulesSchema, DEFAULT_DEADLINE_RULES, RIGHTS_REQUEST_RULE } from '../../../../shared/deadlines';

/**
 * Editing the deadline rules in Settings (SPEC §3): the officer changes a
 * draft, each rule is checked with the same schema that guards the stored
 * setting, and only a valid, changed draft may be saved.
 */

/**
 * Policy 4.6's "15日" read as the product does (working days, the regulators'
 * yardstick) or strictly (calendar days, the last day rolled forward per
 * 民法典 203: RIGHTS_REQUEST_CALENDAR_DAYS_RULE).
 */
export type RightsRequestReading = 'working-days' | 'calendar-days';

const RIGHTS_ID = RIGHTS_REQUEST_RULE.id;

/** The reading in force; undefined when the rule is missing or counts in another unit. */
export function rightsRequestReading(rules: readonly DeadlineRule[]): RightsRequestReading | undefined {
  const unit = rules.find((r) => r.id === RIGHTS_ID)?.unit;
  return unit === 'working-days' || unit === 'calendar-days' ? unit : undefined;
}

/** Switches the reading; the period's amount stays as the officer set it. */
export function withRightsRequestReading(rules: readonly DeadlineRule[], reading: RightsRequestReading): DeadlineRule[] {
  return rules.map((r) => (r.id === RIGHTS_ID ? { ...r, unit: reading } : r));
}

/**
 * A new period length. An emptied field becomes NaN rather than a default,
 * so that validation names it instead of a number the officer never typed.
 */
export function withAmount(rules: readonly DeadlineRule[], ruleId: string, amount: number | null): DeadlineRule[] {
  return rules.map((r) => (r.id === ruleId ? { ...r, amount: amount ?? Number.NaN } : r));
}

/** A new extension limit, for a rule that foresees extension. */
export function withExtensionLimit(rules: readonly DeadlineRule[], ruleId: string, maxAmount: number | null): DeadlineRule[] {
  return rules.map((r) => (r.id === ruleId && r.extension ? { ...r, extension: { ...r.extension, maxAmount: maxAmount ?? Number.NaN } } : r));
}

/**
 * A change to how a rule counts: its unit, its start event, or the clause
 * it cites (SPEC §3: each rule is editable and shown with its source).
 */
export function withRuleChange(
  rules: readonly DeadlineRule[],
  ruleId: string,
  change: Partial<Pick<DeadlineRule, 'unit' | 'startEvent' | 'source'>>,
): DeadlineRule[] {
  return rules.map((r) => (r.id === ruleId ? { ...r, ...change } : r));
}

export type RuleField = 'amount' | 'extension' | 'source' | 'rule';

export interface RuleIssue {
  ruleId: string;
  field: RuleField;
}

/** What deadlineRuleSchema refuses, by rule and field; the screen words each as "a whole number from 1 to 10,000". */
export function validateRules(rules: readonly DeadlineRule[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const rule of rules) {
    const parsed = deadlineRuleSchema.safeParse(rule);
    if (parsed.success) continue;
    const fieldOf = (key: PropertyKey | undefined): RuleField => (key === 'amount' || key === 'extension' || key === 'source' ? key : 'rule');
    const fields = new Set<RuleField>(parsed.error.issues.map((i) => fieldOf(i.path[0])));
    for (const field of fields) issues.push({ ruleId: rule.id, field });
  }
  // the list as a whole (unique ids, at most 100): cannot fail through this screen, but the store checks it
  if (issues.length === 0 && !deadlineRulesSchema.safeParse(rules).success) issues.push({ ruleId: '', field: 'rule' });
  return issues;
}

export function sameRules(a: readonly DeadlineRule[], b: readonly DeadlineRule[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isDefaultRules(rules: readonly DeadlineRule[]): boolean {
  return sameRules(rules, DEFAULT_DEADLINE_RULES);
}
