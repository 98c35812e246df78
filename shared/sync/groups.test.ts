import { describe, expect, it } from 'vitest';
import type { TxnInfo } from './documents';
import { planGroups, type PendingRecord } from './groups';

const txn = (n: number, members: Record<string, string>): TxnInfo => ({ chain: 'a', n, at: '2026-12-01T00:00:00.000Z', by: 'wangmin', members });
const rec = (id: string, rev: string, t: TxnInfo): PendingRecord => ({ id, rev, txn: t });

describe('records applied whole, with their transaction', () => {
  it('waits for the rest of a transaction, then applies it as one group', () => {
    const t = txn(1, { 'cases:c1': '1-a', 'requesters:r1': '1-b', 'auditLog:a:0000000002': '1-c' });
    const have = new Set(['cases:c1@1-a', 'auditLog:a:0000000002@1-c']);
    const pending = [rec('cases:c1', '1-a', t), rec('auditLog:a:0000000002', '1-c', t)];
    expect(planGroups(pending, (id, rev) => have.has(`${id}@${rev}`))).toEqual({
      ready: [],
      waiting: [{ ids: ['auditLog:a:0000000002', 'cases:c1'], missing: [{ id: 'requesters:r1', rev: '1-b' }] }],
    });
    have.add('requesters:r1@1-b');
    pending.push(rec('requesters:r1', '1-b', t));
    expect(planGroups(pending, (id, rev) => have.has(`${id}@${rev}`)).ready).toEqual([['auditLog:a:0000000002', 'cases:c1', 'requesters:r1']]);
  });

  it('ties two transactions that share a record into one group', () => {
    const t1 = txn(1, { 'cases:c1': '1-a', 'documents:d1': '1-d' });
    const t2 = txn(2, { 'cases:c1': '2-e', 'letters:l1': '1-f' });
    const pending = [rec('documents:d1', '1-d', t1), rec('cases:c1', '2-e', t2), rec('letters:l1', '1-f', t2)];
    const plan = planGroups(pending, () => true);
    expect(plan.ready).toEqual([['cases:c1', 'documents:d1', 'letters:l1']]);
  });

  it('keeps unrelated transactions apart, so one that waits does not hold up another', () => {
    const plan = planGroups(
      [rec('cases:c1', '1-a', txn(1, { 'cases:c1': '1-a' })), rec('cases:c2', '1-b', txn(2, { 'cases:c2': '1-b', 'requesters:r9': '1-z' }))],
      (id) => id !== 'requesters:r9',
    );
    expect(plan.ready).toEqual([['cases:c1']]);
    expect(plan.waiting.map((w) => w.ids)).toEqual([['cases:c2']]);
  });

  it('plans a first sync of 10,000 groups in one pass', () => {
    const pending: PendingRecord[] = [];
    for (let i = 0; i < 10_000; i++) {
      const t = txn(i, { [`cases:${i}`]: '1-x', [`requesters:${i}`]: '1-y' });
      pending.push(rec(`cases:${i}`, '1-x', t), rec(`requesters:${i}`, '1-y', t));
    }
    expect(planGroups(pending, () => true).ready).toHaveLength(10_000);
  });
});
