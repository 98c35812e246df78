import { describe, expect, it } from 'vitest';
import { monthOf, shiftMonth } from './yearMonth';

describe('moving through months', () => {
  it('crosses year ends both ways', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(shiftMonth({ year: 2026, month: 10 }, -22)).toEqual({ year: 2024, month: 12 });
  });

  it('reads the month of a date or a month key', () => {
    expect(monthOf('2026-10-01')).toEqual({ year: 2026, month: 10 });
    expect(monthOf('2027-01')).toEqual({ year: 2027, month: 1 });
  });
});
