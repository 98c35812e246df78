import { describe, expect, it } from 'vitest';
import { mergeVersions } from './merge';

const base = {
  id: 'c1',
  status: 'open',
  summary: '查阅申请',
  pauses: [{ id: 'p1', from: '2026-11-02', reason: '补充材料', by: 'wangmin' }],
  extensions: [],
  messageIds: ['<a@x>'],
};

describe('merging two offline edits of one case', () => {
  it('keeps a pause recorded on one side and an extension recorded on the other', () => {
    const winner = { ...base, summary: '查阅通话记录', extensions: [{ id: 'e1', amount: 5, reason: '复杂', at: '2026-11-03T00:00:00.000Z', by: 'lina' }] };
    const loser = { ...base, pauses: [...base.pauses, { id: 'p2', from: '2026-11-04', reason: '等待答复', by: 'wangmin' }] };
    const merged = mergeVersions('cases', winner, [loser]);
    expect(merged.row.pauses).toEqual([...base.pauses, loser.pauses[1]]);
    expect(merged.row.extensions).toEqual(winner.extensions);
    expect(merged.row.summary).toBe('查阅通话记录');
    expect(merged.differing).toEqual(['extensions', 'pauses', 'summary']);
  });

  it('pauses the merged case when either side paused it, and asks no officer to choose its status', () => {
    const running = { ...base, pauses: [], status: 'open', stage: 'verifying', targetDate: '2026-12-21' };
    const paused = { ...base, pauses: [{ id: 'p9', from: '2026-12-02', reason: '等待答复', by: 'lina' }], status: 'paused', stage: 'awaiting-requester', targetDate: '2026-12-22' };
    for (const [winner, loser] of [
      [running, paused],
      [paused, running],
    ] as const) {
      const merged = mergeVersions('cases', winner, [loser]);
      expect({ status: merged.row.status, stage: merged.row.stage }).toEqual({ status: 'paused', stage: 'awaiting-requester' });
      expect(merged.differing).toEqual(['pauses', 'targetDate']);
    }
  });

  it('opens a case again when the pause its winner shows was resumed on the other side', () => {
    const paused = { ...base, status: 'paused', stage: 'awaiting-requester', verifiedAt: '2026-11-01T00:00:00.000Z' };
    const resumed = { ...base, status: 'open', stage: 'in-progress', verifiedAt: '2026-11-01T00:00:00.000Z', pauses: [{ ...base.pauses[0], to: '2026-11-06' }] };
    const merged = mergeVersions('cases', paused, [resumed]);
    expect({ status: merged.row.status, stage: merged.row.stage }).toEqual({ status: 'open', stage: 'in-progress' });
  });

  it('leaves a closing on one side to the officer', () => {
    const closed = { ...base, pauses: [], status: 'closed', stage: 'closed' };
    const open = { ...base, pauses: [], status: 'open', stage: 'in-progress' };
    expect(mergeVersions('cases', open, [closed]).differing).toEqual(['stage', 'status']);
  });

  it('prefers a pause that was resumed over the same pause still running, whichever side won', () => {
    const resumed = { ...base, pauses: [{ ...base.pauses[0], to: '2026-11-06' }] };
    expect(mergeVersions('cases', base, [resumed]).row.pauses).toEqual(resumed.pauses);
    expect(mergeVersions('cases', resumed, [base]).row.pauses).toEqual(resumed.pauses);
  });

  it('is the same whichever order the losing versions come in, and keeps the earliest verification', () => {
    const a = { ...base, verifiedAt: '2026-11-05T00:00:00.000Z', messageIds: ['<a@x>', '<b@x>'] };
    const b = { ...base, verifiedAt: '2026-11-04T00:00:00.000Z', messageIds: ['<a@x>', '<c@x>'] };
    const one = mergeVersions('cases', base, [a, b]);
    const two = mergeVersions('cases', base, [b, a]);
    expect(one.row.verifiedAt).toBe('2026-11-04T00:00:00.000Z');
    expect(new Set(one.row.messageIds as string[])).toEqual(new Set(['<a@x>', '<b@x>', '<c@x>']));
    expect(new Set(two.row.messageIds as string[])).toEqual(new Set(one.row.messageIds as string[]));
    expect(one.differing).toEqual(two.differing);
  });

  it('keeps every identity check item either officer recorded', () => {
    const item = (n: number) => ({ item: 'email-match', method: 'email', result: 'pass', checkedBy: 'wangmin', checkedAt: `2026-11-0${n}T00:00:00.000Z` });
    const merged = mergeVersions('identityChecks', { id: 'k', items: [item(1), item(2)] }, [{ id: 'k', items: [item(1), item(3)] }]);
    expect(merged.row.items).toEqual([item(1), item(2), item(3)]);
  });
});
