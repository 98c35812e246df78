import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from './test-support/freshDatabase';
import { sha256Hex } from '../../shared/audit/chain';
import { verifyAuditLog } from './audit/verifyStore';
import { CaseDeskDatabase } from './database';
import { recordCheckItem } from './identityChecks';
import { recordIdentityDecision } from './identityDecisions';
import { addIdentityEvidence, mimeTypeOf, purgeIdentityEvidence } from './identityEvidence';
import { revealIdNumber } from './identityReveal';
import { at, openUnverifiedCase, validIdNumber } from './identityTestSupport';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const ID = validIdNumber('33010619900101123');
const SCAN = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

async function verify(caseId: string) {
  await recordCheckItem(db, caseId, { item: 'account-email', method: 'account-email-match', result: 'passed' }, '王敏');
  await recordCheckItem(db, caseId, { item: 'verification-code', method: 'verification-code', result: 'passed' }, '王敏');
  await recordIdentityDecision(db, caseId, { outcome: 'verified' }, '王敏');
}

describe('identity evidence', () => {
  it('is stored as a scan with its SHA-256 and bytes, audited with the file name redacted', async () => {
    const c = await openUnverifiedCase(db);
    const doc = await addIdentityEvidence(db, c.id, { name: `身份证-${ID}.jpg`, bytes: SCAN }, '王敏', at('2026-09-29'));
    expect(doc).toMatchObject({ caseId: c.id, kind: 'scan', mimeType: 'image/jpeg', size: SCAN.byteLength, sha256: sha256Hex(SCAN), identityEvidence: true, addedBy: '王敏' });
    expect((await db.documentBlobs.get(doc.id))?.bytes).toEqual(SCAN);
    const event = (await db.auditLog.orderBy('[chain+seq]').last())!;
    expect(event).toMatchObject({ action: 'document.added', subject: `case:${c.id}` });
    // issue 11: the number leaves the file name whole, not just masked
    expect(event.summary).toContain('身份证-[id].jpg');
    expect(event.summary).not.toContain(ID.slice(0, 6));
    expect(JSON.stringify(event)).not.toContain(ID);
  });

  it('knows the common scan types', () => {
    expect([mimeTypeOf('a.PDF'), mimeTypeOf('b.png'), mimeTypeOf('c.heic'), mimeTypeOf('noext')]).toEqual(['application/pdf', 'image/png', 'image/heic', 'application/octet-stream']);
  });
});

describe('purging a scan', () => {
  it('is refused before verification is done', async () => {
    const c = await openUnverifiedCase(db);
    const doc = await addIdentityEvidence(db, c.id, { name: 'id.jpg', bytes: SCAN }, '王敏');
    await expect(purgeIdentityEvidence(db, doc.id, '验证完成', '王敏')).rejects.toThrow(/not-verified/);
    expect(await db.documentBlobs.get(doc.id)).toBeDefined();
  });

  it('deletes the bytes, keeps the digest, says who purged it, when and why, in the audit chain', async () => {
    const c = await openUnverifiedCase(db);
    const doc = await addIdentityEvidence(db, c.id, { name: 'id.jpg', bytes: SCAN }, '王敏');
    await verify(c.id);
    await expect(purgeIdentityEvidence(db, doc.id, '  ', '王敏')).rejects.toThrow(/reason/);
    const purged = await purgeIdentityEvidence(db, doc.id, '验证已完成，清除身份证扫描件', '李娜', at('2026-10-01'));
    expect(purged).toMatchObject({ sha256: sha256Hex(SCAN), purgedAt: at('2026-10-01').toISOString(), purgedBy: '李娜', purgeReason: '验证已完成，清除身份证扫描件' });
    expect(await db.documentBlobs.get(doc.id)).toBeUndefined();
    expect(await db.documents.get(doc.id)).toEqual(purged);
    const event = (await db.auditLog.orderBy('[chain+seq]').last())!;
    expect(event).toMatchObject({ action: 'document.purged', actor: '李娜', subject: `case:${c.id}`, after: { documentId: doc.id, sha256: sha256Hex(SCAN) } });
    const verdict = await verifyAuditLog(db, { records: true });
    expect({ records: verdict.records, chains: verdict.chains.flatMap((c) => c.problems) }).toEqual({ records: [], chains: [] });
    await expect(purgeIdentityEvidence(db, doc.id, '再次', '李娜')).rejects.toThrow(/already-purged/);
  });

  it('only purges identity evidence', async () => {
    const c = await openUnverifiedCase(db);
    const doc = await addIdentityEvidence(db, c.id, { name: 'id.jpg', bytes: SCAN }, '王敏');
    await db.documents.update(doc.id, { identityEvidence: false });
    await verify(c.id);
    await expect(purgeIdentityEvidence(db, doc.id, '清除', '王敏')).rejects.toThrow(/not-identity-evidence/);
  });
});

describe('revealing an ID number', () => {
  it('hands out the number after an identity.revealed event naming the requester, never the number', async () => {
    const c = await openUnverifiedCase(db, { idNumber: ID });
    const revealed = await revealIdNumber(db, c.id, c.requesterId, '王敏', at('2026-09-29'));
    expect(revealed).toBe(ID);
    const event = (await db.auditLog.orderBy('[chain+seq]').last())!;
    expect(event).toMatchObject({
      action: 'identity.revealed',
      actor: '王敏',
      at: at('2026-09-29').toISOString(),
      subject: `case:${c.id}`,
      after: { requesterId: c.requesterId, idNumber: `${ID.slice(0, 4)}**********${ID.slice(-4)}` },
    });
    expect(JSON.stringify(await db.auditLog.toArray())).not.toContain(ID);
  });

  it('refuses when there is no number to reveal', async () => {
    const c = await openUnverifiedCase(db);
    await expect(revealIdNumber(db, c.id, c.requesterId, '王敏')).rejects.toThrow(/no ID number/);
  });
});
