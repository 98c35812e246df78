import { maskIdNumber } from '../../shared/domain/requester';
import type { CaseDeskDatabase } from './database';
import { appendIdentityEvent } from './identityAudit';

/**
 * 查看完整号码 (SPEC §2, issue 5): an ID number is shown masked everywhere;
 * the full number is handed out only here, after the audit event saying who
 * looked, when and at whose number is written. The event names the requester
 * and shows the masked form, never the number itself.
 */
export async function revealIdNumber(db: CaseDeskDatabase, caseId: string, requesterId: string, actor: string, now: Date = new Date()): Promise<string> {
  const at = now.toISOString();
  return db.transaction('rw', [db.cases, db.requesters, db.auditLog], async () => {
    const c = await db.cases.get(caseId);
    if (!c) throw new Error(`case ${caseId} does not exist`);
    const requester = await db.requesters.get(requesterId);
    if (!requester?.idNumber) throw new Error('the requester has no ID number on record');
    await appendIdentityEvent(db, c, {
      action: 'identity.revealed',
      actor,
      at,
      summary: `requester ${requester.id}`,
      after: { requesterId: requester.id, idNumber: maskIdNumber(requester.idNumber) },
    });
    return requester.idNumber;
  });
}
