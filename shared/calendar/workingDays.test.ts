import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_CALENDAR_DATA } from './shippedCalendarData';
import { WorkingDayCalendar } from './workingDayCalendar';
import {
  addWorkingDays,
  dayKind,
  holidayName,
  isWorkingDay,
  monthDays,
  nextWorkingDayOnOrAfter,
  specialDaysBetween,
  workingDaysBetween,
} from './workingDays';

const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);

// A deliberately naive model of the rules, written from the data with Date
// and string compares, to check the table-driven implementation against.
const listed = new Map<string, 'holiday' | 'make-up'>();
for (const y of Object.values(SHIPPED_CALENDAR_DATA.years)) {
  for (const h of y.holidays) listed.set(h.date, 'holiday');
  for (const m of y.makeUpWorkdays) listed.set(m.date, 'make-up');
}
const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
function naiveWorking(date: string): boolean {
  const kind = listed.get(date);
  if (kind) return kind === 'make-up';
  const w = new Date(`${date}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
}
function naiveAdd(date: string, n: number): string {
  let t = Date.parse(`${date}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    t += DAY_MS;
    if (naiveWorking(iso(t))) left--;
  }
  return iso(t);
}
const dateArb = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2028, 11, 31) }).map((t) => iso(Math.floor(t / DAY_MS) * DAY_MS));

describe('isWorkingDay and dayKind', () => {
  it.each([
    ['2026-10-01', 'holiday'], // National Day, a Thursday
    ['2026-10-03', 'holiday'], // a Saturday inside the block
    ['2026-10-08', 'workday'],
    ['2026-10-10', 'make-up-workday'], // 调休 Saturday
    ['2026-10-11', 'rest-day'], // the Sunday after it
    ['2026-09-20', 'make-up-workday'], // 调休 Sunday
    ['2026-02-14', 'make-up-workday'],
    ['2026-02-23', 'holiday'], // Monday, last day of Spring Festival
    ['2026-02-24', 'workday'],
    ['2025-10-06', 'holiday'], // Mid-Autumn inside National Day
    ['2025-10-11', 'make-up-workday'],
    ['2024-02-18', 'make-up-workday'],
    ['2024-06-08', 'rest-day'], // the weekend before Dragon Boat Monday is just a weekend
    ['2024-06-10', 'holiday'],
    ['2027-02-06', 'rest-day'], // unpublished year: weekdays alone
    ['2027-02-08', 'workday'], // would be Spring Festival; unknown until published
  ] as const)('%s is a %s', (date, kind) => {
    expect(dayKind(calendar, date)).toBe(kind);
    expect(isWorkingDay(calendar, date)).toBe(kind === 'workday' || kind === 'make-up-workday');
  });

  it('names the festival of a listed day', () => {
    expect(holidayName(calendar, '2025-10-06')).toEqual({ zh: '中秋节', en: 'Mid-Autumn Festival' });
    expect(holidayName(calendar, '2026-10-10')).toEqual({ zh: '国庆节', en: 'National Day' });
    expect(holidayName(calendar, '2026-10-12')).toBeUndefined();
  });

  it('counts days far outside the lookup table on weekdays alone', () => {
    expect(dayKind(calendar, '1995-10-02')).toBe('workday'); // a Monday
    expect(dayKind(calendar, '2150-01-04')).toBe('rest-day'); // a Sunday
    expect(workingDaysBetween(calendar, '1999-12-24', '2000-01-07').value).toBe(10);
    expect(addWorkingDays(calendar, '2100-12-30', 3).value).toBe('2101-01-04');
  });

  it('refuses a date that is not real', () => {
    expect(() => isWorkingDay(calendar, '2026-02-29')).toThrow(RangeError);
    expect(() => isWorkingDay(calendar, '2026-13-01')).toThrow(RangeError);
    expect(() => isWorkingDay(calendar, '26-1-1')).toThrow(RangeError);
  });
});

describe('addWorkingDays (民法典 201: the start day does not count)', () => {
  it.each([
    ['2026-09-28', 15, '2026-10-23'], // SPEC: skips 10-01…10-07, counts Saturday 10-10
    ['2026-02-11', 15, '2026-03-10'], // SPEC: counts Saturdays 02-14 and 02-28, skips 02-15…02-23
    ['2025-09-26', 15, '2025-10-23'], // SPEC: counts Sunday 09-28 and Saturday 10-11
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-10-09', 1, '2026-10-10'], // Friday → make-up Saturday
    ['2026-10-10', 1, '2026-10-12'],
    ['2026-01-02', 1, '2026-01-04'], // holiday Friday → make-up Sunday
    ['2026-03-10', 0, '2026-03-10'],
  ] as const)('%s + %i working days = %s', (start, n, due) => {
    expect(addWorkingDays(calendar, start, n)).toEqual({ value: due, unpublishedYears: [] });
  });

  it('counts backwards for a negative count', () => {
    expect(addWorkingDays(calendar, '2026-10-08', -1).value).toBe('2026-09-30');
    expect(addWorkingDays(calendar, '2026-10-12', -1).value).toBe('2026-10-10');
  });

  it('warns when the count runs into a year with no published schedule', () => {
    // 2026-12-25 Fri: 12-28…12-31 (4), 2027-01-01 Fri counted as a plain weekday (5)
    expect(addWorkingDays(calendar, '2026-12-25', 5)).toEqual({ value: '2027-01-01', unpublishedYears: [2027] });
  });

  it('agrees with a naive day-by-day count on any date and count', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 80 }), (date, n) => {
        expect(addWorkingDays(calendar, date, n).value).toBe(naiveAdd(date, n));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-09-28', '2026-10-23', 15],
    ['2026-09-30', '2026-10-08', 1],
    ['2026-10-01', '2026-10-07', 0],
    ['2026-10-23', '2026-09-28', -15],
    ['2026-10-08', '2026-10-08', 0],
    ['2024-12-31', '2025-01-02', 1], // 2025-01-01 is a holiday
  ] as const)('from %s to %s is %i', (from, to, n) => {
    expect(workingDaysBetween(calendar, from, to).value).toBe(n);
  });

  it('is the inverse of addWorkingDays', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 300 }), (date, n) => {
        const due = addWorkingDays(calendar, date, n).value;
        expect(workingDaysBetween(calendar, date, due).value).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('nextWorkingDayOnOrAfter (民法典 203 roll-forward)', () => {
  it.each([
    ['2026-10-01', '2026-10-08'],
    ['2026-10-08', '2026-10-08'],
    ['2026-10-10', '2026-10-10'], // a make-up Saturday is a working day
    ['2026-10-11', '2026-10-12'],
    ['2026-02-15', '2026-02-24'],
    ['2025-01-28', '2025-02-05'],
    ['2024-05-04', '2024-05-06'],
  ] as const)('%s → %s', (date, next) => {
    expect(nextWorkingDayOnOrAfter(calendar, date).value).toBe(next);
  });

  it('always lands on a working day', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(naiveWorking(nextWorkingDayOnOrAfter(calendar, date).value)).toBe(true);
      }),
    );
  });
});

describe('specialDaysBetween and monthDays', () => {
  it('lists the holidays and make-up days a period crosses, first day excluded', () => {
    const crossed = specialDaysBetween(calendar, '2026-09-28', '2026-10-23');
    expect(crossed.holidays.map((h) => h.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(crossed.makeUpWorkdays.map((h) => h.date)).toEqual(['2026-10-10']);
    expect(specialDaysBetween(calendar, '2026-09-20', '2026-09-24').makeUpWorkdays).toEqual([]);
    expect(specialDaysBetween(calendar, '2026-09-19', '2026-09-20').makeUpWorkdays.map((h) => h.date)).toEqual(['2026-09-20']);
  });

  it('gives a month with each day marked', () => {
    const october = monthDays(calendar, 2026, 10);
    expect(october.value).toHaveLength(31);
    expect(october.value[0]).toEqual({ date: '2026-10-01', weekday: 4, kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } });
    expect(october.value[9]).toMatchObject({ date: '2026-10-10', weekday: 6, kind: 'make-up-workday' });
    expect(october.value[10]).toEqual({ date: '2026-10-11', weekday: 0, kind: 'rest-day' });
    expect(october.unpublishedYears).toEqual([]);
    expect(monthDays(calendar, 2027, 2).unpublishedYears).toEqual([2027]);
    expect(monthDays(calendar, 2024, 2).value).toHaveLength(29);
  });
});
