import { describe, expect, it } from 'vitest';
import { emailMatchKey, fraudSignals, type FraudSignalInput } from './fraudSignals';

const base: FraudSignalInput = {
  requester: { id: 'r1', email: 'zhang.san@example.com', idNumber: '130503196704010016' },
  requesterKind: 'individual',
  others: [],
  pastDecisions: [],
};

describe('fraudSignals', () => {
  it('nothing to report on a clean requester', () => {
    expect(fraudSignals(base)).toEqual([]);
  });

  it('the same ID number on another requester, also in its 15-digit form or with a lower-case x', () => {
    const others = [
      { id: 'r2', idNumber: '130503670401001' }, // the same number before 1999
      { id: 'r3', idNumber: '11010519491231002X' },
      { id: 'r1', idNumber: '130503196704010016' }, // itself, ignored
    ];
    expect(fraudSignals({ ...base, others })).toEqual([{ code: 'id-number-on-other-requester', requesterIds: ['r2'] }]);
    const x = { ...base, requester: { id: 'r1', idNumber: '11010519491231002x' }, others };
    expect(fraudSignals(x)).toEqual([{ code: 'id-number-on-other-requester', requesterIds: ['r3'] }]);
  });

  it('the same email on another requester, ignoring case and a display name', () => {
    const others = [{ id: 'r4', email: '张三 <Zhang.San@Example.COM>' }, { id: 'r5', email: 'li.si@example.com' }];
    expect(fraudSignals({ ...base, others })).toEqual([{ code: 'email-on-other-requester', requesterIds: ['r4'] }]);
  });

  it('a request for a different account than the sender’s', () => {
    expect(fraudSignals({ ...base, senderEmail: 'zhang.san@example.com', accountEmail: 'wang.wu@example.com' })).toEqual([
      { code: 'account-differs-from-sender' },
    ]);
    expect(fraudSignals({ ...base, accountEmail: 'ZHANG.SAN@example.com' })).toEqual([]); // sender falls back to the requester's address
    expect(fraudSignals({ ...base, accountEmail: 'wang.wu@example.com' })).toEqual([{ code: 'account-differs-from-sender' }]);
  });

  it('no account signal for someone acting for another (their authority is checked by documents)', () => {
    for (const requesterKind of ['agent', 'guardian', 'relative-of-deceased', 'enterprise'] as const) {
      expect(fraudSignals({ ...base, requesterKind, accountEmail: 'wang.wu@example.com' })).toEqual([]);
    }
  });

  it('repeated failed checks, from 2 by default or a set threshold', () => {
    const failed = { outcome: 'failed' as const, decidedAt: '2026-06-01T00:00:00.000Z' };
    const insufficient = { outcome: 'insufficient' as const, decidedAt: '2026-06-02T00:00:00.000Z' };
    expect(fraudSignals({ ...base, pastDecisions: [failed, insufficient] })).toEqual([]);
    expect(fraudSignals({ ...base, pastDecisions: [failed, insufficient, failed] })).toEqual([
      { code: 'repeated-failed-checks', count: 2 },
    ]);
    expect(fraudSignals({ ...base, pastDecisions: [failed, failed], failedCheckThreshold: 3 })).toEqual([]);
  });

  it('several signals at once, never carrying an ID number or an email address', () => {
    const signals = fraudSignals({
      ...base,
      others: [{ id: 'r2', email: 'zhang.san@example.com', idNumber: '130503670401001' }],
      accountEmail: 'wang.wu@example.com',
      pastDecisions: [
        { outcome: 'failed', decidedAt: '2026-06-01T00:00:00.000Z' },
        { outcome: 'failed', decidedAt: '2026-06-03T00:00:00.000Z' },
      ],
    });
    expect(signals.map((s) => s.code)).toEqual([
      'id-number-on-other-requester',
      'email-on-other-requester',
      'account-differs-from-sender',
      'repeated-failed-checks',
    ]);
    const text = JSON.stringify(signals);
    expect(text).not.toMatch(/\d{15}/);
    expect(text).not.toContain('@');
  });
});

describe('emailMatchKey', () => {
  it.each([
    ['Zhang.San@Example.com', 'zhang.san@example.com'],
    ['"张三" <zhang.san@example.com>', 'zhang.san@example.com'],
    ['  ｚｈａｎｇ@example.com ', 'zhang@example.com'],
    ['not an address', null],
    [undefined, null],
  ])('%j → %j', (input, key) => {
    expect(emailMatchKey(input)).toBe(key);
  });
});
