import { describe, expect, it } from 'vitest';
import { calendarDaysAfter, countdown, elapsedSince, hoursAfter } from './clocks';
import { shippedCalendar } from './test-support/incident';

describe('hour clocks run continuously (SPEC §5)', () => {
  it('4 hours from 22:30 Shanghai ends at 02:30 the next day', () => {
    // 2026-11-30 22:30 Shanghai = 14:30 UTC
    expect(hoursAfter('2026-11-30T14:30:00.000Z', 4)).toBe('2026-11-30T18:30:00.000Z'); // 2026-12-01 02:30 Shanghai
  });

  it('72 hours from the eve of National Day ends inside the holiday, which it does not skip', () => {
    // 2026-09-30 20:00 Shanghai; 10-01…10-07 are holidays
    expect(hoursAfter('2026-09-30T12:00:00.000Z', 72)).toBe('2026-10-03T12:00:00.000Z'); // 10-03 20:00 Shanghai
  });

  it('1 hour across midnight on New Year’s Eve', () => {
    expect(hoursAfter('2026-12-31T15:30:00.000Z', 1)).toBe('2026-12-31T16:30:00.000Z'); // 2027-01-01 00:30 Shanghai
  });
});

describe('the 30-day summary report after handling ends (calendar days, 民法典 201/203)', () => {
  it('counts from the next day and ends at 24:00 of the 30th day', () => {
    // handling ended 2026-11-02 15:00 Shanghai: day 30 is 2026-12-02, a Wednesday
    const end = calendarDaysAfter(shippedCalendar(), '2026-11-02T07:00:00.000Z', 30);
    expect(end.lastDay).toBe('2026-12-02');
    expect(end.dueAt).toBe('2026-12-02T16:00:00.000Z'); // 2026-12-03 00:00 Shanghai
    expect(end.countedDay).toBeUndefined();
  });

  it('a 30th day in the National Day holiday moves to the first working day after it (SPEC §3 worked example)', () => {
    // from 2026-09-01 the 30th day is 2026-10-01; the holiday runs to 10-07
    const end = calendarDaysAfter(shippedCalendar(), '2026-09-01T02:00:00.000Z', 30);
    expect(end.countedDay).toBe('2026-10-01');
    expect(end.lastDay).toBe('2026-10-08');
    expect(end.dueAt).toBe('2026-10-08T16:00:00.000Z');
  });

  it('a 30th day on a Sunday moves to Monday', () => {
    // from 2026-11-06 the 30th day is Sunday 2026-12-06
    const end = calendarDaysAfter(shippedCalendar(), '2026-11-06T02:00:00.000Z', 30);
    expect(end.countedDay).toBe('2026-12-06');
    expect(end.lastDay).toBe('2026-12-07');
  });

  it('the day of the event is the Shanghai day, not the UTC one', () => {
    // 2026-11-02 23:30 Shanghai = 15:30 UTC the same date; 2026-11-03 00:30 Shanghai = 2026-11-02 16:30 UTC
    expect(calendarDaysAfter(shippedCalendar(), '2026-11-02T15:30:00.000Z', 30).lastDay).toBe('2026-12-02');
    expect(calendarDaysAfter(shippedCalendar(), '2026-11-02T16:30:00.000Z', 30).lastDay).toBe('2026-12-03');
  });
});

describe('the countdown', () => {
  const due = '2026-11-30T06:00:00.000Z';
  it('shows whole hours and minutes left, rounded down', () => {
    expect(countdown(due, Date.parse('2026-11-30T02:00:00.000Z'))).toEqual({ late: false, hours: 4, minutes: 0 });
    expect(countdown(due, Date.parse('2026-11-30T02:00:30.000Z'))).toEqual({ late: false, hours: 3, minutes: 59 });
    expect(countdown(due, Date.parse(due))).toEqual({ late: false, hours: 0, minutes: 0 });
  });
  it('shows time overdue rounded up: a second late is a minute late', () => {
    expect(countdown(due, Date.parse('2026-11-30T06:00:01.000Z'))).toEqual({ late: true, hours: 0, minutes: 1 });
    expect(countdown(due, Date.parse('2026-11-30T07:30:00.000Z'))).toEqual({ late: true, hours: 1, minutes: 30 });
  });
  it('counts past a day in hours (72 hours is 72 hours, not 3 days)', () => {
    expect(countdown('2026-12-03T02:00:00.000Z', Date.parse('2026-11-30T02:00:00.000Z'))).toEqual({ late: false, hours: 72, minutes: 0 });
  });
  it('elapsed time for obligations due immediately', () => {
    expect(elapsedSince('2026-11-30T02:00:00.000Z', Date.parse('2026-11-30T03:05:59.000Z'))).toEqual({ hours: 1, minutes: 5 });
  });
});
