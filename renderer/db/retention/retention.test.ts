import '../backup/test-support/browserBlobs';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/audit/chain';
import type { LocalDate } from '../../../shared/domain/time';
import { buildEml } from '../../../shared/mail/eml';
import { PURGED_TEXT } from '../../../shared/retention/anonymise';
import { pseudonymOf } from '../../../shared/retention/retentionPolicy';
import { verifyAuditLog } from '../audit/verifyStore';
import { createBackup } from '../backup/createBackup';
import { restoreBackup } from '../backup/restoreBackup';
import { openCase, type CaseIntake } from '../cases';
import { CaseDeskDatabase } from '../database';
import { markIdentityEvidence, purgeIdentityEvidence } from '../identityEvidence';
import { writeSetting } from '../settings';
import { TEAM_SESSION_KEY } from '../sync/teamSession';
import { testDatabase, testStoreKeys } from '../test-support/freshDatabase';
import { reapplyPurgeLedger } from './purgeLedger';
import { PurgeRefusedError, casesPastRetention, purgeCases } from './retentionPurge';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'retention passphrase 2026';
const ACTOR = '李经理';
const TODAY = '2026-12-02' as LocalDate;
const NOW = new Date('2026-12-02T02:00:00.000Z');

const opened: CaseDeskDatabase[] = [];
async function store(seed = 1): Promise<CaseDeskDatabase> {
  const db = testDatabase(undefined, testStoreKeys(seed));
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await CaseDeskDatabase.delete(db.name);
  }
});

const scan = Uint8Array.from({ length: 2400 }, (_, i) => (i * 11 + 5) & 0xff);
const eml = buildEml({
  from: { address: 'chen.jing@example.com', name: '陈静' },
  to: { address: 'legal@solutioncl.com' },
  subject: '删除请求',
  text: '我的身份证号 330106199001011234，手机 13957401234。',
  attachment: { fileName: '身份证-330106199001011234.jpg', mimeType: 'image/jpeg', bytes: scan },
  date: Date.parse('2023-03-01T02:00:00Z'),
  id: 'retention',
});

function intake(closedAt: string | undefined, requester: CaseIntake['requester'] = { create: { kind: 'individual', name: '陈静', email: 'chen.jing@example.com', phone: '13957401234', idNumber: '330106199001011234', address: '宁波市海曙区', region: 'mainland' } }): CaseIntake {
  return {
    case: {
      channel: 'email',
      receivedAt: '2023-03-01T02:00:00.000Z',
      receivedAtSource: 'received-header',
      requestType: 'deletion',
      typeConfirmed: true,
      gdpr: false,
      subject: '陈静的删除请求',
      summary: '请删除我的手机号 13957401234',
      status: closedAt ? 'closed' : 'open',
      stage: closedAt ? 'closed' : 'received',
      assignee: '王法务',
      verifiedAt: '2023-03-02T02:00:00.000Z',
      pauses: [],
      extensions: [],
      outcome: closedAt ? 'granted' : undefined,
      closedAt,
      messageIds: ['<retention@example.com>'],
    } as CaseIntake['case'],
    requester,
    documents: [
      { meta: { kind: 'email', fileName: '删除请求.eml', mimeType: 'message/rfc822', identityEvidence: false }, bytes: eml },
      { meta: { kind: 'attachment', fileName: '身份证-330106199001011234.jpg', mimeType: 'image/jpeg', identityEvidence: false }, bytes: scan },
    ],
  };
}

const PERSONAL = ['陈静', 'chen.jing@example.com', '13957401234', '330106199001011234', '宁波市海曙区', '删除我的手机号'];

async function everythingAbout(db: CaseDeskDatabase, caseId: string): Promise<string> {
  const c = await db.cases.get(caseId);
  const parts: unknown[] = [c, await db.requesters.get(c!.requesterId), await db.documents.where('caseId').equals(caseId).toArray(), await db.letters.where('caseId').equals(caseId).toArray()];
  const text = JSON.stringify(parts);
  const blobs = await db.documentBlobs.toArray();
  return text + blobs.map((b) => new TextDecoder().decode(b.bytes)).join('\n');
}

describe('retention (policy 5.5.1)', () => {
  it('lists the closed cases past the retention period, by the setting', async () => {
    const db = await store();
    const old = await openCase(db, intake('2023-06-01T02:00:00.000Z'), ACTOR, NOW);
    await openCase(db, intake('2024-06-01T02:00:00.000Z'), ACTOR, NOW);
    await openCase(db, intake(undefined), ACTOR, NOW);
    expect((await casesPastRetention(db, TODAY)).map((c) => c.id)).toEqual([old.id]);
    await writeSetting(db, 'retentionYears', 5, ACTOR);
    expect(await casesPastRetention(db, TODAY)).toEqual([]);
  });

  it('purges the personal data, keeps the figures, audits without personal data and records the ledger by id only', async () => {
    const db = await store();
    const c = await openCase(db, intake('2023-06-01T02:00:00.000Z'), ACTOR, NOW);
    const tallies = await db.monthTallies.toArray();
    expect(await purgeCases(db, [c.id], ACTOR, NOW, TODAY)).toBe(1);
    const after = await db.cases.get(c.id);
    expect(after).toMatchObject({ requestType: 'deletion', status: 'closed', receivedAt: c.receivedAt, verifiedAt: c.verifiedAt, closedAt: c.closedAt, dueDate: c.dueDate, outcome: 'granted', subject: PURGED_TEXT });
    expect((await db.requesters.get(c.requesterId))?.name).toBe(pseudonymOf(c.requesterId));
    const text = await everythingAbout(db, c.id);
    for (const personal of PERSONAL) expect(text).not.toContain(personal);
    expect(await db.documentBlobs.count()).toBe(0);
    // the month's figures are what they were
    expect(await db.monthTallies.toArray()).toEqual(tallies);
    const event = (await db.auditLog.where('action').equals('retention.purged').toArray())[0];
    expect(event?.summary).toMatch(/^CL-2023-\d{4}: personal data purged after 3 years/);
    for (const personal of PERSONAL) expect(JSON.stringify(event)).not.toContain(personal);
    const ledger = await db.purgeLedger.toArray();
    expect(ledger).toHaveLength(1);
    expect(Object.keys(ledger[0]!).sort()).toEqual(['at', 'by', 'caseId', 'documentIds', 'id', 'kind', 'redactedDocumentIds', 'reference', 'requesterId']);
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
  });

  it('keeps a requester who still has a case kept, and refuses a case not past retention', async () => {
    const db = await store();
    const old = await openCase(db, intake('2023-06-01T02:00:00.000Z'), ACTOR, NOW);
    const recent = await openCase(db, intake('2025-06-01T02:00:00.000Z', { existingId: old.requesterId }), ACTOR, NOW);
    await purgeCases(db, [old.id], ACTOR, NOW, TODAY);
    expect((await db.requesters.get(old.requesterId))?.name).toBe('陈静');
    await expect(purgeCases(db, [recent.id], ACTOR, NOW, TODAY)).rejects.toThrow(PurgeRefusedError);
    expect((await db.cases.get(recent.id))?.subject).toBe('陈静的删除请求');
  });

  it('in a team, only a manager confirms a purge', async () => {
    const db = await store();
    const c = await openCase(db, intake('2023-06-01T02:00:00.000Z'), ACTOR, NOW);
    await db.local.put({
      key: TEAM_SESSION_KEY,
      value: { serverUrl: 'https://couch.example', database: 'casedesk', username: 'wang', displayName: '王法务', roles: ['officer'], chain: 'wang-abcdef12', joinedAt: '2026-12-01T00:00:00Z' },
    });
    await expect(purgeCases(db, [c.id], 'wang', NOW, TODAY)).rejects.toThrow('not-manager');
    expect((await db.cases.get(c.id))?.purgedAt).toBeUndefined();
  });

  it('restoring a backup made before the purge applies the purge again', async () => {
    const db = await store();
    const c = await openCase(db, intake('2023-06-01T02:00:00.000Z'), ACTOR, NOW);
    const older = await createBackup(db, PASS, ACTOR, { scrypt: FAST });
    await purgeCases(db, [c.id], ACTOR, NOW, TODAY);
    const report = await restoreBackup(db, older.blob, { passphrase: PASS, actor: ACTOR, confirmedOverwrite: true, saveSafetyBackup: async () => undefined, scrypt: FAST, reapplyPurges: reapplyPurgeLedger });
    expect(report.purgesApplied).toBe(1);
    const text = await everythingAbout(db, c.id);
    for (const personal of PERSONAL) expect(text).not.toContain(personal);
    expect((await db.cases.get(c.id))?.purgedAt).toBeDefined();
    expect(await db.purgeLedger.count()).toBe(1);
    expect((await db.auditLog.where('action').equals('purge.reapplied').toArray()).map((e) => e.subject)).toEqual([`case:${c.id}`]);
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
  });
});

describe('an ID scan that arrived by mail', () => {
  it('is marked identity evidence, purged once verified, and cut out of the raw message, which is kept', async () => {
    const db = await store();
    const c = await openCase(db, intake(undefined), ACTOR, NOW);
    const docs = await db.documents.where('caseId').equals(c.id).toArray();
    const attachment = docs.find((d) => d.kind === 'attachment')!;
    const message = docs.find((d) => d.kind === 'email')!;
    await expect(purgeIdentityEvidence(db, attachment.id, 'verified', ACTOR)).rejects.toThrow('not-identity-evidence');
    await markIdentityEvidence(db, attachment.id, ACTOR);
    await purgeIdentityEvidence(db, attachment.id, 'identity verified', ACTOR);
    expect(await db.documentBlobs.get(attachment.id)).toBeUndefined();
    const kept = await db.documentBlobs.get(message.id);
    const raw = new TextDecoder().decode(kept?.bytes);
    expect(raw).toContain(`X-CaseDesk-Purged: sha256=${sha256Hex(scan)}`);
    expect(raw).toContain('Subject:');
    expect(kept?.bytes.byteLength).toBeLessThan(eml.byteLength - 2000);
    expect(await db.documents.get(message.id)).toMatchObject({ sha256: message.sha256, redactedSha256: sha256Hex(kept!.bytes) });
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
    // a backup from before the purge brings neither the scan nor the full message back
    const ledger = await db.purgeLedger.toArray();
    expect(ledger.map((e) => [e.kind, e.documentIds, e.redactedDocumentIds])).toEqual([['identity-evidence', [attachment.id], [message.id]]]);
  });

  it('is purged again, and cut again, when an older backup is restored', async () => {
    const db = await store();
    const c = await openCase(db, intake(undefined), ACTOR, NOW);
    const attachment = (await db.documents.where('caseId').equals(c.id).toArray()).find((d) => d.kind === 'attachment')!;
    await markIdentityEvidence(db, attachment.id, ACTOR);
    const older = await createBackup(db, PASS, ACTOR, { scrypt: FAST });
    await purgeIdentityEvidence(db, attachment.id, 'identity verified', ACTOR);
    await restoreBackup(db, older.blob, { passphrase: PASS, actor: ACTOR, confirmedOverwrite: true, saveSafetyBackup: async () => undefined, scrypt: FAST, reapplyPurges: reapplyPurgeLedger });
    expect(await db.documentBlobs.get(attachment.id)).toBeUndefined();
    const all = (await db.documentBlobs.toArray()).map((b) => sha256Hex(b.bytes));
    expect(all).not.toContain(sha256Hex(scan));
    expect((await db.documentBlobs.toArray()).some((b) => new TextDecoder().decode(b.bytes).includes('X-CaseDesk-Purged'))).toBe(true);
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
  });
});
