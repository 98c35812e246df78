import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/chain';
import { buildEml } from '../../shared/mail/eml';
import { verifyAuditLog } from './audit/verifyStore';
import { openCase } from './cases';
import type { CaseDeskDatabase } from './database';
import { recordSignedLetter } from './letters';
import { messageIdOf, recordSentReply } from './mailboxSent';
import { withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

async function signedLetter() {
  const c = await openCase(
    db,
    {
      requester: { create: { kind: 'individual', name: '张三', email: 'zhangsan@qq.com', region: 'mainland' } },
      case: { channel: 'email', receivedAt: '2026-11-20T02:00:00.000Z', receivedAtSource: 'server-internaldate', requestType: 'access', typeConfirmed: true, gdpr: false, subject: '申请查阅', summary: '', status: 'open', stage: 'in-progress', assignee: '王敏', pauses: [], extensions: [], messageIds: ['req-1@qq.com'] },
    },
    '王敏',
    new Date('2026-11-20T02:00:00.000Z'),
  );
  const pdf = new TextEncoder().encode('%PDF-1.7 signed');
  const letter = await recordSignedLetter(
    db,
    { draft: { id: crypto.randomUUID(), caseId: c.id, kind: 'access-answer', layout: 'zh-CN', version: 1, subject: '答复', body: { v: 1, templateVersion: 1, written: {}, edited: false, sections: [] } }, pdf, sha256: sha256Hex(pdf), signedAt: '2026-11-30T02:00:00.000Z', signedBy: '王敏', reference: c.reference },
    new Date('2026-11-30T02:00:00.000Z'),
  );
  return { c, letter };
}

const eml = buildEml({ from: { address: 'legal@solutioncl.com' }, to: { name: '张三', address: 'zhangsan@qq.com' }, subject: '答复函 CL-2026-0001', text: '附件为答复函。', date: Date.parse('2026-11-30T03:00:00Z'), id: 'fixed-id-1' });

describe('a reply sent from the case', () => {
  it('keeps the message as sent on the case, threads its Message-ID, and marks the letter sent at the server\'s acceptance', async () => {
    const { c, letter } = await signedLetter();
    const messageId = messageIdOf(eml);
    expect(messageId).toBeDefined();
    await recordSentReply(db, { letterId: letter.id, eml, fileName: 'CL-2026-0001-sent.eml', acceptedAt: '2026-11-30T03:00:05.000Z', response: '250 Ok: queued', savedToSent: true }, '王敏');
    expect(await db.letters.get(letter.id)).toMatchObject({ status: 'sent', sentVia: 'email', sentAt: '2026-11-30T03:00:05.000Z', sentOn: '2026-11-30' });
    const sentDoc = (await db.documents.where('caseId').equals(c.id).toArray()).find((d) => d.fileName === 'CL-2026-0001-sent.eml');
    expect(sentDoc).toMatchObject({ kind: 'email', sha256: sha256Hex(eml) });
    expect([...((await db.documentBlobs.get(sentDoc!.id))?.bytes ?? [])]).toEqual([...eml]);
    expect((await db.cases.get(c.id))?.messageIds).toEqual(['req-1@qq.com', messageId]);
    expect((await db.auditLog.toArray()).map((e) => e.action)).toEqual(expect.arrayContaining(['document.added', 'letter.sent']));
    expect((await verifyAuditLog(db, { records: true })).ok).toBe(true);
  });

  it('records nothing when the letter is unknown', async () => {
    await expect(recordSentReply(db, { letterId: 'nope', eml, fileName: 'x.eml', acceptedAt: '2026-11-30T03:00:05.000Z', response: '250', savedToSent: false }, '王敏')).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
  });
});
