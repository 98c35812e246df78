import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, fromDayNumber, isLocalDate, toDayNumber, weekdayOf, yearOf } from './dayNumber';

describe('day numbers', () => {
  it('count days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2026-10-01')).toBe(20727); // 56 years incl. 14 leap days: 56*365+14 = 20454, + 273 days to 1 Oct
  });

  it('round-trip every day from 1900 to 2200, agreeing with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const date = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(date);
        expect(toDayNumber(date)).toBe(n);
        expect(weekdayOf(n)).toBe(new Date(n * 86_400_000).getUTCDay());
        expect(yearOf(n)).toBe(Number(date.slice(0, 4)));
      }),
      { numRuns: 3000 },
    );
  });

  it('know weekdays', () => {
    expect(weekdayOf(toDayNumber('2026-10-10'))).toBe(6); // Saturday
    expect(weekdayOf(toDayNumber('2026-09-20'))).toBe(0); // Sunday
    expect(weekdayOf(toDayNumber('2026-09-28'))).toBe(1); // Monday
  });

  it('accept only real YYYY-MM-DD dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2100-02-29')).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-4-3')).toBe(false);
    expect(isLocalDate('2026-10-01T00:00')).toBe(false);
  });
});

describe('addCalendarMonths (GDPR Art. 12(3): same date, or the month’s last day)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-02-28', 1, '2026-03-28'], // not "the last day of the month" again
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
  ] as const)('%s + %i months = %s', (from, months, to) => {
    expect(fromDayNumber(addCalendarMonths(toDayNumber(from), months))).toBe(to);
  });
});
