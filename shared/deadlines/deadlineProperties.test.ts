import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHIPPED_CALENDAR_DATA } from '../calendar/shippedCalendarData';
import { computeDeadline } from './computeDeadline';
import { type DeadlineRule, IP_NOTICE_RULE } from './deadlineRule';
import { at, calendar, caseInput, pause } from './test-support/deadlineInput';

// Working days judged from the data by a separate, naive reading of the rules.
const listed = new Map<string, boolean>();
for (const y of Object.values(SHIPPED_CALENDAR_DATA.years)) {
  for (const h of y.holidays) listed.set(h.date, false);
  for (const m of y.makeUpWorkdays) listed.set(m.date, true);
}
function isWorking(date: string): boolean {
  const w = new Date(`${date}T00:00:00Z`).getUTCDay();
  return listed.get(date) ?? (w !== 0 && w !== 6);
}
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const plusDays = (date: string, n: number) => iso(Date.parse(`${date}T00:00:00Z`) + n * DAY);

const startArb = fc.integer({ min: Date.UTC(2024, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY }).map((d) => iso(d * DAY));
const unitArb = fc.constantFrom<DeadlineRule['unit']>('working-days', 'calendar-days');
const ruleFor = (unit: DeadlineRule['unit'], amount: number): DeadlineRule[] => [{ ...IP_NOTICE_RULE, unit, amount }];
const dueOf = (start: string, unit: DeadlineRule['unit'], amount: number, pauses = [] as ReturnType<typeof pause>[]) =>
  computeDeadline(caseInput({ requestType: 'ip-notice', receivedAt: at(start), pauses }), calendar, ruleFor(unit, amount), start).dueDate ?? '';

describe('deadline properties', () => {
  it('a due date in working or calendar days is always a working day, after the start', () => {
    fc.assert(
      fc.property(startArb, unitArb, fc.integer({ min: 1, max: 90 }), (start, unit, amount) => {
        const due = dueOf(start, unit, amount);
        expect(isWorking(due)).toBe(true);
        expect(due > start).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('a calendar-day due date is the first working day on or after start + amount', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 1, max: 90 }), (start, amount) => {
        const due = dueOf(start, 'calendar-days', amount);
        const last = plusDays(start, amount);
        expect(due >= last).toBe(true);
        for (let d = last; d < due; d = plusDays(d, 1)) expect(isWorking(d)).toBe(false);
      }),
      { numRuns: 800 },
    );
  });

  it('a working-day due date has exactly `amount` working days after the start', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 1, max: 60 }), (start, amount) => {
        const due = dueOf(start, 'working-days', amount);
        let count = 0;
        for (let d = plusDays(start, 1); d <= due; d = plusDays(d, 1)) if (isWorking(d)) count++;
        expect(count).toBe(amount);
      }),
      { numRuns: 800 },
    );
  });

  it('more days never give an earlier date', () => {
    fc.assert(
      fc.property(startArb, unitArb, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 30 }), (start, unit, amount, more) => {
        expect(dueOf(start, unit, amount + more) >= dueOf(start, unit, amount)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a pause never makes the date earlier, and one starting after the due date changes nothing', () => {
    fc.assert(
      fc.property(
        startArb,
        unitArb,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: -5, max: 50 }),
        fc.integer({ min: 0, max: 30 }),
        (start, unit, amount, offset, length) => {
          const from = plusDays(start, offset);
          const to = plusDays(from, length);
          const without = dueOf(start, unit, amount);
          const withPause = dueOf(start, unit, amount, [pause(from, to)]);
          expect(withPause >= without).toBe(true);
          if (from >= without) expect(withPause).toBe(without); // a pause after the due date changes nothing
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a later start never gives an earlier date', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 1, max: 10 }), unitArb, fc.integer({ min: 1, max: 40 }), (start, later, unit, amount) => {
        expect(dueOf(plusDays(start, later), unit, amount) >= dueOf(start, unit, amount)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
});
