import { testStoreKeys } from './test-support/freshDatabase';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseDeskDatabase } from './database';
import { listCases } from './caseList';
import { openCase, type CaseIntake } from './cases';
import { verifyAuditLog } from './audit/verifyStore';

let db: CaseDeskDatabase;
let name: string;

beforeEach(() => {
  name = `casedesk-test-${crypto.randomUUID()}`;
  db = new CaseDeskDatabase(name, testStoreKeys());
});
afterEach(async () => {
  db.close();
  await CaseDeskDatabase.delete(name);
});

function intake(receivedAt = '2026-09-28T02:00:00.000Z', email = 'li.lei@example.cn'): CaseIntake {
  return {
    requester: { create: { kind: 'individual', name: '李雷', email, region: 'mainland', idNumber: '11010519491231002X' } },
    case: {
      channel: 'email',
      receivedAt,
      receivedAtSource: 'received-header',
      requestType: 'access',
      typeConfirmed: false,
      gdpr: false,
      subject: '查阅个人信息申请',
      summary: '申请查阅账户相关个人信息',
      status: 'open',
      stage: 'received',
      assignee: '王法务',
      pauses: [],
      extensions: [],
      messageIds: [],
    },
    documents: [{ meta: { kind: 'email', fileName: 'request.eml', mimeType: 'message/rfc822', identityEvidence: false }, bytes: new TextEncoder().encode('Subject: hi\r\n\r\nbody') }],
  };
}

describe('opening a case', () => {
  it('issues CL-<year>-NNNN in sequence per year, the year taken in Shanghai time', async () => {
    const a = await openCase(db, intake('2026-03-01T02:00:00.000Z'), '王法务');
    const b = await openCase(db, intake('2026-03-02T02:00:00.000Z'), '王法务');
    // 2025-12-31 17:00 UTC is already 2026-01-01 in Shanghai
    const c = await openCase(db, intake('2025-12-31T17:00:00.000Z'), '王法务');
    const d = await openCase(db, intake('2025-12-31T15:00:00.000Z'), '王法务');
    expect([a.reference, b.reference, c.reference, d.reference]).toEqual(['CL-2026-0001', 'CL-2026-0002', 'CL-2026-0003', 'CL-2025-0001']);
  });

  it('never issues a number twice when two windows open cases at the same time', async () => {
    const other = new CaseDeskDatabase(name, testStoreKeys()); // a second window on the same profile
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => openCase(i % 2 ? db : other, intake(), i % 2 ? '王法务' : '赵法务')),
      );
      const refs = results.map((r) => r.reference);
      expect(new Set(refs).size).toBe(30);
      expect(refs.slice().sort()).toEqual(Array.from({ length: 30 }, (_, i) => `CL-2026-${String(i + 1).padStart(4, '0')}`));
      expect(await verifyAuditLog(db, { records: true })).toMatchObject({ ok: true, events: 31 });
    } finally {
      other.close();
    }
  });

  it('does not reissue a reference already in the store (restored from a backup)', async () => {
    const first = await openCase(db, intake(), '王法务');
    await db.counters.put({ key: 'case-reference:2026', value: 0 });
    const second = await openCase(db, intake(), '王法务');
    expect(first.reference).toBe('CL-2026-0001');
    expect(second.reference).toBe('CL-2026-0002');
  });

  it('stores documents with their SHA-256 and the bytes apart from the metadata', async () => {
    const created = await openCase(db, intake(), '王法务');
    const docs = await db.documents.where('caseId').equals(created.id).toArray();
    expect(docs).toHaveLength(1);
    // sha256("Subject: hi\r\n\r\nbody"), computed with `sha256sum`
    expect(docs[0]!.sha256).toBe('6059e5b0d341c20e5980acdd38fff46d347a20adf375af4e3db52661e30c3821');
    const blob = await db.documentBlobs.get(docs[0]!.id);
    expect(new TextDecoder().decode(blob!.bytes)).toBe('Subject: hi\r\n\r\nbody');
  });

  it('leaves nothing behind when the case is invalid: no requester, no counter step, no audit event', async () => {
    const bad = intake();
    bad.case.subject = 'x'.repeat(501);
    const eventsBefore = await db.auditLog.count();
    await expect(openCase(db, bad, '王法务')).rejects.toThrow();
    expect(await db.cases.count()).toBe(0);
    expect(await db.requesters.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(eventsBefore);
    const ok = await openCase(db, intake(), '王法务');
    expect(ok.reference).toBe('CL-2026-0001');
  });

  it('records who opened the case in the audit chain, without the ID number', async () => {
    const created = await openCase(db, intake(), '王法务');
    const [event] = await db.auditLog.where('action').equals('case.created').toArray();
    expect(event).toMatchObject({ actor: '王法务', action: 'case.created', subject: `case:${created.id}` });
    expect(JSON.stringify(event)).not.toContain('11010519491231002X');
  });

  it('lists cases newest first with the requester name', async () => {
    await openCase(db, intake('2026-01-05T02:00:00.000Z'), '王法务');
    await openCase(db, intake('2026-02-05T02:00:00.000Z'), '王法务');
    const rows = await listCases(db);
    expect(rows.map((r) => r.case.reference)).toEqual(['CL-2026-0002', 'CL-2026-0001']);
    expect(rows[0]!.requesterName).toBe('李雷');
  });
});
