import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from './test-support/freshDatabase';
import { CaseDeskDatabase } from './database';
import { recordIdentityDecision } from './identityDecisions';
import { fraudSignalsForCase } from './identityFraud';
import { openUnverifiedCase, validIdNumber } from './identityTestSupport';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const ID = validIdNumber('33010619900101123');

describe('fraud signals from the store', () => {
  it('none for a requester who is alone with their email and number', async () => {
    const c = await openUnverifiedCase(db, { idNumber: ID });
    await openUnverifiedCase(db, { email: 'someone.else@163.com', name: '韩梅梅' });
    expect(await fraudSignalsForCase(db, c.id)).toEqual([]);
  });

  it('finds the same ID number on another requester, also in its legacy 15-digit form', async () => {
    const c = await openUnverifiedCase(db, { idNumber: ID });
    const other = await openUnverifiedCase(db, { email: 'other@163.com', name: '李磊', idNumber: ID.slice(0, 6) + ID.slice(8, 17) });
    expect(await fraudSignalsForCase(db, c.id)).toEqual([{ code: 'id-number-on-other-requester', requesterIds: [other.requesterId] }]);
  });

  it('finds the same email on another requester', async () => {
    const c = await openUnverifiedCase(db);
    const other = await openUnverifiedCase(db, { name: '李雷雷' });
    expect(await fraudSignalsForCase(db, c.id)).toEqual([{ code: 'email-on-other-requester', requesterIds: [other.requesterId] }]);
  });

  it('counts failed checks across the requester’s cases', async () => {
    const first = await openUnverifiedCase(db);
    await recordIdentityDecision(db, first.id, { outcome: 'failed', reason: '验证码错误' }, '王敏');
    const second = await openUnverifiedCase(db, { email: 'x@163.com' });
    // the same requester writes again: a second case on the first requester
    await db.cases.update(second.id, { requesterId: first.requesterId });
    await recordIdentityDecision(db, second.id, { outcome: 'failed', reason: '证件不符' }, '王敏');
    expect(await fraudSignalsForCase(db, second.id)).toContainEqual({ code: 'repeated-failed-checks', count: 2 });
  });

  it('says so when the request concerns an account registered to another address than the sender’s', async () => {
    const { recordNamesSeen } = await import('./identityChecks');
    const c = await openUnverifiedCase(db);
    await recordNamesSeen(db, c.id, { accountEmail: 'Victim.Account@163.com' }, '王敏');
    expect(await fraudSignalsForCase(db, c.id)).toEqual([{ code: 'account-differs-from-sender' }]);
    // the sender's own account raises nothing
    const sender = (await db.requesters.get(c.requesterId))!.email!;
    await recordNamesSeen(db, c.id, { accountEmail: sender.toUpperCase() }, '王敏');
    expect(await fraudSignalsForCase(db, c.id)).toEqual([]);
  });
});
