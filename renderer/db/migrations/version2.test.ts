import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../shared/audit/chain';
import { verifyAuditLog } from '../audit/verifyStore';
import { casesByMessageIds, requestersByEmail, requestersByIdNumber } from '../blindLookup';
import { CaseDeskDatabase } from '../database';
import { testStoreKeys } from '../test-support/freshDatabase';
import { rawText } from '../test-support/rawStore';

/** The store as CaseDesk 0.1 wrote it: schema version 1, plain rows, one unnamed audit chain. */
class VersionOneStore extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({
      requesters: 'id, email, phone, idNumber, name, updatedAt',
      cases:
        'id, &reference, requesterId, requestType, receivedAt, [receivedAt+id], status, [status+dueDate], [assignee+dueDate], *messageIds, closedAt, updatedAt',
      documents: 'id, caseId, sha256, kind',
      documentBlobs: 'id',
      letters: 'id, caseId, status, [status+signedAt], signedAt, signedBy, sha256, replaces',
      incidents: 'id, &reference, discoveredAt, status',
      incidentPeople: 'incidentId',
      identityChecks: 'id, &caseId',
      settings: 'key',
      counters: 'key',
      audit: 'seq, at, subject, action',
    });
  }
}

const T = '2026-10-01T02:00:00.000Z';
const ID = '11010519491231002X';
const data = {
  requesters: [
    { id: 'r1', kind: 'individual', name: '张晓明', email: 'xm@example.cn', phone: '13912345678', idNumber: ID, address: '宁波市鄞州区', region: 'mainland', createdAt: T, updatedAt: T },
    { id: 'r2', kind: 'eea-individual', name: 'Anna Schmidt', email: 'anna@example.de', region: 'eea', createdAt: T, updatedAt: T },
  ],
  cases: [
    {
      id: 'c1', reference: 'CL-2026-0001', channel: 'email', receivedAt: T, receivedAtSource: 'received-header', requesterId: 'r1', requestType: 'access',
      typeConfirmed: true, gdpr: false, subject: '张晓明 查阅申请', summary: '查阅通话记录', status: 'paused', stage: 'awaiting-requester', assignee: '王敏',
      verifiedAt: T, pauses: [{ id: 'p1', from: '2026-10-09', reason: '等待张晓明补充材料', by: '王敏' }], extensions: [], dueDate: '2026-11-05',
      messageIds: ['<a1@example.cn>'], createdAt: T, updatedAt: T,
    },
    {
      id: 'c2', reference: 'CL-2026-0002', channel: 'email', receivedAt: T, receivedAtSource: 'date-header', requesterId: 'r2', requestType: 'deletion',
      typeConfirmed: false, gdpr: true, subject: 'Erasure request', summary: '', status: 'closed', stage: 'closed', assignee: '李娜', pauses: [],
      extensions: [{ id: 'e1', amount: 2, reason: 'complex', at: T, by: '李娜' }], outcome: 'granted', closedAt: T, messageIds: [], createdAt: T, updatedAt: T,
    },
  ],
  documents: [{ id: 'd1', caseId: 'c1', kind: 'scan', fileName: `id_${ID}.jpg`, mimeType: 'image/jpeg', size: 4, sha256: 'a'.repeat(64), identityEvidence: true, addedAt: T, addedBy: '王敏' }],
  documentBlobs: [{ id: 'd1', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) }],
  letters: [{ id: 'l1', caseId: 'c2', template: 'deletion-done', language: 'en-US', version: 1, status: 'signed', subject: 'Your erasure request', body: '{"p":"Dear Anna Schmidt"}', sha256: 'b'.repeat(64), signedAt: T, signedBy: '李娜', createdAt: T, updatedAt: T }],
  incidents: [{ id: 'i1', reference: 'INC-2026-0001', title: '短信平台日志泄露', discoveredAt: T, discoveredBy: '安全部', description: '日志含手机号', status: 'open', createdBy: '王敏', createdAt: T, updatedAt: T }],
  incidentPeople: [{ incidentId: 'i1', people: [{ line: 2, name: '王小二', mobile: '13800138000' }], updatedAt: T }],
  identityChecks: [{ id: 'k1', caseId: 'c1', requesterKind: 'individual', requestType: 'access', items: [], overrides: [], decisions: [], createdAt: T, updatedAt: T }],
  settings: [{ key: 'officer', value: { name: '王敏', title: '法务专员' } }, { key: 'attachmentLimitMb', value: 30 }],
  counters: [{ key: 'case-reference:2026', value: 2 }],
};

function legacyChain(count: number) {
  const events = [];
  let prevHash = '0'.repeat(64);
  for (let seq = 1; seq <= count; seq++) {
    const content = { at: T, actor: '王敏', action: 'case.created', subject: `case:c${seq}`, summary: `CL-2026-000${seq} email access`, after: { n: seq } };
    const hash = sha256Hex(prevHash + '\n' + canonicalJson({ ...content, seq }));
    events.push({ ...content, seq, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

const name = `casedesk-v1-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('opening a version 1 store with version 2', () => {
  it('keeps every record, seals them, keeps the old chain verifiable and records a baseline', async () => {
    const old = new VersionOneStore(name);
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
    await old.table('audit').bulkAdd(legacyChain(2));
    old.close();

    const db = new CaseDeskDatabase(name, testStoreKeys());
    await db.open();
    try {
      for (const [table, rows] of Object.entries(data)) {
        const keyPath = db.table(table).schema.primKey.keyPath as string;
        const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a[keyPath]).localeCompare(String(b[keyPath]));
        const stored = (await db.table(table).toArray()) as Record<string, unknown>[];
        expect(stored.sort(byKey), table).toEqual([...(rows as Record<string, unknown>[])].sort(byKey));
      }
      const text = await rawText(name);
      for (const secret of ['张晓明', ID, '13912345678', 'xm@example.cn', 'Anna Schmidt', '等待张晓明', '王小二', '13800138000', 'Dear Anna']) expect(text, secret).not.toContain(secret);

      expect(await requestersByEmail(db, 'XM@example.cn')).toHaveLength(1);
      expect(await requestersByIdNumber(db, ID)).toHaveLength(1);
      expect((await casesByMessageIds(db, ['<a1@example.cn>'])).map((c) => c.id)).toEqual(['c1']);

      const events = await db.auditLog.orderBy('[chain+seq]').toArray();
      expect(events.slice(0, 2).map((e) => e.hash)).toEqual(legacyChain(2).map((e) => e.hash));
      expect(events.map((e) => e.action)).toContain('audit.baseline');
      expect(events.at(-1)!.action).toBe('store.upgraded');
      await expect.poll(async () => (await db.auditHeads.get(db.chain))?.seq).toBe(events.length);
      expect(await verifyAuditLog(db, { records: true })).toMatchObject({ ok: true, records: [] });
    } finally {
      db.close();
    }
  });
});
