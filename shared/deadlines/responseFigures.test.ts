import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarData } from '../calendar/calendarData';
import { SHIPPED_CALENDAR_DATA } from '../calendar/shippedCalendarData';
import { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import { caseSchema, type Case } from '../domain/case';
import { instantFromShanghai } from '../domain/time';
import { DEFAULT_DEADLINE_RULES } from './deadlineRule';
import {
  applyFacts,
  closedOnTime,
  closingFacts,
  emptyTally,
  figuresBasis,
  figuresOfTally,
  median,
  medianOfCounts,
  monthlyFigures,
  monthsEnding,
  tallyCases,
  tallyIsConsistent,
  workingDaysToRespond,
} from './responseFigures';

const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);
const rules = DEFAULT_DEADLINE_RULES;
const at = (date: string, time = '10:00') => instantFromShanghai(date, time);

let sequence = 0;
function aCase(fields: Partial<Case> & { status: Case['status'] }): Case {
  sequence++;
  return caseSchema.parse({
    id: `case-${sequence}`,
    reference: `CL-2026-${String(sequence).padStart(4, '0')}`,
    channel: 'email',
    receivedAt: '2026-09-01T02:00:00.000Z',
    receivedAtSource: 'received-header',
    requesterId: 'requester-1',
    requestType: 'access',
    typeConfirmed: true,
    gdpr: false,
    subject: '查阅申请',
    summary: '',
    stage: fields.status === 'closed' ? 'closed' : 'in-progress',
    assignee: '王敏',
    pauses: [],
    extensions: [],
    messageIds: [],
    createdAt: '2026-09-01T02:00:00.000Z',
    updatedAt: '2026-09-01T02:00:00.000Z',
    ...(fields.status === 'closed' ? { outcome: 'granted', closedAt: '2026-09-20T08:00:00.000Z' } : {}),
    ...fields,
  });
}

// Working days of October 2026: 10-01…10-07 National Day holidays, Saturday
// 10-10 a make-up working day (调休), otherwise Monday to Friday.
const october = {
  // verified 09-28, closed 10-20, due 10-23: on time.
  // (09-28, 10-20]: 09-29, 09-30, 10-08, 10-09, 10-10, 10-12…10-16, 10-19, 10-20 = 12
  a: aCase({ status: 'closed', receivedAt: at('2026-09-28'), verifiedAt: at('2026-09-28'), closedAt: at('2026-10-20', '16:00'), dueDate: '2026-10-23' }),
  // verified 10-08, closed 10-30, due 10-28: late. (10-08, 10-30]: 10-09, 10-10, then three full weeks = 17
  b: aCase({ status: 'closed', receivedAt: at('2026-09-25'), verifiedAt: at('2026-10-08'), closedAt: at('2026-10-30', '16:00'), dueDate: '2026-10-28' }),
  // an IP notice's clock starts at receipt, whatever the verification: (10-09, 10-16]: 10-10, 10-12…10-16 = 6
  c: aCase({ status: 'closed', requestType: 'ip-notice', receivedAt: at('2026-10-09'), verifiedAt: at('2026-10-12'), closedAt: at('2026-10-16', '16:00'), dueDate: '2026-10-30' }),
  // verified 10-12, closed 10-23: 9 working days, of which the pause (10-14, 10-19] took 10-15, 10-16, 10-19 = 3 → 6
  d: aCase({
    status: 'closed',
    receivedAt: at('2026-10-12'),
    verifiedAt: at('2026-10-12'),
    pauses: [{ id: 'p-d', from: '2026-10-14', to: '2026-10-19', reason: '等待补充材料', by: '王敏' }],
    closedAt: at('2026-10-23', '16:00'),
    dueDate: '2026-11-05',
  }),
  // withdrawn before verification: counted from receipt, (10-19, 10-21] = 2
  e: aCase({ status: 'closed', requestType: 'deletion', outcome: 'withdrawn', receivedAt: at('2026-10-19'), closedAt: at('2026-10-21', '16:00'), dueDate: '2026-11-18' }),
};

describe('working days to respond', () => {
  it('counts from the clock start to closing, the start day not counted, pauses left out', () => {
    const days = Object.fromEntries(Object.entries(october).map(([k, c]) => [k, workingDaysToRespond(c, calendar, rules)]));
    expect(days).toEqual({ a: 12, b: 17, c: 6, d: 6, e: 2 });
  });

  it('a pause still running at closing ends there; overlapping pauses count once; closing on the start day is 0', () => {
    const base = { status: 'closed' as const, receivedAt: at('2026-11-02'), verifiedAt: at('2026-11-02'), closedAt: at('2026-11-13', '16:00') };
    // (11-02, 11-13] = 9 working days; a pause from 11-10 never answered takes 11-11…11-13 = 3
    expect(workingDaysToRespond(aCase({ ...base, pauses: [{ id: 'x', from: '2026-11-10', reason: 'r', by: 'b' }] }), calendar, rules)).toBe(6);
    const overlapping = [
      { id: 'x', from: '2026-11-03', to: '2026-11-06', reason: 'r', by: 'b' },
      { id: 'y', from: '2026-11-05', to: '2026-11-10', reason: 'r', by: 'b' },
    ];
    // together (11-03, 11-10]: 11-04, 05, 06, 09, 10 = 5 → 4
    expect(workingDaysToRespond(aCase({ ...base, pauses: overlapping }), calendar, rules)).toBe(4);
    expect(workingDaysToRespond(aCase({ ...base, closedAt: at('2026-11-02', '17:00') }), calendar, rules)).toBe(0);
  });

  it('on time means closed on or before the legal due date, in Shanghai', () => {
    expect(closedOnTime({ closedAt: at('2026-10-23', '23:30'), dueDate: '2026-10-23' })).toBe(true);
    expect(closedOnTime({ closedAt: at('2026-10-24', '00:30'), dueDate: '2026-10-23' })).toBe(false);
    expect(closedOnTime({ closedAt: at('2026-10-24') })).toBe(true);
  });

  it('median of an odd and an even count', () => {
    expect(median([])).toBeUndefined();
    expect(median([17, 2, 6])).toBe(6);
    expect(median([3, 4])).toBe(3.5);
  });
});

describe('monthly figures', () => {
  it('lists this month and the twelve before it', () => {
    expect(monthsEnding('2026-01-15', 13)).toEqual([
      '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01',
    ]);
  });

  const others = [
    // September: verified 09-01, closed 09-10 a day late: (09-01, 09-10] = 7 working days
    aCase({ status: 'closed', receivedAt: at('2026-09-01'), verifiedAt: at('2026-09-01'), closedAt: at('2026-09-10'), dueDate: '2026-09-09' }),
    // December 2025: 3 and 4 working days (Mon 12-01 → Thu 12-04, Mon 12-08 → Fri 12-12)
    aCase({ status: 'closed', receivedAt: at('2025-12-01'), verifiedAt: at('2025-12-01'), closedAt: at('2025-12-04'), dueDate: '2025-12-19' }),
    aCase({ status: 'closed', receivedAt: at('2025-12-08'), verifiedAt: at('2025-12-08'), closedAt: at('2025-12-12'), dueDate: '2025-12-26' }),
    // 00:30 on 1 October 2025 in Shanghai is still 30 September in UTC: it belongs to October 2025
    aCase({ status: 'closed', receivedAt: at('2025-09-22'), verifiedAt: at('2025-09-22'), closedAt: at('2025-10-01', '00:30'), dueDate: '2025-10-20' }),
    // 23:30 on 30 September 2025 in Shanghai: before the window
    aCase({ status: 'closed', receivedAt: at('2025-09-22'), verifiedAt: at('2025-09-22'), closedAt: at('2025-09-30', '23:30'), dueDate: '2025-10-20' }),
    // still open: no figure
    aCase({ status: 'open', receivedAt: at('2026-10-02'), dueDate: '2026-10-23' }),
  ];

  it('from the cases themselves: closed, on time, rate and median per Shanghai month', () => {
    const figures = monthlyFigures([...Object.values(october), ...others], calendar, rules, monthsEnding('2026-10-31', 13));
    const byMonth = Object.fromEntries(figures.map((f) => [f.month, f]));
    expect(figures).toHaveLength(13);
    expect(byMonth['2026-10']).toEqual({ month: '2026-10', closed: 5, onTime: 4, onTimeRate: 0.8, medianWorkingDays: 6, partial: true });
    expect(byMonth['2026-09']).toEqual({ month: '2026-09', closed: 1, onTime: 0, onTimeRate: 0, medianWorkingDays: 7, partial: false });
    expect(byMonth['2025-12']).toEqual({ month: '2025-12', closed: 2, onTime: 2, onTimeRate: 1, medianWorkingDays: 3.5, partial: false });
    expect(byMonth['2025-10']).toMatchObject({ closed: 1, onTime: 1 });
    expect(byMonth['2026-08']).toEqual({ month: '2026-08', closed: 0, onTime: 0, partial: false });
  });

  it('a case that is not closed has no closing facts', () => {
    expect(closingFacts(others[5]!, calendar, rules)).toBeUndefined();
    expect(closingFacts(october.b, calendar, rules)).toEqual({ month: '2026-10', onTime: false, workingDays: 17 });
  });
});

describe('month tallies', () => {
  it('the median of a histogram is the median of the values it counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 200 }), (values) => {
        const counts: Record<string, number> = {};
        for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
        expect(medianOfCounts(counts)).toBe(median(values));
      }),
    );
  });

  it('adding and taking away the same case leaves the tally as it was', () => {
    const tally = tallyCases(Object.values(october), calendar, rules, ['2026-10'], 'b').get('2026-10')!;
    const before = structuredClone(tally);
    const facts = closingFacts(october.b, calendar, rules)!;
    applyFacts(tally, facts, -1);
    expect(figuresOfTally(tally, '2026-10', false)).toMatchObject({ closed: 4, onTime: 4, onTimeRate: 1 });
    applyFacts(tally, facts, 1);
    expect(tally).toEqual(before);
    expect(tallyIsConsistent(tally)).toBe(true);
  });

  it('a tally taken below zero is not consistent', () => {
    const tally = emptyTally('2026-10', 'b');
    applyFacts(tally, { month: '2026-10', onTime: true, workingDays: 3 }, -1);
    expect(tallyIsConsistent(tally)).toBe(false);
  });

  it('the basis changes with the calendar days and the rules, not with anything else', () => {
    const basis = figuresBasis(SHIPPED_CALENDAR_DATA, rules);
    const renamed: CalendarData = { ...SHIPPED_CALENDAR_DATA, version: 'other', source: 'x' };
    expect(figuresBasis(renamed, rules)).toBe(basis);
    const years = { ...SHIPPED_CALENDAR_DATA.years, '2027': { published: false, holidays: [], makeUpWorkdays: [] } };
    expect(figuresBasis({ years }, rules)).not.toBe(basis);
    expect(figuresBasis(SHIPPED_CALENDAR_DATA, rules.map((r) => ({ ...r, amount: r.amount + 1 })))).not.toBe(basis);
  });
});
