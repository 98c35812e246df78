import type { Case } from '../domain/case';
import { shanghaiDate } from '../domain/time';
import { isVoided, type LifeChange } from './lifecycle';

/**
 * 合并 (issue 14): a case opened twice by mistake (the same request by mail
 * and by post, a reply that opened its own case) is merged into the case that
 * carries on. The merged case is closed the way a voided one is — its number
 * stays used and shown, it is off every count — and says where it went; the
 * target keeps its own requester, clock and stage, takes the merged case's
 * mail thread (its replies now join the target) and names what was merged in.
 * Moving the documents and the identity evidence is the repository's part.
 */
export type MergeRefusal =
  | 'same-case' // a case cannot be merged into itself
  | 'voided' // the case is already voided or merged
  | 'closed' // a closed case is reopened first
  | 'purged' // its personal data is gone at the end of retention
  | 'target-unavailable'; // the target is voided, merged, closed or purged

export type MergePermission = { allowed: true } | { allowed: false; why: MergeRefusal };

/** Whether `source` may be merged into `target`. */
export function canMerge(source: Case, target: Case | undefined): MergePermission {
  if (isVoided(source)) return { allowed: false, why: 'voided' };
  if (source.purgedAt) return { allowed: false, why: 'purged' };
  if (source.status === 'closed') return { allowed: false, why: 'closed' };
  if (!target) return { allowed: true };
  if (target.id === source.id) return { allowed: false, why: 'same-case' };
  if (isVoided(target) || target.purgedAt || target.status === 'closed') return { allowed: false, why: 'target-unavailable' };
  return { allowed: true };
}

/** Whether a case may be offered as the target of a merge at all (the dialog's list). */
export function canBeMergeTarget(target: Case): boolean {
  return !isVoided(target) && !target.purgedAt && target.status !== 'closed';
}

export interface MergedPair {
  /** the duplicate, closed as merged */
  merged: Case;
  /** the case that carries on */
  target: Case;
}

export function mergedCases(source: Case, target: Case, change: LifeChange): MergedPair {
  const permission = canMerge(source, target);
  if (!permission.allowed) throw new Error(`not allowed: ${permission.why}`);
  const reason = change.reason.trim();
  if (!reason) throw new Error('a reason is required');
  const day = shanghaiDate(change.at);
  const { closedAt: _c, outcome: _o, refusalReasons: _r, ...rest } = source;
  const merged: Case = {
    ...rest,
    status: 'closed',
    stage: 'voided',
    voided: { at: change.at, by: change.by, reason },
    mergedInto: { caseId: target.id, reference: target.reference },
    // its replies now join the target; a running pause ends on the day of the merge
    messageIds: [],
    pauses: source.pauses.map((p) => (p.to === undefined ? { ...p, to: day < p.from ? p.from : day } : p)),
    updatedAt: change.at,
  };
  const messageIds = [...target.messageIds, ...source.messageIds.filter((id) => !target.messageIds.includes(id))];
  return {
    merged,
    target: {
      ...target,
      messageIds,
      mergedFrom: [...(target.mergedFrom ?? []), { caseId: source.id, reference: source.reference, at: change.at, by: change.by }],
      updatedAt: change.at,
    },
  };
}
