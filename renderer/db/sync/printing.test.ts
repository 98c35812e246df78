import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/audit/chain';
import { setUpTeam, startTeamServer, TEAM, type TeamServer } from '../../../shared/sync/test-support/teamServer';
import { openCase } from '../cases';
import { recordSignedLetter, saveLetterDraft } from '../letters';
import { markPrinted, printQueue } from '../printQueue';
import { rawText } from '../test-support/rawStore';
import { teamWorkstation } from './test-support/teamWorkstation';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer(43116);
}, 240_000);
afterAll(async () => {
  await server?.stop();
}, 60_000);

const ID = '11010519491231002X';

describe('print staff', () => {
  it('receive the signed letter and its envelope address, never the case, the ID number, the scan or the mail; their prints come back', async () => {
    await setUpTeam(server, 'team-print');
    const officer = await teamWorkstation(server, TEAM.wang, 'team-print');
    const printer = await teamWorkstation(server, TEAM.zhou, 'team-print');
    try {
      const c = await openCase(
        officer.db,
        {
          requester: { create: { kind: 'individual', name: '张三', email: 'zhangsan@qq.com', phone: '13912345678', idNumber: ID, address: '浙江省宁波市鄞州区天童南路 588 号', postcode: '315100', region: 'mainland' } },
          case: { channel: 'postal', receivedAt: '2026-11-20T02:00:00.000Z', receivedAtSource: 'entered', requestType: 'deletion', typeConfirmed: true, gdpr: false, subject: '申请删除个人信息', summary: '邮寄的身份证复印件', status: 'open', stage: 'in-progress', assignee: '王敏', pauses: [], extensions: [], messageIds: [] },
          documents: [{ meta: { kind: 'scan', fileName: '身份证.jpg', mimeType: 'image/jpeg', identityEvidence: true }, bytes: new TextEncoder().encode(`JFIF card ${ID}`) }],
        },
        TEAM.wang.username,
      );
      const draft = { id: crypto.randomUUID(), caseId: c.id, kind: 'refusal' as const, layout: 'zh-CN' as const, version: 1, subject: '关于您请求的答复', body: { v: 1 as const, templateVersion: 1, written: {}, edited: false, sections: [] } };
      await saveLetterDraft(officer.db, draft);
      const pdf = new TextEncoder().encode('%PDF-1.7 signed refusal');
      await recordSignedLetter(officer.db, { draft, pdf, sha256: sha256Hex(pdf), signedAt: new Date().toISOString(), signedBy: TEAM.wang.username, reference: c.reference });

      await expect.poll(async () => (await printQueue(printer.db)).length, { timeout: 60_000 }).toBe(1);
      const [item] = await printQueue(printer.db);
      expect(item).toMatchObject({ reference: c.reference, recipient: { name: '张三', address: '浙江省宁波市鄞州区天童南路 588 号', postcode: '315100' }, delivery: 'post' });
      expect(item!.pdf).toEqual(pdf);

      // the print workstation holds nothing else of the case, in its store or its replica
      for (const table of ['cases', 'requesters', 'documents', 'documentBlobs', 'identityChecks', 'incidents', 'incidentPeople', 'letters'] as const) {
        expect(await printer.db.table(table).count(), table).toBe(0);
      }
      const replicaIds = (await printer.engine.replica.allDocs({ startkey: '', endkey: '\ufff0' })).rows.map((r) => r.key);
      expect(replicaIds.every((id) => /^(print|printed|auditLog|_design)[:/]/.test(id))).toBe(true);
      const text = await rawText(printer.db.name);
      for (const secret of [ID, '1101051949', '13912345678', 'zhangsan@qq.com', 'JFIF card', '邮寄的身份证复印件']) expect(text, secret).not.toContain(secret);

      await markPrinted(printer.db, item!, 'letter', TEAM.zhou.username);
      await markPrinted(printer.db, item!, 'envelope', TEAM.zhou.username);
      await expect.poll(async () => (await officer.db.printMarks.where('letterId').equals(draft.id).toArray()).map((m) => [m.what, m.by]), { timeout: 60_000 }).toEqual(
        expect.arrayContaining([
          ['letter', TEAM.zhou.username],
          ['envelope', TEAM.zhou.username],
        ]),
      );
      await expect.poll(async () => officer.db.auditLog.where('action').equals('letter.printed').filter((e) => e.actor === TEAM.zhou.username).count(), { timeout: 60_000 }).toBe(2);
    } finally {
      await Promise.all([officer.close(), printer.close()]);
    }
  }, 240_000);
});
