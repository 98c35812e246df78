import type { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import type { Incident, ObligationDone } from '../domain/incident';
import type { Instant } from '../domain/time';
import { calendarDaysAfter, hoursAfter } from './clocks';
import { effectiveGrade, isMajorOrAbove } from './grading';
import type { DraftKind, ObligationId } from './vocabulary';

/**
 * Why an obligation exists and how its clock runs; each has its label and
 * citation in the locale files (incidents.basis.<id>).
 */
export const obligationBasisIds = [
  'measures-4h', // 办法 第四条: 其他网络运营者 → 属地省级网信部门, 最迟 4 小时
  'measures-1h-cii', // 办法 第四条: 涉及关键信息基础设施 → 保护工作部门、公安机关, 最迟 1 小时
  'pipl-57-authority', // PIPL 57: 立即通知履行个人信息保护职责的部门
  'measures-police', // 办法: 涉嫌违法犯罪的, 及时向公安机关报案
  'pipl-57-individuals', // PIPL 57: 立即通知个人
  'gdpr-art33', // GDPR Art. 33(1): 72 hours after becoming aware
  'gdpr-art34', // GDPR Art. 34(1): without undue delay when the risk is high
  'measures-summary', // 办法: 处置结束后 30 日内总结报告
] as const;
export type ObligationBasis = (typeof obligationBasisIds)[number];

export const obligationStateIds = ['pending', 'due', 'late', 'done', 'done-late', 'waived'] as const;
/**
 * - pending: its clock has not started (handling not ended; risk not assessed)
 * - due: open, before its deadline (or due "immediately", which has none)
 * - late: open, past its deadline
 * - done / done-late: met, on time or after the deadline
 * - waived: not owed, for a reason on record (PIPL 57 ¶2, Art. 34(3), risk not high)
 */
export type ObligationState = (typeof obligationStateIds)[number];

export type PendingReason = 'handling-not-ended' | 'risk-not-assessed';
export type WaiverReason = 'pipl-57-measures-avoid-harm' | 'art34-risk-not-high' | 'art34-3-a' | 'art34-3-b' | 'art34-3-c';

export interface Obligation {
  id: ObligationId;
  basis: ObligationBasis;
  state: ObligationState;
  /** when its clock started */
  startsAt?: Instant;
  /** its deadline; absent for "immediately" / "without undue delay", which the law leaves without an hour */
  dueAt?: Instant;
  done?: ObligationDone;
  pendingReason?: PendingReason;
  waiver?: { reason: WaiverReason; justification: string; by: string; at: Instant };
  /** the draft that discharges it */
  drafts: DraftKind[];
  /** calendar years without a published schedule that the deadline depends on */
  unpublishedYears: number[];
}

type Derived = Omit<Obligation, 'state' | 'done'>;

/**
 * The obligations an incident brings, derived from its record (issue 7,
 * SPEC §5). Every hour clock starts at discovery (发现或获知, GDPR "become
 * aware"); the summary report's clock starts when handling ends.
 */
export function deriveObligations(incident: Incident, calendar: WorkingDayCalendar, nowMs: number): Obligation[] {
  const start = incident.discoveredAt;
  const major = isMajorOrAbove(effectiveGrade(incident));
  const cii = incident.criticalInfrastructure;
  const eea = incident.regions.includes('eea');
  const derived: Derived[] = [];

  // 办法 第四条 for 较大 and above; below that PIPL 57 still asks for the authority to be told immediately.
  if (major) {
    derived.push({ id: 'regulator-report', basis: cii ? 'measures-1h-cii' : 'measures-4h', startsAt: start, dueAt: hoursAfter(start, cii ? 1 : 4), drafts: ['regulator-report'], unpublishedYears: [] });
  } else {
    derived.push({ id: 'regulator-report', basis: 'pipl-57-authority', startsAt: start, drafts: ['regulator-report'], unpublishedYears: [] });
  }

  if (incident.suspectedCrime) {
    // with CII the police are among the 1-hour addressees of 第四条; otherwise "及时"
    derived.push({ id: 'police-report', basis: 'measures-police', startsAt: start, ...(cii && major ? { dueAt: hoursAfter(start, 1) } : {}), drafts: ['regulator-report'], unpublishedYears: [] });
  }

  derived.push(individualNotice(incident));

  if (eea) {
    derived.push({ id: 'gdpr-art33', basis: 'gdpr-art33', startsAt: start, dueAt: hoursAfter(start, 72), drafts: ['gdpr-art33'], unpublishedYears: [] });
    derived.push(art34(incident));
  }

  if (major) {
    if (incident.handlingEndedAt) {
      const end = calendarDaysAfter(calendar, incident.handlingEndedAt, 30);
      derived.push({ id: 'summary-report', basis: 'measures-summary', startsAt: incident.handlingEndedAt, dueAt: end.dueAt, drafts: [], unpublishedYears: end.unpublishedYears });
    } else {
      derived.push({ id: 'summary-report', basis: 'measures-summary', pendingReason: 'handling-not-ended', drafts: [], unpublishedYears: [] });
    }
  }

  return derived.map((o) => withState(o, incident.obligationsDone[o.id], nowMs));
}

function individualNotice(incident: Incident): Derived {
  const base = { id: 'individual-notice' as const, basis: 'pipl-57-individuals' as const, startsAt: incident.discoveredAt, unpublishedYears: [] };
  const decision = incident.individualNotice;
  if (decision?.mode === 'skip') {
    // PIPL 57 ¶2: measures that effectively avoid harm; the authority may still require notice
    return { ...base, drafts: [], waiver: { reason: 'pipl-57-measures-avoid-harm', justification: decision.justification, by: decision.by, at: decision.at } };
  }
  // policy 5.4.1: where telling each person is impracticable, a public announcement
  return { ...base, drafts: decision?.mode === 'announcement' ? ['announcement'] : ['email', 'sms'] };
}

function art34(incident: Incident): Derived {
  const base = { id: 'gdpr-art34' as const, basis: 'gdpr-art34' as const, startsAt: incident.discoveredAt, drafts: ['gdpr-art34' as const], unpublishedYears: [] };
  const decision = incident.art34;
  if (!decision) return { ...base, pendingReason: 'risk-not-assessed' };
  const who = { by: decision.by, at: decision.at };
  if (decision.risk === 'not-high') return { ...base, drafts: [], waiver: { reason: 'art34-risk-not-high', justification: decision.justification, ...who } };
  if (decision.exception) {
    // Art. 34(3)(c) replaces the individual communication with a public one
    const drafts: DraftKind[] = decision.exception === 'c' ? ['announcement'] : [];
    return { ...base, drafts, waiver: { reason: `art34-3-${decision.exception}`, justification: decision.justification, ...who } };
  }
  return base;
}

function withState(o: Derived, done: ObligationDone | undefined, nowMs: number): Obligation {
  if (done) return { ...o, done, state: o.dueAt && Date.parse(done.doneAt) > Date.parse(o.dueAt) ? 'done-late' : 'done' };
  if (o.waiver) return { ...o, state: 'waived' };
  if (o.pendingReason) return { ...o, state: 'pending' };
  if (o.dueAt && nowMs > Date.parse(o.dueAt)) return { ...o, state: 'late' };
  return { ...o, state: 'due' };
}

/** The open obligation whose deadline comes first (the list's "next due" column). */
export function nextDeadline(obligations: readonly Obligation[]): Obligation | undefined {
  return obligations
    .filter((o) => (o.state === 'due' || o.state === 'late') && o.dueAt)
    .sort((a, b) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? ''))[0];
}

/** GDPR Art. 33(1): a notice made after 72 hours carries the reasons for the delay. */
export function art33IsLate(incident: Pick<Incident, 'discoveredAt' | 'obligationsDone'>, nowMs: number): boolean {
  const due = Date.parse(hoursAfter(incident.discoveredAt, 72));
  const done = incident.obligationsDone['gdpr-art33'];
  return (done ? Date.parse(done.doneAt) : nowMs) > due;
}
