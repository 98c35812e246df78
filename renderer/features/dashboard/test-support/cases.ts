import { caseSchema, type Case } from '../../../../shared/domain/case';
import type { RequestType } from '../../../../shared/domain/requestTypes';
import type { CaseDeskDatabase } from '../../../db/database';

let sequence = 0;

/**
 * A hand-built case, stored as is (not through openCase): the tests choose
 * its due date themselves, so the expected counts are worked out by hand.
 */
export function aCase(fields: Partial<Case> & { status: Case['status'] }): Case {
  sequence++;
  return caseSchema.parse({
    id: `case-${sequence}`,
    reference: `CL-2026-${String(sequence).padStart(4, '0')}`,
    channel: 'email',
    receivedAt: '2026-09-01T02:00:00.000Z',
    receivedAtSource: 'received-header',
    requesterId: 'requester-1',
    requestType: 'access' satisfies RequestType,
    typeConfirmed: true,
    gdpr: false,
    subject: '查阅申请',
    summary: '',
    stage: fields.status === 'closed' ? 'closed' : fields.status === 'paused' ? 'awaiting-requester' : 'in-progress',
    assignee: '王敏',
    pauses: fields.status === 'paused' ? [{ id: `p${sequence}`, from: '2026-09-10', reason: '等待补充材料', by: '王敏' }] : [],
    extensions: [],
    messageIds: [],
    createdAt: '2026-09-01T02:00:00.000Z',
    updatedAt: '2026-09-01T02:00:00.000Z',
    ...(fields.status === 'closed' ? { outcome: 'granted', closedAt: '2026-09-20T08:00:00.000Z' } : {}),
    ...fields,
  });
}

export async function store(db: CaseDeskDatabase, cases: Case[]): Promise<void> {
  await db.cases.bulkAdd(cases);
}
