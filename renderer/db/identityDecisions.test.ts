import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from './test-support/freshDatabase';
import { closeCase, pauseClock } from './caseClock';
import { CaseDeskDatabase } from './database';
import { identityCheckOf, recordCheckItem, recordRequesterIdNumber } from './identityChecks';
import { OutcomeNotAllowedError, recordIdentityDecision, unansweredProposal } from './identityDecisions';
import { convertToMinorCase } from './identityMinor';
import { DEFAULT_UNANSWERED_DAYS, readUnansweredDays, writeUnansweredDays } from './identitySettings';
import { at, openUnverifiedCase, validIdNumber } from './identityTestSupport';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

/** The individual's checklist for an access request: account email and verification code. */
async function recordAccountChecks(caseId: string, when = at('2026-09-28')) {
  await recordCheckItem(db, caseId, { item: 'account-email', method: 'account-email-match', result: 'passed' }, '王敏', when);
  await recordCheckItem(db, caseId, { item: 'verification-code', method: 'verification-code', result: 'passed' }, '王敏', when);
}

describe('verified', () => {
  it('is refused while a required item is missing, and nothing is written', async () => {
    const c = await openUnverifiedCase(db);
    await recordCheckItem(db, c.id, { item: 'account-email', method: 'account-email-match', result: 'passed' }, '王敏');
    const eventsBefore = await db.auditLog.count();
    await expect(recordIdentityDecision(db, c.id, { outcome: 'verified' }, '王敏')).rejects.toBeInstanceOf(OutcomeNotAllowedError);
    expect((await identityCheckOf(db, c.id))?.decisions).toEqual([]);
    expect(await db.auditLog.count()).toBe(eventsBefore);
    expect((await db.cases.get(c.id))?.verifiedAt).toBeUndefined();
  });

  it('starts the rights-request clock: 15 working days from 2026-09-28 is 2026-10-23 (SPEC §3)', async () => {
    const c = await openUnverifiedCase(db);
    // before verification only the 30-day ceiling from receipt runs
    expect(c.dueDate).toBe('2026-10-28');
    await recordAccountChecks(c.id);
    const check = await recordIdentityDecision(db, c.id, { outcome: 'verified' }, '王敏', at('2026-09-28'));
    expect(check.decisions).toEqual([{ outcome: 'verified', decidedBy: '王敏', decidedAt: at('2026-09-28').toISOString() }]);
    const after = (await db.cases.get(c.id))!;
    expect(after.verifiedAt).toBe(at('2026-09-28').toISOString());
    expect(after.dueDate).toBe('2026-10-23');
    expect(after.stage).toBe('in-progress');
    const actions = (await db.auditLog.orderBy('[chain+seq]').toArray()).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['identity.checked', 'identity.checked']); // the decision, then the clock start
  });

  it('is blocked by a child’s ID number on an individual’s request (policy 7.1)', async () => {
    const c = await openUnverifiedCase(db);
    await recordAccountChecks(c.id);
    await recordRequesterIdNumber(db, c.id, validIdNumber('33010620160501002'), '王敏', at('2026-09-28'));
    await expect(recordIdentityDecision(db, c.id, { outcome: 'verified' }, '王敏', at('2026-09-28'))).rejects.toBeInstanceOf(OutcomeNotAllowedError);
  });

  it('needs the ID document for a deletion (SPEC §2)', async () => {
    const c = await openUnverifiedCase(db, { requestType: 'deletion' });
    await recordAccountChecks(c.id);
    await expect(recordIdentityDecision(db, c.id, { outcome: 'verified' }, '王敏')).rejects.toBeInstanceOf(OutcomeNotAllowedError);
  });

  it('a second verification does not restart the clock', async () => {
    const c = await openUnverifiedCase(db);
    await recordAccountChecks(c.id);
    await recordIdentityDecision(db, c.id, { outcome: 'verified' }, '王敏', at('2026-09-28'));
    await recordIdentityDecision(db, c.id, { outcome: 'verified' }, '李娜', at('2026-10-09'));
    expect((await db.cases.get(c.id))?.verifiedAt).toBe(at('2026-09-28').toISOString());
  });
});

describe('insufficient', () => {
  it('states what is missing, pauses the clock from today, and keeps the reason on the pause', async () => {
    const c = await openUnverifiedCase(db);
    await expect(recordIdentityDecision(db, c.id, { outcome: 'insufficient' }, '王敏')).rejects.toThrow();
    await recordIdentityDecision(db, c.id, { outcome: 'insufficient', reason: '请提供验证码' }, '王敏', at('2026-09-29'));
    const paused = (await db.cases.get(c.id))!;
    expect(paused.status).toBe('paused');
    expect(paused.stage).toBe('awaiting-requester');
    expect(paused.pauses).toEqual([expect.objectContaining({ from: '2026-09-29', reason: '请提供验证码', by: '王敏' })]);
  });

  it('a later verification ends the pause and starts the clock', async () => {
    const c = await openUnverifiedCase(db);
    await recordIdentityDecision(db, c.id, { outcome: 'insufficient', reason: '缺少验证码' }, '王敏', at('2026-09-29'));
    // a second "insufficient" while waiting does not pause twice
    await recordIdentityDecision(db, c.id, { outcome: 'insufficient', reason: '仍缺验证码' }, '王敏', at('2026-09-30'));
    await recordAccountChecks(c.id, at('2026-10-09'));
    await recordIdentityDecision(db, c.id, { outcome: 'verified' }, '王敏', at('2026-10-09'));
    const after = (await db.cases.get(c.id))!;
    expect(after.status).toBe('open');
    expect(after.stage).toBe('in-progress');
    expect(after.pauses).toEqual([expect.objectContaining({ from: '2026-09-29', to: '2026-10-09' })]);
    expect(after.verifiedAt).toBe(at('2026-10-09').toISOString());
  });

  it('verification leaves a pause for another reason running', async () => {
    const c = await openUnverifiedCase(db);
    await pauseClock(db, c.id, '2026-09-29', '等待申请人说明请求范围', '王敏', at('2026-09-29'));
    await recordAccountChecks(c.id, at('2026-09-30'));
    await recordIdentityDecision(db, c.id, { outcome: 'verified' }, '王敏', at('2026-09-30'));
    const after = (await db.cases.get(c.id))!;
    expect(after.status).toBe('paused');
    expect(after.pauses[0]?.to).toBeUndefined();
    expect(after.verifiedAt).toBe(at('2026-09-30').toISOString());
  });

  it('keeps an ID number typed into the reason out of the log', async () => {
    const c = await openUnverifiedCase(db);
    const number = validIdNumber('33010619900101123');
    await recordIdentityDecision(db, c.id, { outcome: 'insufficient', reason: `号码 ${number} 与证件不符` }, '王敏');
    expect(JSON.stringify(await db.auditLog.toArray())).not.toContain(number);
    expect((await db.cases.get(c.id))?.pauses[0]?.reason).not.toContain(number);
  });
});

describe('failed', () => {
  it('is recorded with its reason and leaves the clock alone', async () => {
    const c = await openUnverifiedCase(db);
    await expect(recordIdentityDecision(db, c.id, { outcome: 'failed', reason: ' ' }, '王敏')).rejects.toThrow();
    const check = await recordIdentityDecision(db, c.id, { outcome: 'failed', reason: '验证码三次错误' }, '王敏');
    expect(check.decisions.at(-1)).toMatchObject({ outcome: 'failed', reason: '验证码三次错误' });
    const after = (await db.cases.get(c.id))!;
    expect([after.status, after.verifiedAt, after.pauses]).toEqual(['open', undefined, []]);
  });
});

describe('no answer after "insufficient" (SPEC §2)', () => {
  it('proposes closing once the configured period has passed, 30 days unless set', async () => {
    const c = await openUnverifiedCase(db);
    expect(await readUnansweredDays(db)).toBe(DEFAULT_UNANSWERED_DAYS);
    const check = await recordIdentityDecision(db, c.id, { outcome: 'insufficient', reason: '缺少验证码' }, '王敏', at('2026-09-29'));
    const paused = (await db.cases.get(c.id))!;
    expect(unansweredProposal(paused, check, '2026-10-28', 30)).toBeNull();
    expect(unansweredProposal(paused, check, '2026-10-29', 30)).toEqual({ since: '2026-09-29', days: 30 });
    await writeUnansweredDays(db, 10, '王敏');
    expect(await readUnansweredDays(db)).toBe(10);
    expect(unansweredProposal(paused, check, '2026-10-09', await readUnansweredDays(db))).toEqual({ since: '2026-09-29', days: 10 });
    const closed = await closeCase(db, c.id, { outcome: 'closed-unanswered', closedAt: at('2026-10-29').toISOString() }, '王敏');
    expect(closed.outcome).toBe('closed-unanswered');
    expect(unansweredProposal(closed, check, '2026-11-30', 30)).toBeNull();
  });

  it('proposes nothing when the case waits for another reason', async () => {
    const c = await openUnverifiedCase(db);
    const check = await recordIdentityDecision(db, c.id, { outcome: 'failed', reason: '冒用' }, '王敏', at('2026-09-29'));
    expect(unansweredProposal((await db.cases.get(c.id))!, check, '2027-01-01', 30)).toBeNull();
  });

  it('refuses a period outside 1–365 days', async () => {
    await expect(writeUnansweredDays(db, 0, '王敏')).rejects.toThrow();
  });
});

describe('a child’s ID number (policy 7.1)', () => {
  it('turns the case into a minor’s case with the guardian’s checklist', async () => {
    const c = await openUnverifiedCase(db);
    await recordRequesterIdNumber(db, c.id, validIdNumber('33010620160501002'), '王敏', at('2026-09-28'));
    const check = await convertToMinorCase(db, c.id, '王敏', at('2026-09-28'));
    expect([check.requesterKind, check.requestType]).toEqual(['guardian', 'minor']);
    expect((await db.cases.get(c.id))?.requestType).toBe('minor');
    expect((await db.requesters.get(c.requesterId))?.kind).toBe('guardian');
  });

  it('refuses for an adult', async () => {
    const c = await openUnverifiedCase(db, { idNumber: validIdNumber('33010619900101123') });
    await expect(convertToMinorCase(db, c.id, '王敏')).rejects.toThrow(/child/);
    expect((await db.cases.get(c.id))?.requestType).toBe('access');
  });
});
