import { describe, expect, it } from 'vitest';
import { newerDigest, recordDigest, verifyRecords, type LatestDigest } from './recordDigest';

const at = (n: number, after: string | null, chain = 'a'): LatestDigest => ({ after, at: `2026-11-0${n}T00:00:00.000Z`, chain, seq: n });

describe('records against their events', () => {
  const record = { id: 'c1', status: 'open', dueDate: '2026-12-18' };

  it('a digest ignores key order but not a changed date', () => {
    expect(recordDigest({ status: 'open', id: 'c1', dueDate: '2026-12-18' })).toBe(recordDigest(record));
    expect(recordDigest({ ...record, dueDate: '2027-01-18' })).not.toBe(recordDigest(record));
  });

  it('finds a record changed without its event, one no event wrote, and one removed without an event', () => {
    const latest = new Map([
      ['cases:c1', at(1, recordDigest(record))],
      ['cases:c2', at(2, recordDigest({ id: 'c2' }))],
      ['cases:c3', at(3, null)],
    ]);
    const current = new Map([
      ['cases:c1', recordDigest({ ...record, dueDate: '2027-01-18' })],
      ['cases:c4', recordDigest({ id: 'c4' })],
    ]);
    expect(verifyRecords(latest, current)).toEqual([
      { kind: 'record-changed', ref: 'cases:c1' },
      { kind: 'record-removed', ref: 'cases:c2' },
      { kind: 'record-without-event', ref: 'cases:c4' },
    ]);
  });

  it('leaves out a record in an unresolved conflict', () => {
    const latest = new Map([['cases:c1', at(1, 'x'.repeat(64))]]);
    expect(verifyRecords(latest, new Map([['cases:c1', recordDigest(record)]]), new Set(['cases:c1']))).toEqual([]);
  });

  it('orders events of one chain by position, whatever their clocks said, and across chains by time then chain', () => {
    expect(newerDigest({ ...at(2, null), seq: 1 }, { ...at(1, null), seq: 2 })).toBe(true);
    expect(newerDigest(at(2, null, 'a'), at(1, null, 'b'))).toBe(false);
    expect(newerDigest(at(1, null, 'a'), at(1, null, 'b'))).toBe(true);
    expect(newerDigest(undefined, at(1, null))).toBe(true);
  });
});
