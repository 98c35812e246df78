import { describe, expect, it } from 'vitest';
import { expectedHash } from '../../../shared/audit/chain';
import type { AuditEvent } from '../../../shared/domain/audit';
import { pauseClock } from '../caseClock';
import { openCase } from '../cases';
import type { CaseDeskDatabase } from '../database';
import { withFreshDatabase } from '../test-support/freshDatabase';
import { rawChange, rawRows } from '../test-support/rawStore';
import { verifyAuditLog } from './verifyStore';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

async function someHistory() {
  const opened = [];
  for (let i = 0; i < 3; i++) {
    opened.push(
      await openCase(
        db,
        {
          requester: { create: { kind: 'individual', name: `申请人${i}`, region: 'mainland' } },
          case: {
            channel: 'postal',
            receivedAt: '2026-11-30T02:00:00.000Z',
            receivedAtSource: 'entered',
            requestType: 'access',
            typeConfirmed: true,
            gdpr: false,
            subject: '查阅申请',
            summary: '',
            status: 'open',
            stage: 'received',
            assignee: '王敏',
            pauses: [],
            extensions: [],
            messageIds: [],
          },
        },
        '王敏',
      ),
    );
  }
  await pauseClock(db, opened[0]!.id, '2026-12-01', '等待补充材料', '王敏');
  // the head is written once the last transaction has committed
  await expect.poll(async () => (await db.auditHeads.get(db.chain))?.seq).toBe((await db.auditLog.count()));
  return opened;
}

const events = async () => (await rawRows(db.name, 'auditLog')) as unknown as AuditEvent[];
const problems = async () => {
  const verdict = await verifyAuditLog(db, { records: true });
  return [...verdict.chains.flatMap((c) => c.problems.map((p) => p.kind)), ...verdict.records.map((r) => r.kind)];
};

describe('an audit log that proves something', () => {
  it('verifies whole when nobody touched it, records included', async () => {
    await someHistory();
    expect(await verifyAuditLog(db, { records: true })).toMatchObject({ ok: true, records: [] });
  });

  it('names an event edited in place', async () => {
    await someHistory();
    const [, second] = await events();
    await rawChange(db.name, 'auditLog', (store) => store.put({ ...second, actor: '别人' }));
    expect(await problems()).toEqual(['edited']);
  });

  it('names an event rewritten with its hash recomputed: the MAC needs the key in the keychain', async () => {
    await someHistory();
    const all = await events();
    const target = all[2]!;
    const forged = { ...target, summary: '改写的记录' };
    await rawChange(db.name, 'auditLog', (store) => store.put({ ...forged, hash: expectedHash(forged) }));
    expect(await problems()).toContain('forged');
  });

  it('names a deleted event, the deleted last event, and a cleared log', async () => {
    await someHistory();
    const all = await events();
    await rawChange(db.name, 'auditLog', (store) => store.delete([all[1]!.chain, all[1]!.seq]));
    expect(await problems()).toContain('deleted');

    const last = all.at(-1)!;
    await rawChange(db.name, 'auditLog', (store) => store.delete([last.chain, last.seq]));
    expect(await problems()).toContain('truncated');

    await rawChange(db.name, 'auditLog', (store) => store.clear());
    expect(await problems()).toContain('cleared');
  });

  it('names two events put in each other’s place', async () => {
    await someHistory();
    const all = await events();
    const [a, b] = [all[1]!, all[2]!];
    await rawChange(db.name, 'auditLog', (store) => {
      store.put({ ...b, seq: a.seq });
      store.put({ ...a, seq: b.seq });
    });
    const found = await problems();
    expect(found).toContain('reordered');
  });

  it('names a due date and a receipt time changed without an event, on the case itself', async () => {
    const [first, second] = await someHistory();
    const rows = await rawRows(db.name, 'cases');
    await rawChange(db.name, 'cases', (store) => {
      store.put({ ...rows.find((r) => r.id === first!.id), dueDate: '2027-06-30' });
      store.put({ ...rows.find((r) => r.id === second!.id), receivedAt: '2026-12-20T02:00:00.000Z' });
    });
    const verdict = await verifyAuditLog(db, { records: true });
    expect(verdict.records).toEqual(
      [
        { kind: 'record-changed', ref: `cases:${first!.id}` },
        { kind: 'record-changed', ref: `cases:${second!.id}` },
      ].sort((x, y) => (x.ref < y.ref ? -1 : 1)),
    );
  });

  it('names a head removed or forged', async () => {
    await someHistory();
    const [head] = await rawRows(db.name, 'auditHeads');
    await rawChange(db.name, 'auditHeads', (store) => store.put({ ...head, seq: 2 }));
    expect(await problems()).toEqual(['head-forged']);
    await rawChange(db.name, 'auditHeads', (store) => store.clear());
    expect(await problems()).toEqual(['head-missing']);
  });
});
