import { describe, expect, it } from 'vitest';
import { blockDocId, heldBlock, numbersInHand, planJoinReferences, provisionalReference, PROVISIONAL_PATTERN, takeNumber } from './referenceBlocks';

describe('references handed out in blocks', () => {
  it('issues a block’s numbers in order, lowest block first, then runs out', () => {
    let blocks = [heldBlock('case', 2026, 3), heldBlock('case', 2026, 1)];
    expect(numbersInHand(blocks, 'case', 2026)).toBe(40);
    const first = takeNumber(blocks, 'case', 2026)!;
    expect(first.sequence).toBe(21);
    blocks = first.blocks;
    for (let i = 0; i < 39; i++) blocks = takeNumber(blocks, 'case', 2026)!.blocks;
    expect(takeNumber(blocks, 'case', 2026)).toBeUndefined();
    expect(takeNumber([heldBlock('case', 2026, 0)], 'case', 2027)).toBeUndefined();
  });

  it('skips a number already used in the store (a restored backup)', () => {
    expect(takeNumber([heldBlock('case', 2026, 0)], 'case', 2026, (n) => n <= 2)!.sequence).toBe(3);
  });

  it('names blocks so that CouchDB lets only one workstation create each', () => {
    expect(blockDocId('case', 2026, 3)).toBe('refblock:case:2026:000003');
    expect(provisionalReference('CL', 2026, '3f9a', 1)).toMatch(PROVISIONAL_PATTERN);
  });

  it('keeps a joining store’s numbers where their block is free, and renumbers the rest', () => {
    const local = [1, 2, 21, 45].map((sequence) => ({ kind: 'case' as const, year: 2026, sequence }));
    const plan = planJoinReferences(local, new Set([blockDocId('case', 2026, 1)]));
    expect(plan.claim).toEqual([
      { kind: 'case', year: 2026, block: 0 },
      { kind: 'case', year: 2026, block: 2 },
    ]);
    expect(plan.renumber).toEqual([{ kind: 'case', year: 2026, sequence: 21 }]);
  });
});
