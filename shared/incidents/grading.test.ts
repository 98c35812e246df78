import { describe, expect, it } from 'vitest';
import { effectiveGrade, gradingCount, isMajorOrAbove, suggestGrade } from './grading';
import { incident } from './test-support/incident';

const exact = (count: number) => ({ kind: 'exact' as const, count });

describe('grade suggested from the number of people (网络安全事件分级指南)', () => {
  it.each([
    [0, 'general'],
    [999_999, 'general'],
    [1_000_000, 'major'],
    [1_200_000, 'major'],
    [9_999_999, 'major'],
    [10_000_000, 'serious'],
    [99_999_999, 'serious'],
    [100_000_000, 'especially-serious'],
    [1_400_000_000, 'especially-serious'],
  ] as const)('%i people → %s', (count, grade) => {
    expect(suggestGrade(exact(count)).grade).toBe(grade);
  });

  it('names the threshold reached, and none below the first', () => {
    expect(suggestGrade(exact(1_000_000))).toEqual({ grade: 'major', count: 1_000_000, threshold: 1_000_000 });
    expect(suggestGrade(exact(999_999))).toEqual({ grade: 'general', count: 999_999 });
    expect(suggestGrade(undefined)).toEqual({ grade: 'general' });
  });

  it('reads the upper end of an estimate, so an uncertain count never hides a report', () => {
    const range = { kind: 'estimate' as const, low: 800_000, high: 1_000_000 };
    expect(gradingCount(range)).toBe(1_000_000);
    expect(suggestGrade(range).grade).toBe('major');
    expect(suggestGrade({ kind: 'estimate', low: 500_000, high: 999_999 }).grade).toBe('general');
  });

  it('the officer’s confirmed grade wins over the suggestion, in either direction', () => {
    const big = incident({ peopleAffected: exact(1_200_000) });
    expect(effectiveGrade(big)).toBe('major');
    expect(effectiveGrade({ ...big, gradeDecision: { grade: 'serious', reason: '核心系统中断', at: big.createdAt, by: '王敏' } })).toBe('serious');
    const small = incident({ peopleAffected: exact(500) });
    expect(effectiveGrade({ ...small, gradeDecision: { grade: 'major', reason: '涉及大量敏感信息', at: small.createdAt, by: '王敏' } })).toBe('major');
  });

  it('较大 and above bring the reporting measures’ hour clocks', () => {
    expect(isMajorOrAbove('general')).toBe(false);
    expect(['major', 'serious', 'especially-serious'].every((g) => isMajorOrAbove(g as 'major'))).toBe(true);
  });
});
