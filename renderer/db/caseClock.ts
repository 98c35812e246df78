import Dexie from 'dexie';
import { recomputeAll } from '../../shared/deadlines';
import type { AuditAction } from '../../shared/domain/audit';
import { answeredCase, canExtend, reopenedCase, voidedCase } from '../../shared/cases/lifecycle';
import { caseSchema, type Case } from '../../shared/domain/case';
import type { Outcome } from '../../shared/domain/requestTypes';
import { shanghaiDate, type Instant, type LocalDate } from '../../shared/domain/time';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';
import { legalDueDate, readDeadlineContext, type DeadlineContext } from './deadlineContext';

/** The clock-related fields an audit event shows before and after a change. */
function clockSnapshot(c: Case) {
  return {
    status: c.status,
    stage: c.stage,
    verifiedAt: c.verifiedAt,
    pauses: c.pauses,
    extensions: c.extensions,
    targetDate: c.targetDate,
    dueDate: c.dueDate,
    outcome: c.outcome,
    closedAt: c.closedAt,
    // when, not why: a reason may name people, and the audit text holds no personal data
    voidedAt: c.voided?.at,
    reopenedAt: c.reopenings?.map((r) => r.at),
  };
}

interface ClockChange {
  action: AuditAction;
  summary: string;
  actor: string;
  now?: Date;
}

/**
 * Applies one change to a case's clock, recomputes its legal due date under
 * the calendar and rules in force, validates, saves, and records the audit
 * event with the before and after: all in one transaction.
 */
export async function changeCaseClock(db: CaseDeskDatabase, caseId: string, apply: (c: Case, context: DeadlineContext) => Case, change: ClockChange): Promise<Case> {
  const now = change.now ?? new Date();
  return db.transaction('rw', [db.cases, db.settings, db.auditLog], async () => {
    const before = await db.cases.get(caseId);
    if (!before) throw new Error(`case ${caseId} does not exist`);
    const context = await readDeadlineContext(db);
    const changed = apply(structuredClone(before), context);
    const dueDate = legalDueDate(changed, context, shanghaiDate(now.getTime()));
    const { dueDate: _old, dueDateMovedFrom: _moved, ...rest } = changed;
    // a change the officer made explains itself: only recomputations flag a moved date
    const after = caseSchema.parse({ ...rest, ...(dueDate ? { dueDate } : {}), updatedAt: now.toISOString() });
    await db.cases.put(after);
    await appendAudit(db, {
      at: now.toISOString(),
      actor: change.actor,
      action: change.action,
      subject: `case:${caseId}`,
      summary: `${after.reference} ${change.summary}`.trim(),
      before: clockSnapshot(before),
      after: clockSnapshot(after),
    });
    return after;
  });
}

/** 暂停计时: the case waits for the requester (insufficient identity, clarification). */
export function pauseClock(db: CaseDeskDatabase, caseId: string, from: LocalDate, reason: string, actor: string, now?: Date) {
  return changeCaseClock(
    db,
    caseId,
    (c) => {
      if (c.status === 'closed') throw new Error('a closed case has no clock to pause');
      if (c.pauses.some((p) => !p.to)) throw new Error('the clock is already paused');
      return { ...c, status: 'paused', stage: 'awaiting-requester', pauses: [...c.pauses, { id: crypto.randomUUID(), from, reason, by: actor }] };
    },
    { action: 'clock.paused', summary: reason, actor, ...(now ? { now } : {}) },
  );
}

/** 恢复计时: the requester answered on `to`. */
export function resumeClock(db: CaseDeskDatabase, caseId: string, to: LocalDate, actor: string, now?: Date) {
  return changeCaseClock(
    db,
    caseId,
    (c) => {
      const running = c.pauses.find((p) => !p.to);
      if (!running) throw new Error('the clock is not paused');
      if (to < running.from) throw new Error('the answer cannot come before the pause began');
      return {
        ...c,
        status: 'open',
        stage: c.verifiedAt ? 'in-progress' : 'verifying',
        pauses: c.pauses.map((p) => (p === running ? { ...p, to } : p)),
      };
    },
    { action: 'clock.resumed', summary: to, actor, ...(now ? { now } : {}) },
  );
}

/** 延长期限: an extension under the case's rule (GDPR Art. 12(3): with the date the requester must be told by). */
export function extendDeadline(
  db: CaseDeskDatabase,
  caseId: string,
  extension: { amount: number; reason: string; noticeBy?: LocalDate },
  actor: string,
  now: Date = new Date(),
) {
  return changeCaseClock(
    db,
    caseId,
    (c, context) => {
      // never "saved" without effect: a rule with no extension (or none left) refuses it (issue 14)
      const allowed = canExtend(c, context.rules);
      if (!allowed.allowed) throw new Error(`not allowed: ${allowed.why}`);
      if (extension.amount > allowed.left) throw new Error(`not allowed: extension-over-limit`);
      return { ...c, extensions: [...c.extensions, { id: crypto.randomUUID(), ...extension, at: now.toISOString(), by: actor }] };
    },
    { action: 'clock.extended', summary: extension.reason, actor, now },
  );
}

/** 作废 (issue 14): a case opened by mistake; its number stays used. The reason stays on the case, not in the audit text. */
export function voidCase(db: CaseDeskDatabase, caseId: string, reason: string, actor: string, now: Date = new Date()) {
  return changeCaseClock(db, caseId, (c) => voidedCase(c, { reason, at: now.toISOString(), by: actor }), { action: 'case.voided', summary: 'voided', actor, now });
}

/** 重新打开 (issue 14): a closed case is open again, its due date recomputed. */
export function reopenCase(db: CaseDeskDatabase, caseId: string, reason: string, actor: string, now: Date = new Date()) {
  return changeCaseClock(db, caseId, (c) => reopenedCase(c, { reason, at: now.toISOString(), by: actor }), { action: 'case.reopened', summary: 'reopened', actor, now });
}

/** 已答复 (issue 14): the answer went out; the case stays open for its closing, off the overdue count. */
export function markAnswered(db: CaseDeskDatabase, caseId: string, actor: string, now: Date = new Date()) {
  return changeCaseClock(db, caseId, (c) => answeredCase(c), { action: 'case.status-changed', summary: 'answered', actor, now });
}

/** An internal target date (or none); the dashboard shows the earlier of it and the legal date. */
export function setTargetDate(db: CaseDeskDatabase, caseId: string, targetDate: LocalDate | undefined, actor: string, now?: Date) {
  return changeCaseClock(
    db,
    caseId,
    (c) => {
      const { targetDate: _previous, ...rest } = c;
      return targetDate ? { ...rest, targetDate } : rest;
    },
    { action: 'case.updated', summary: targetDate ? `target ${targetDate}` : 'target removed', actor, ...(now ? { now } : {}) },
  );
}

/** Identity verified (policy 4.6): the rights-request clock starts. */
export function markIdentityVerified(db: CaseDeskDatabase, caseId: string, verifiedAt: Instant, actor: string, now?: Date) {
  return changeCaseClock(
    db,
    caseId,
    (c) => ({ ...c, verifiedAt, stage: c.status === 'paused' ? c.stage : 'in-progress' }),
    { action: 'identity.checked', summary: 'verified', actor, ...(now ? { now } : {}) },
  );
}

/** 结案: with its outcome; PIPL 50: a refusal states its reasons. */
export function closeCase(
  db: CaseDeskDatabase,
  caseId: string,
  closing: { outcome: Outcome; closedAt: Instant; refusalReasons?: string },
  actor: string,
  now?: Date,
) {
  if (closing.outcome === 'refused' && !closing.refusalReasons?.trim()) throw new Error('PIPL 50: a refusal must state its reasons');
  return changeCaseClock(
    db,
    caseId,
    (c) => {
      const running = c.pauses.find((p) => !p.to);
      const closedDate = shanghaiDate(closing.closedAt);
      return {
        ...c,
        status: 'closed',
        stage: 'closed',
        outcome: closing.outcome,
        closedAt: closing.closedAt,
        ...(closing.refusalReasons ? { refusalReasons: closing.refusalReasons.trim() } : {}),
        // closing ends a running pause on the day of closing
        pauses: running ? c.pauses.map((p) => (p === running ? { ...p, to: closedDate < p.from ? p.from : closedDate } : p)) : c.pauses,
      };
    },
    { action: 'case.status-changed', summary: closing.outcome, actor, ...(now ? { now } : {}) },
  );
}

export interface RecomputeReport {
  checked: number;
  moved: { caseId: string; reference: string; from?: LocalDate; to?: LocalDate }[];
  failed: { caseId: string; message: string }[];
}

/**
 * Which open cases a change can move: all of them (a rule changed), or only
 * those due on or after the first day whose working status a calendar
 * change altered (shared/calendar's firstWorkingChange: a date counts
 * forward from its start and ends at its last day, so a later day cannot
 * move it). `dueFrom: null` (a calendar change that altered no working day):
 * none.
 */
export interface RecomputeScope {
  dueFrom?: LocalDate | null;
}

/**
 * After the calendar or a rule changed: recomputes the open cases the change
 * can move, stores the new due date of each that moved with its old one (the
 * case says so), and records one audit event listing them. Reads the open
 * cases through the `[status+dueDate]` index (paused ones wait for their
 * requester: they are recomputed when the clock resumes) and writes back only
 * the moved ones, in one bulk write.
 */
export async function recomputeOpenCases(
  db: CaseDeskDatabase,
  actor: string,
  now: Date = new Date(),
  context?: DeadlineContext,
  scope: RecomputeScope = {},
): Promise<RecomputeReport> {
  return db.transaction('rw', [db.cases, db.settings, db.auditLog], async () => {
    const ctx = context ?? (await readDeadlineContext(db));
    const open =
      scope.dueFrom === null
        ? []
        : scope.dueFrom !== undefined
          ? await db.cases.where('[status+dueDate]').between(['open', scope.dueFrom], ['open', Dexie.maxKey], true, true).toArray()
          : await db.cases.where('status').equals('open').toArray();
    const summary = recomputeAll(open, ctx.calendar, ctx.rules);
    const byId = new Map(open.map((c) => [c.id, c]));
    const at = now.toISOString();
    const moved: RecomputeReport['moved'] = [];
    const updated: Case[] = [];
    for (const move of summary.moved) {
      const c = byId.get(move.caseId)!;
      const { dueDate: _d, dueDateMovedFrom: _m, ...rest } = c;
      updated.push({
        ...rest,
        ...(move.newDueDate ? { dueDate: move.newDueDate } : {}),
        ...(move.oldDueDate ? { dueDateMovedFrom: move.oldDueDate } : {}),
        updatedAt: at,
      });
      moved.push({ caseId: c.id, reference: c.reference, ...(move.oldDueDate ? { from: move.oldDueDate } : {}), ...(move.newDueDate ? { to: move.newDueDate } : {}) });
    }
    if (updated.length) await db.cases.bulkPut(updated);
    await appendAudit(db, {
      at,
      actor,
      action: 'clock.recomputed',
      subject: 'cases',
      summary: `${ctx.calendarData.version}: ${summary.checked} checked, ${moved.length} moved`,
      after: { calendarVersion: ctx.calendarData.version, moved: moved.slice(0, 200).map((m) => `${m.reference} ${m.from ?? '—'} → ${m.to ?? '—'}`) },
    });
    return { checked: summary.checked, moved, failed: summary.failed };
  });
}
