import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from './test-support/freshDatabase';
import { verifyAuditLog } from './audit/verifyStore';
import { CaseDeskDatabase } from './database';
import {
  changeRequesterKind,
  identityCheckOf,
  recordCheckItem,
  recordCreditCode,
  recordNamesSeen,
  recordOverride,
  recordReasonableDoubt,
  recordRequesterIdNumber,
} from './identityChecks';
import { addIdentityEvidence } from './identityEvidence';
import { at, openUnverifiedCase, validIdNumber } from './identityTestSupport';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const ADULT = validIdNumber('33010619900101123');

async function identityEvents() {
  return (await db.auditLog.orderBy('[chain+seq]').toArray()).filter((e) => e.action.startsWith('identity.') || e.action.startsWith('document.'));
}

describe('recording checklist items', () => {
  it('appends the item with who and when, and writes an identity.checked event in the chain', async () => {
    const c = await openUnverifiedCase(db);
    const check = await recordCheckItem(db, c.id, { item: 'account-email', method: 'account-email-match', result: 'passed', note: '  与注册邮箱一致 ' }, '王敏', at('2026-09-29'));
    expect(check.caseId).toBe(c.id);
    expect(check.requesterKind).toBe('individual');
    expect(check.items).toEqual([
      { item: 'account-email', method: 'account-email-match', result: 'passed', note: '与注册邮箱一致', checkedBy: '王敏', checkedAt: at('2026-09-29').toISOString() },
    ]);
    const [event] = await identityEvents();
    expect(event).toMatchObject({ action: 'identity.checked', actor: '王敏', subject: `case:${c.id}`, summary: `${c.reference} account-email passed` });
    // the note is free text and stays out of the log
    expect(JSON.stringify(event)).not.toContain('与注册邮箱一致');
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
  });

  it('keeps every record: a re-check appends, it does not overwrite', async () => {
    const c = await openUnverifiedCase(db);
    await recordCheckItem(db, c.id, { item: 'verification-code', method: 'verification-code', result: 'failed' }, '王敏');
    const check = await recordCheckItem(db, c.id, { item: 'verification-code', method: 'verification-code', result: 'passed' }, '李娜');
    expect(check.items.map((i) => [i.result, i.checkedBy])).toEqual([
      ['failed', '王敏'],
      ['passed', '李娜'],
    ]);
    expect(await db.identityChecks.count()).toBe(1);
  });

  it('refuses an item of another kind’s checklist, a method that cannot satisfy it, and a document method without its document', async () => {
    const c = await openUnverifiedCase(db);
    await expect(recordCheckItem(db, c.id, { item: 'business-licence', method: 'document-copy', result: 'passed', evidenceDocumentId: 'x' }, '王敏')).rejects.toThrow(/checklist/);
    await expect(recordCheckItem(db, c.id, { item: 'account-email', method: 'document-copy', result: 'passed' }, '王敏')).rejects.toThrow(/cannot satisfy/);
    await expect(recordCheckItem(db, c.id, { item: 'identity-document', method: 'document-copy', result: 'passed' }, '王敏')).rejects.toThrow(/evidence/);
    expect(await identityCheckOf(db, c.id)).toBeUndefined();
    expect(await identityEvents()).toEqual([]);
  });

  it('links evidence only from the same case', async () => {
    const c = await openUnverifiedCase(db);
    const other = await openUnverifiedCase(db, { email: 'han.meimei@163.com', name: '韩梅梅' });
    const scan = await addIdentityEvidence(db, other.id, { name: 'id.jpg', bytes: new Uint8Array([1, 2, 3]) }, '王敏');
    await expect(recordCheckItem(db, c.id, { item: 'identity-document', method: 'document-copy', result: 'passed', evidenceDocumentId: scan.id }, '王敏')).rejects.toThrow(/not a document of this case/);
    const own = await addIdentityEvidence(db, c.id, { name: 'id.jpg', bytes: new Uint8Array([1, 2, 3]) }, '王敏');
    const check = await recordCheckItem(db, c.id, { item: 'identity-document', method: 'document-copy', result: 'passed', evidenceDocumentId: own.id }, '王敏');
    expect(check.items[0]?.evidenceDocumentId).toBe(own.id);
  });

  it('refuses changes on a closed case', async () => {
    const c = await openUnverifiedCase(db);
    await db.cases.update(c.id, { status: 'closed', stage: 'closed' });
    await expect(recordCheckItem(db, c.id, { item: 'account-email', method: 'account-email-match', result: 'passed' }, '王敏')).rejects.toThrow(/closed/);
  });
});

describe('the requester kind, names, overrides and doubts', () => {
  it('changes the kind on the check and on the requester, audited with before and after', async () => {
    const c = await openUnverifiedCase(db);
    const check = await changeRequesterKind(db, c.id, 'agent', '王敏');
    expect(check.requesterKind).toBe('agent');
    expect((await db.requesters.get(c.requesterId))?.kind).toBe('agent');
    const [event] = await identityEvents();
    expect(event).toMatchObject({ before: { requesterKind: 'individual' }, after: { requesterKind: 'agent' } });
  });

  it('notes the names seen, and records an override only with a reason', async () => {
    const c = await openUnverifiedCase(db);
    const named = await recordNamesSeen(db, c.id, { idDocument: ' 李雷 ', account: '' }, '王敏');
    expect(named.namesSeen).toEqual({ idDocument: '李雷' });
    await expect(recordOverride(db, c.id, 'name-mismatch', '  ', '王敏')).rejects.toThrow(/reason/);
    const overridden = await recordOverride(db, c.id, 'name-mismatch', '已改名，见户口簿', '王敏', at('2026-09-30'));
    expect(overridden.overrides).toEqual([{ kind: 'name-mismatch', reason: '已改名，见户口簿', by: '王敏', at: at('2026-09-30').toISOString() }]);
  });

  it('raises and withdraws a reasonable doubt (GDPR Art. 12(6))', async () => {
    const c = await openUnverifiedCase(db, { kind: 'eea-individual' });
    const raised = await recordReasonableDoubt(db, c.id, 'sender address differs from the account', 'Wang Min');
    expect(raised.reasonableDoubt?.reason).toBe('sender address differs from the account');
    const withdrawn = await recordReasonableDoubt(db, c.id, null, 'Wang Min');
    expect(withdrawn.reasonableDoubt).toBeUndefined();
  });
});

describe('the requester’s ID number and credit code', () => {
  it('stores a valid number normalised, and the log only ever sees it masked', async () => {
    const c = await openUnverifiedCase(db);
    await recordRequesterIdNumber(db, c.id, ` ${ADULT.toLowerCase()} `, '王敏', at('2026-09-29'));
    expect((await db.requesters.get(c.requesterId))?.idNumber).toBe(ADULT);
    const log = JSON.stringify(await db.auditLog.toArray());
    expect(log).not.toContain(ADULT);
    expect(log).toContain(`${ADULT.slice(0, 4)}**********${ADULT.slice(-4)}`);
  });

  it('converts a legacy 15-digit number to 18 digits', async () => {
    const c = await openUnverifiedCase(db);
    const legacy = ADULT.slice(0, 6) + ADULT.slice(8, 17); // 330106 900101 123
    await recordRequesterIdNumber(db, c.id, legacy, '王敏');
    expect((await db.requesters.get(c.requesterId))?.idNumber).toBe(ADULT);
  });

  it('refuses a number that fails GB 11643, and writes nothing', async () => {
    const c = await openUnverifiedCase(db);
    const wrongCheck = ADULT.slice(0, 17) + (ADULT.endsWith('0') ? '1' : '0');
    await expect(recordRequesterIdNumber(db, c.id, wrongCheck, '王敏')).rejects.toThrow(/check-character/);
    expect((await db.requesters.get(c.requesterId))?.idNumber).toBeUndefined();
    expect(await identityEvents()).toEqual([]);
  });

  it('stores a valid credit code and one that fails only its check; refuses one with a wrong character', async () => {
    const c = await openUnverifiedCase(db, { kind: 'enterprise' });
    // O is not in the GB 32100 character set
    await expect(recordCreditCode(db, c.id, '91350100M000100O43', '王敏')).rejects.toThrow(/credit code/);
    // 91350100M000100Y43: a published, valid code
    await recordCreditCode(db, c.id, '91350100m000100y43', '王敏');
    expect((await db.requesters.get(c.requesterId))?.creditCode).toBe('91350100M000100Y43');
    await recordCreditCode(db, c.id, '91350100M000100Y44', '王敏');
    expect((await db.requesters.get(c.requesterId))?.creditCode).toBe('91350100M000100Y44');
  });
});
