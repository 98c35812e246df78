import { mergedCases } from '../../shared/cases/merge';
import { caseSchema, type Case } from '../../shared/domain/case';
import { shanghaiDate } from '../../shared/domain/time';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';
import { legalDueDate, readDeadlineContext } from './deadlineContext';

/**
 * 合并 (issue 14): merges a duplicate into the case that carries on, in one
 * transaction — both cases (shared/cases/merge.ts), every document of the
 * duplicate (mail, attachments, identity evidence) moved to the target, its
 * identity check too when the target has none, and an audit event on each
 * case. Signed letters stay where they were signed: they answered that case.
 * The reason stays on the merged case, not in the audit text.
 */
export async function mergeCase(db: CaseDeskDatabase, sourceId: string, targetId: string, reason: string, actor: string, now: Date = new Date()): Promise<{ merged: Case; target: Case; documents: number }> {
  const at = now.toISOString();
  return db.transaction('rw', [db.cases, db.documents, db.identityChecks, db.settings, db.auditLog], async () => {
    const [source, target] = await Promise.all([db.cases.get(sourceId), db.cases.get(targetId)]);
    if (!source) throw new Error(`case ${sourceId} does not exist`);
    if (!target) throw new Error(`case ${targetId} does not exist`);
    const pair = mergedCases(source, target, { reason, at, by: actor });
    // the merged case is closed like a voided one: its due date is recomputed as voiding would
    const context = await readDeadlineContext(db);
    const { dueDate: _old, dueDateMovedFrom: _moved, ...rest } = pair.merged;
    const dueDate = legalDueDate(pair.merged, context, shanghaiDate(now.getTime()));
    const merged = caseSchema.parse({ ...rest, ...(dueDate ? { dueDate } : {}) });
    const carried = caseSchema.parse(pair.target);
    await db.cases.put(merged);
    await db.cases.put(carried);

    const documents = await db.documents.where('caseId').equals(sourceId).toArray();
    for (const d of documents) await db.documents.put({ ...d, caseId: targetId });
    const [sourceCheck, targetCheck] = await Promise.all([db.identityChecks.where('caseId').equals(sourceId).first(), db.identityChecks.where('caseId').equals(targetId).first()]);
    const checkMoved = sourceCheck !== undefined && targetCheck === undefined;
    if (checkMoved) await db.identityChecks.put({ ...sourceCheck, caseId: targetId, updatedAt: at });

    const facts = { from: merged.reference, into: carried.reference, documents: documents.length, identityCheckMoved: checkMoved };
    await appendAudit(db, { at, actor, action: 'case.merged', subject: `case:${sourceId}`, summary: `${merged.reference} → ${carried.reference}`, after: facts });
    await appendAudit(db, { at, actor, action: 'case.merged', subject: `case:${targetId}`, summary: `${merged.reference} → ${carried.reference}`, after: facts });
    return { merged, target: carried, documents: documents.length };
  });
}
