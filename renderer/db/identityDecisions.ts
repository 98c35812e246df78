import type { Case } from '../../shared/domain/case';
import { shanghaiDate, type LocalDate } from '../../shared/domain/time';
import { isOutcomeAllowed } from '../../shared/identity/evaluate';
import { currentDecision, type IdentityCheck, type IdentityDecision } from '../../shared/identity/identityCheck';
import type { IdentityOutcome } from '../../shared/identity/vocabulary';
import { markIdentityVerified, pauseClock, resumeClock } from './caseClock';
import type { CaseDeskDatabase } from './database';
import { appendIdentityEvent, redactIdNumbers } from './identityAudit';
import { identityTables, loadCheckContext, saveCheck } from './identityChecks';
import { evaluateCaseIdentity } from './identityFacts';

/**
 * The outcome of an identity check and what it does to the case's clock
 * (SPEC §2, policy 4.6):
 * - verified: the rights-request clock starts (a running pause ends: the
 *   requester has answered);
 * - insufficient: the clock pauses until the requester answers, and the
 *   request-for-more-information letter is proposed;
 * - failed: recorded with its reason; the clock is left as it is.
 * The decision, its audit event and the clock change are one transaction.
 */

export class OutcomeNotAllowedError extends Error {
  constructor(readonly outcome: IdentityOutcome) {
    super(`the check does not allow "${outcome}" yet`);
    this.name = 'OutcomeNotAllowedError';
  }
}

export interface DecisionInput {
  outcome: IdentityOutcome;
  /** required for failed and insufficient: why, or what is still needed */
  reason?: string;
}

export async function recordIdentityDecision(db: CaseDeskDatabase, caseId: string, input: DecisionInput, actor: string, now: Date = new Date()): Promise<IdentityCheck> {
  return db.transaction('rw', identityTables(db), async () => {
    const ctx = await loadCheckContext(db, caseId, now);
    const c = ctx.case;
    if (c.status === 'closed') throw new Error(`case ${c.reference} is closed`);
    const today = shanghaiDate(now.getTime());
    // the store re-checks what the panel enabled: no `verified` while anything required is missing
    if (!isOutcomeAllowed(evaluateCaseIdentity(c, ctx.requester, ctx.check, today), input.outcome)) throw new OutcomeNotAllowedError(input.outcome);
    const reason = input.reason?.trim();
    const decision: IdentityDecision = { outcome: input.outcome, decidedBy: actor, decidedAt: ctx.at, ...(reason ? { reason } : {}) };
    const saved = await saveCheck(db, ctx, { ...ctx.check, decisions: [...ctx.check.decisions, decision] });
    await appendIdentityEvent(db, c, {
      action: 'identity.checked',
      actor,
      at: ctx.at,
      summary: reason ? `${input.outcome}: ${reason}` : input.outcome,
      before: { outcome: currentDecision(ctx.check)?.outcome ?? null },
      after: { outcome: input.outcome, ...(reason ? { reason: redactIdNumbers(reason) } : {}) },
    });
    const waitingForIdentity = currentDecision(ctx.check)?.outcome === 'insufficient';
    await applyToClock(db, c, input.outcome, reason ?? '', { today, waitingForIdentity }, actor, now);
    return saved;
  });
}

async function applyToClock(
  db: CaseDeskDatabase,
  c: Case,
  outcome: IdentityOutcome,
  reason: string,
  { today, waitingForIdentity }: { today: LocalDate; waitingForIdentity: boolean },
  actor: string,
  now: Date,
) {
  const running = c.pauses.find((p) => !p.to);
  switch (outcome) {
    case 'verified':
      // the requester answered with what was missing: the pause for it ends
      // today (a pause for another reason, a clarification, keeps running)
      if (running && waitingForIdentity) await resumeClock(db, c.id, today < running.from ? running.from : today, actor, now);
      // a second verification does not restart a clock that already runs
      if (!c.verifiedAt) await markIdentityVerified(db, c.id, now.toISOString(), actor, now);
      return;
    case 'insufficient':
      if (!running) await pauseClock(db, c.id, today, redactIdNumbers(reason), actor, now);
      return;
    case 'failed':
      return;
  }
}

/** Calendar days from `from` to `to` (both Shanghai dates). */
function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface UnansweredProposal {
  /** the day the clock paused for the missing material */
  since: LocalDate;
  days: number;
}

/**
 * SPEC §2: no answer within the configured period after "insufficient"
 * proposes closing the case as unanswered. Null while the period runs, or
 * when the case is not waiting on an insufficient check.
 */
export function unansweredProposal(c: Case, check: IdentityCheck | undefined, today: LocalDate, periodDays: number): UnansweredProposal | null {
  if (!check || currentDecision(check)?.outcome !== 'insufficient' || c.status !== 'paused') return null;
  const running = c.pauses.find((p) => !p.to);
  if (!running) return null;
  const days = daysBetween(running.from, today);
  return days >= periodDays ? { since: running.from, days } : null;
}
