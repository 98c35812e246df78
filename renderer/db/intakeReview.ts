import type { RequestType } from '../../shared/domain/requestTypes';
import type { Instant } from '../../shared/domain/time';
import { appendAudit } from './audit';
import { changeCaseClock } from './caseClock';
import type { CaseDeskDatabase } from './database';

/**
 * The officer's review of what intake suggested (SPEC §1: the request type
 * "suggested automatically … and confirmed by the officer"; the EEA flag; the
 * requester "new or matched to an existing one"). The type and the GDPR flag
 * choose the deadline rule, so both go through changeCaseClock, which
 * recomputes the due date and records the audit event in one transaction.
 */

export function confirmRequestType(db: CaseDeskDatabase, caseId: string, requestType: RequestType, actor: string, now?: Date) {
  return changeCaseClock(db, caseId, (c) => ({ ...c, requestType, typeConfirmed: true }), {
    action: 'case.updated',
    summary: `request type ${requestType} confirmed`,
    actor,
    ...(now ? { now } : {}),
  });
}

/**
 * 全部确认 (issue 14, point 9): the types of many new cases confirmed at once,
 * each as the officer chose or intake suggested. One transaction: all are
 * confirmed, each with its own audit event and recomputed due date, or none.
 */
export function confirmRequestTypes(db: CaseDeskDatabase, choices: readonly { caseId: string; requestType: RequestType }[], actor: string, now?: Date) {
  return db.transaction('rw', [db.cases, db.settings, db.auditLog], async () => {
    for (const { caseId, requestType } of choices) await confirmRequestType(db, caseId, requestType, actor, now);
    return choices.length;
  });
}

export function setGdprFlag(db: CaseDeskDatabase, caseId: string, gdpr: boolean, actor: string, now?: Date) {
  return changeCaseClock(db, caseId, (c) => ({ ...c, gdpr }), {
    action: 'case.updated',
    summary: gdpr ? 'GDPR applies (EEA)' : 'GDPR does not apply',
    actor,
    ...(now ? { now } : {}),
  });
}

/**
 * Issue 12: a receipt time no server stated (the file's time) starts the
 * legal clock on a guess, so the case shows its due date as provisional until
 * an officer confirms the time — as it was, or corrected from the letter's
 * envelope, the mailbox or the sender. The due date is recomputed from the
 * confirmed time, and the audit event keeps the time before and after.
 */
export async function confirmReceiptTime(db: CaseDeskDatabase, caseId: string, receivedAt: Instant, actor: string, now?: Date) {
  const before = (await db.cases.get(caseId))?.receivedAt;
  return changeCaseClock(
    db,
    caseId,
    (c) => {
      const { receiptUnconfirmed: _flag, ...rest } = c;
      const changed = receivedAt !== c.receivedAt;
      return { ...rest, receivedAt, ...(changed ? { receivedAtSource: 'entered' as const } : {}) };
    },
    { action: 'case.updated', summary: `time of receipt confirmed: ${before === receivedAt ? receivedAt : `${before} -> ${receivedAt}`}`, actor, ...(now ? { now } : {}) },
  );
}

/**
 * Links a case to a known requester instead of the one intake created for it
 * ("accept" the match). The requester intake created is removed when no other
 * case is theirs, so accepting leaves no orphan behind.
 */
export async function linkCaseToRequester(db: CaseDeskDatabase, caseId: string, requesterId: string, actor: string, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', [db.cases, db.requesters, db.auditLog], async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new Error(`case ${caseId} does not exist`);
    const target = await db.requesters.get(requesterId);
    if (!target) throw new Error(`requester ${requesterId} does not exist`);
    const previous = record.requesterId;
    if (previous === requesterId) return;
    await db.cases.put({ ...record, requesterId, updatedAt: at });
    const stillUsed = await db.cases.where('requesterId').equals(previous).count();
    if (stillUsed === 0) await db.requesters.delete(previous);
    await appendAudit(db, {
      at,
      actor,
      action: 'case.updated',
      subject: `case:${caseId}`,
      summary: `${record.reference} requester linked to a known requester`,
      before: { requesterId: previous },
      after: { requesterId, previousRequesterRemoved: stillUsed === 0 },
    });
  });
}
