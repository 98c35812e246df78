import { selectRules, type DeadlineRule } from '../deadlines/deadlineRule';
import type { Case } from '../domain/case';
import { shanghaiDate, type Instant } from '../domain/time';

/**
 * What an officer may do to a case's life that cannot be undone with one
 * click, and why not when they may not (issue 14: an action the rules do not
 * allow is disabled with its reason, never "saved" without effect).
 */
export type Refusal =
  | 'voided' // 已作废
  | 'closed' // 已结案 (reopen it first)
  | 'not-closed' // only a closed case is reopened
  | 'purged' // its personal data is gone at the end of retention
  | 'no-extension-in-rule' // the rule in force foresees no extension
  | 'no-rule' // no rule applies to the case
  | 'extension-used-up' // the rule's maximum is reached
  | 'not-running' // only a case being handled (open, not paused) is answered
  | 'answered'; // 已答复 already

export type Permission<Why extends Refusal = Refusal> = { allowed: true } | { allowed: false; why: Why };
/** why 延长期限 may be refused (each has its sentence under clock.extendRefused) */
export type ExtendRefusal = Extract<Refusal, 'voided' | 'closed' | 'no-rule' | 'no-extension-in-rule' | 'extension-used-up'>;
const yes = { allowed: true } as const;
const no = <Why extends Refusal>(why: Why) => ({ allowed: false, why }) as const;

export const isVoided = (c: Pick<Case, 'stage' | 'voided'>): boolean => c.stage === 'voided' || c.voided !== undefined;

/** 作废: a case opened by mistake, while it is still open or paused (a closed case is reopened first). */
export function canVoid(c: Case): Permission {
  if (isVoided(c)) return no('voided');
  if (c.purgedAt) return no('purged');
  if (c.status === 'closed') return no('closed');
  return yes;
}

/** 重新打开: a closed case, not a voided one. */
export function canReopen(c: Case): Permission {
  if (isVoided(c)) return no('voided');
  if (c.purgedAt) return no('purged');
  if (c.status !== 'closed') return no('not-closed');
  return yes;
}

/** 延长期限: only when the case's own rule foresees an extension and some of it is left. */
export function canExtend(c: Case, rules: readonly DeadlineRule[]): { allowed: true; left: number } | { allowed: false; why: ExtendRefusal } {
  if (isVoided(c)) return no('voided');
  if (c.status === 'closed') return no('closed');
  const { primary } = selectRules(c, rules);
  if (!primary) return no('no-rule');
  if (!primary.extension) return no('no-extension-in-rule');
  const used = c.extensions.reduce((sum, e) => sum + e.amount, 0);
  const left = primary.extension.maxAmount - used;
  if (left <= 0) return no('extension-used-up');
  return { allowed: true, left };
}

/**
 * 标记为已答复: the answer went out; the case waits only for its closing. Only
 * a running case (open, clock not paused) is answered: a paused one waits for
 * the requester, a closed one was answered or ended already.
 */
export function canMarkAnswered(c: Case): Permission {
  if (isVoided(c)) return no('voided');
  if (c.purgedAt) return no('purged');
  if (c.status === 'closed') return no('closed');
  if (c.stage === 'answered') return no('answered');
  if (c.status !== 'open') return no('not-running');
  return yes;
}

/** The answered case: still open (its closing records the outcome), off the overdue count (issue 14). */
export function answeredCase(c: Case): Case {
  refuse(canMarkAnswered(c));
  return { ...c, stage: 'answered' };
}

export interface LifeChange {
  reason: string;
  at: Instant;
  by: string;
}

function refuse(p: Permission): void {
  if (!p.allowed) throw new Error(`not allowed: ${p.why}`);
}

function checkedReason(reason: string): string {
  const r = reason.trim();
  if (!r) throw new Error('a reason is required');
  return r;
}

/**
 * The voided case: closed with stage 作废, no closing date and no outcome (it
 * was never answered), a running pause ended on the day of voiding.
 */
export function voidedCase(c: Case, change: LifeChange): Case {
  refuse(canVoid(c));
  const reason = checkedReason(change.reason);
  const day = shanghaiDate(change.at);
  const { closedAt: _c, outcome: _o, refusalReasons: _r, ...rest } = c;
  return {
    ...rest,
    status: 'closed',
    stage: 'voided',
    voided: { at: change.at, by: change.by, reason },
    pauses: c.pauses.map((p) => (p.to === undefined ? { ...p, to: day < p.from ? p.from : day } : p)),
  };
}

/**
 * The reopened case: open again at the stage its verification gives, its
 * closing (date, outcome, reasons) undone — the audit trail keeps them — and
 * the reason on record. The due date is recomputed by whoever saves it.
 */
export function reopenedCase(c: Case, change: LifeChange): Case {
  refuse(canReopen(c));
  const reason = checkedReason(change.reason);
  const { closedAt: _c, outcome: _o, refusalReasons: _r, ...rest } = c;
  return {
    ...rest,
    status: 'open',
    stage: c.verifiedAt ? 'in-progress' : 'verifying',
    reopenings: [...(c.reopenings ?? []), { at: change.at, by: change.by, reason }],
  };
}
