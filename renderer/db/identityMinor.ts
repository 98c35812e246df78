import { shanghaiDate } from '../../shared/domain/time';
import { parseResidentId } from '../../shared/identity/residentId';
import { changeCaseClock } from './caseClock';
import type { CaseDeskDatabase } from './database';
import { appendIdentityEvent } from './identityAudit';
import { identityTables, loadCheckContext, saveCheck } from './identityChecks';

/**
 * Policy 7.1 (PIPL 31): the data of a child under 14 is handled at the
 * request of the guardian. When the ID number on a case shows a child, the
 * panel proposes this change and the officer confirms it: the case becomes a
 * minor's case (request type 'minor', its deadline recomputed) and the
 * checklist becomes the guardian's (guardian ID, proof of guardianship).
 */
export async function convertToMinorCase(db: CaseDeskDatabase, caseId: string, actor: string, now: Date = new Date()) {
  return db.transaction('rw', identityTables(db), async () => {
    const ctx = await loadCheckContext(db, caseId, now);
    const c = ctx.case;
    if (c.status === 'closed') throw new Error(`case ${c.reference} is closed`);
    const id = ctx.requester.idNumber ? parseResidentId(ctx.requester.idNumber, shanghaiDate(now.getTime())) : undefined;
    if (!id?.ok || !id.minor) throw new Error('only an ID number of a child under 14 turns a case into a minor’s case');

    if (c.requestType !== 'minor') {
      await changeCaseClock(db, caseId, (record) => ({ ...record, requestType: 'minor' }), {
        action: 'case.updated',
        summary: `${c.requestType} → minor (policy 7.1)`,
        actor,
        now,
      });
    }
    if (ctx.requester.kind !== 'guardian') await db.requesters.put({ ...ctx.requester, kind: 'guardian', updatedAt: ctx.at });
    const before = ctx.check.requesterKind;
    const saved = await saveCheck(db, { ...ctx, case: { ...c, requestType: 'minor' } }, { ...ctx.check, requesterKind: 'guardian' });
    await appendIdentityEvent(db, c, {
      action: 'identity.checked',
      actor,
      at: ctx.at,
      summary: 'child under 14: guardian to ask (policy 7.1)',
      before: { requesterKind: before, requestType: c.requestType },
      after: { requesterKind: 'guardian', requestType: 'minor' },
    });
    return saved;
  });
}
