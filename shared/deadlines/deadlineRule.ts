import { z } from 'zod';
import { type RequestType, requestTypeIds, requestTypeSchema, requestTypes } from '../domain/requestTypes';

/**
 * How a deadline is counted (SPEC §3). Each rule names its source clause,
 * which the case shows beside the due date; Settings may edit the rules.
 */
export const deadlineUnitIds = [
  /** 工作日: mainland working days (holidays out, 调休 make-up days in) */
  'working-days',
  /** 日: calendar days; 民法典 203: a last day that is not a working day moves to the next working day */
  'calendar-days',
  /** GDPR Art. 12(3): the same date in a later month, or that month's last day */
  'calendar-months',
  /** incident clocks: run continuously, holidays included (SPEC §5) */
  'hours',
] as const;
export type DeadlineUnit = (typeof deadlineUnitIds)[number];

export const startEventIds = ['receipt', 'identity-verified'] as const;
export type StartEvent = (typeof startEventIds)[number];

export const ruleAppliesToSchema = z.discriminatedUnion('kind', [
  /** non-GDPR cases of these request types */
  z.object({ kind: z.literal('request-types'), requestTypes: z.array(requestTypeSchema).min(1) }),
  /** every case flagged GDPR (EEA requester), whatever its type: it replaces the type's rule */
  z.object({ kind: z.literal('gdpr') }),
  /** every case, as a second line shown when it comes before the case's own due date */
  z.object({ kind: z.literal('ceiling') }),
]);
export type RuleAppliesTo = z.infer<typeof ruleAppliesToSchema>;

export const deadlineRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(60),
  appliesTo: ruleAppliesToSchema,
  unit: z.enum(deadlineUnitIds),
  amount: z.number().int().positive().max(10_000),
  startEvent: z.enum(startEventIds),
  /** the clause the rule rests on, shown with every due date it gives */
  source: z.string().min(1).max(300),
  /** how far the period may be extended (in its unit), if the rule foresees extension */
  extension: z
    .object({
      maxAmount: z.number().int().positive().max(10_000),
      /** GDPR Art. 12(3): the requester is told of the extension within the first period */
      noticeWithinFirstPeriod: z.boolean(),
    })
    .optional(),
});
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

/** The rules in force; the first matching rule of each kind applies. */
export const deadlineRulesSchema = z
  .array(deadlineRuleSchema)
  .max(100)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'rule ids must be unique');

const RIGHTS_REQUEST_TYPES: RequestType[] = requestTypeIds.filter((t) => requestTypes[t].rightsRequest);

/** GDPR Art. 12(3): one month from receipt, extendable by two further months, the requester told within the first. */
export const GDPR_RULE: DeadlineRule = {
  id: 'gdpr',
  appliesTo: { kind: 'gdpr' },
  unit: 'calendar-months',
  amount: 1,
  startEvent: 'receipt',
  source: 'GDPR Art. 12(3)',
  extension: { maxAmount: 2, noticeWithinFirstPeriod: true },
};

/**
 * Policy 4.6: the clock of a rights request starts once identity is
 * verified; 15 working days is the product's default and the regulators'
 * yardstick for handling requests.
 */
export const RIGHTS_REQUEST_RULE: DeadlineRule = {
  id: 'rights-request',
  appliesTo: { kind: 'request-types', requestTypes: RIGHTS_REQUEST_TYPES },
  unit: 'working-days',
  amount: 15,
  startEvent: 'identity-verified',
  source: '隐私政策 4.6',
};

/** The stricter reading of 4.6's "15日" that Settings offers instead: calendar days, last day rolled forward (民法典 203). */
export const RIGHTS_REQUEST_CALENDAR_DAYS_RULE: DeadlineRule = {
  ...RIGHTS_REQUEST_RULE,
  unit: 'calendar-days',
};

/** Policy 4.7.1: a complaint or report is answered within 15 working days of verification. */
export const COMPLAINT_RULE: DeadlineRule = {
  id: 'complaint',
  appliesTo: { kind: 'request-types', requestTypes: ['complaint'] },
  unit: 'working-days',
  amount: 15,
  startEvent: 'identity-verified',
  source: '隐私政策 4.7.1',
};

/** 法律声明 三: an IP infringement notice, 15 working days from receipt (an internal period). */
export const IP_NOTICE_RULE: DeadlineRule = {
  id: 'ip-notice',
  appliesTo: { kind: 'request-types', requestTypes: ['ip-notice'] },
  unit: 'working-days',
  amount: 15,
  startEvent: 'receipt',
  source: '法律声明 三',
};

/**
 * The hard ceiling for complex cases (GB/T 35273 practice): 30 calendar days
 * from receipt, whatever the request. It is not extended: only the
 * requester's own delay (a pause) moves it.
 */
export const CEILING_RULE: DeadlineRule = {
  id: 'ceiling',
  appliesTo: { kind: 'ceiling' },
  unit: 'calendar-days',
  amount: 30,
  startEvent: 'receipt',
  source: 'GB/T 35273—2020 8.7',
};

/**
 * SPEC §3's table. A request of type `other` has no period of its own: the
 * 30-day ceiling is its deadline.
 */
export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [GDPR_RULE, RIGHTS_REQUEST_RULE, COMPLAINT_RULE, IP_NOTICE_RULE, CEILING_RULE];

export interface RuleChoice {
  /** the case's own rule, if any applies */
  primary?: DeadlineRule;
  /** the ceiling shown as a second line */
  ceiling?: DeadlineRule;
}

interface RuleIndex {
  gdpr?: DeadlineRule;
  byType: Map<RequestType, DeadlineRule>;
  ceiling?: DeadlineRule;
}

// Rule sets are replaced, never mutated, so an index per array stays valid;
// it spares recomputing 50,000 cases three list searches each.
const ruleIndexes = new WeakMap<readonly DeadlineRule[], RuleIndex>();

function indexRules(rules: readonly DeadlineRule[]): RuleIndex {
  const cached = ruleIndexes.get(rules);
  if (cached) return cached;
  const index: RuleIndex = { byType: new Map() };
  for (const rule of rules) {
    const a = rule.appliesTo;
    if (a.kind === 'gdpr') index.gdpr ??= rule;
    else if (a.kind === 'ceiling') index.ceiling ??= rule;
    else for (const t of a.requestTypes) if (!index.byType.has(t)) index.byType.set(t, rule);
  }
  ruleIndexes.set(rules, index);
  return index;
}

/** The rules that govern a case: the first GDPR rule for an EEA case, else the first rule for its type; and the first ceiling. */
export function selectRules(input: { requestType: RequestType; gdpr: boolean }, rules: readonly DeadlineRule[]): RuleChoice {
  const index = indexRules(rules);
  const primary = (input.gdpr ? index.gdpr : undefined) ?? index.byType.get(input.requestType);
  const choice: RuleChoice = {};
  if (primary) choice.primary = primary;
  if (index.ceiling) choice.ceiling = index.ceiling;
  return choice;
}
