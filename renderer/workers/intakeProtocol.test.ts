import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../shared/intake';
import { resultSlices } from './intakeProtocol';

function failure(raw: Uint8Array): ParseResult {
  return { ok: false, failure: { fileName: 'x.eml', sha256: '0'.repeat(64), size: raw.length, raw, code: 'not-a-message' } };
}

describe('sending parse results back in slices', () => {
  it('transfers a buffer with its slice only when no other slice has a view on it', () => {
    const mbox = new Uint8Array(100).buffer;
    const own = [new Uint8Array(10), new Uint8Array(10), new Uint8Array(10)];
    const results = [failure(own[0]!), failure(new Uint8Array(mbox, 0, 50)), failure(new Uint8Array(mbox, 50, 50)), failure(own[1]!), failure(own[2]!)];
    const slices = resultSlices(results, 2);
    expect(slices.map((s) => s.results.length)).toEqual([2, 2, 1]);
    // the mbox's buffer is shared by slices 1 and 2: copied, never transferred (a detached view would break the next slice)
    expect(slices.map((s) => s.transfer.length)).toEqual([1, 1, 1]);
    slices.forEach((s, i) => expect(s.transfer[0]).toBe(own[i]!.buffer));
  });

  it('transfers a shared buffer when all its views are in one slice', () => {
    const mbox = new Uint8Array(100).buffer;
    const slices = resultSlices([failure(new Uint8Array(mbox, 0, 50)), failure(new Uint8Array(mbox, 50, 50))], 25);
    expect(slices).toHaveLength(1);
    expect(slices[0]!.transfer).toHaveLength(1);
    expect(slices[0]!.transfer[0]).toBe(mbox);
  });
});
