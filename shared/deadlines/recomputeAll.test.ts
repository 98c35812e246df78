import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWorkingChange } from '../calendar/calendarDiff';
import { editCalendarDay } from '../calendar/calendarEdits';
import { importHolidayIcs } from '../calendar/icsImport';
import { SHIPPED_CALENDAR_DATA } from '../calendar/shippedCalendarData';
import { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import { DEFAULT_DEADLINE_RULES, RIGHTS_REQUEST_CALENDAR_DAYS_RULE } from './deadlineRule';
import { computeDeadline } from './computeDeadline';
import { type StoredDeadlineCase, recomputeAll } from './recomputeAll';
import { benchCases } from './test-support/benchCases';
import { at, calendar, pause, verifiedOn } from './test-support/deadlineInput';

const stored = (id: string, verified: string, dueDate: string | undefined, overrides: Partial<StoredDeadlineCase> = {}): StoredDeadlineCase => ({
  id,
  ...verifiedOn(verified),
  ...(dueDate ? { dueDate } : {}),
  ...overrides,
});

// Due dates as computed on the shipped calendar (counted by hand in holidayBlocks.test.ts).
const CASES: StoredDeadlineCase[] = [
  stored('a', '2026-09-28', '2026-10-23'), // crosses 10-09
  stored('b', '2026-10-12', '2026-11-02'), // 10-13…16 (4), 19…23 (9), 26…30 (14), 11-02 (15): after 10-09, unaffected
  stored('c', '2026-09-28', '2026-10-23', { status: 'closed', closedAt: at('2026-10-20') }),
  stored('d', '2026-09-28', '2026-10-23', { pauses: [pause('2026-10-12')] }),
];

describe('recomputeAll', () => {
  it('changes nothing when nothing changed', () => {
    expect(recomputeAll(CASES, calendar, DEFAULT_DEADLINE_RULES)).toEqual({ moved: [], checked: 2, skipped: 2, failed: [] });
  });

  it('after a holiday is added, reports only the open cases whose date moved, with old and new', () => {
    const edited = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-09', kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } });
    if (!edited.ok) throw new Error('refused');
    // with 10-09 off: 09-29, 30 (2), 10-08 (3), 10-10 Sat (4), 12…16 (9), 19…23 (14), 26 (15)
    const summary = recomputeAll(CASES, new WorkingDayCalendar(edited.data), DEFAULT_DEADLINE_RULES);
    expect(summary.moved).toEqual([{ caseId: 'a', oldDueDate: '2026-10-23', newDueDate: '2026-10-26' }]);
    expect(summary.skipped).toBe(2); // closed c, paused d
  });

  it('after an imported .ics publishes 2027, moves a case that ran into it', () => {
    // verified 2026-12-28: counted on weekdays, 12-29…31 (3), 2027-01-01 (4), 01-04…08 (9), 11…15 (14), 18 (15)
    const yearEnd = stored('e', '2026-12-28', '2027-01-18');
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:元旦(休)', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const imported = importHolidayIcs(SHIPPED_CALENDAR_DATA, ics);
    if (!imported.ok) throw new Error('refused');
    expect(recomputeAll([yearEnd], new WorkingDayCalendar(imported.data), DEFAULT_DEADLINE_RULES).moved).toEqual([
      { caseId: 'e', oldDueDate: '2027-01-18', newDueDate: '2027-01-19' },
    ]);
  });

  it('reports the moves a rule change causes', () => {
    // 15 calendar days from 09-28 → 10-13
    const summary = recomputeAll(CASES, calendar, [RIGHTS_REQUEST_CALENDAR_DAYS_RULE]);
    expect(summary.moved).toContainEqual({ caseId: 'a', oldDueDate: '2026-10-23', newDueDate: '2026-10-13' });
  });

  it('fills in a case that had no stored date, and lists a broken case without stopping', () => {
    const summary = recomputeAll(
      [stored('new', '2026-09-28', undefined), stored('bad', '2026-09-28', '2026-10-23', { receivedAt: 'yesterday' })],
      calendar,
      DEFAULT_DEADLINE_RULES,
    );
    expect(summary.moved).toEqual([{ caseId: 'new', newDueDate: '2026-10-23' }]);
    expect(summary.failed).toEqual([{ caseId: 'bad', message: expect.stringContaining('yesterday') }]);
  });
});

describe('a calendar change moves only cases due on or after its first changed working day', () => {
  // the bench's generated cases, with the due date the shipped calendar gives them
  const before = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);
  const stored: StoredDeadlineCase[] = benchCases(3000)
    .filter((c) => c.status === 'open' && !c.pauses.some((p) => p.to === undefined))
    .map((c): StoredDeadlineCase => {
      const { dueDate: _ignored, ...rest } = c;
      const due = computeDeadline(c, before, DEFAULT_DEADLINE_RULES, '2026-01-01', { brief: true }).legalDueDate;
      return due ? { ...rest, dueDate: due } : rest;
    });

  it('for any day turned into a holiday, a working day or a make-up day', () => {
    const kinds = ['holiday', 'ordinary', 'make-up-workday'] as const;
    let movedAtAll = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 729 }), fc.constantFrom(...kinds), (offset, kind) => {
        const date = new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const change = editCalendarDay(SHIPPED_CALENDAR_DATA, kind === 'ordinary' ? { date, kind } : { date, kind, name: { zh: '测试', en: 'Test' } });
        if (!change.ok) return; // e.g. a make-up day on a weekday: refused, nothing to recompute
        const after = new WorkingDayCalendar(change.data);
        const all = recomputeAll(stored, after, DEFAULT_DEADLINE_RULES).moved;
        const from = firstWorkingChange(SHIPPED_CALENDAR_DATA, change.data);
        const scoped = from === undefined ? [] : recomputeAll(stored.filter((c) => c.dueDate !== undefined && c.dueDate >= from), after, DEFAULT_DEADLINE_RULES).moved;
        expect(scoped).toEqual(all);
        movedAtAll += all.length;
      }),
      { numRuns: 60 },
    );
    // the edits did move cases: the comparison was not between two empty lists
    expect(movedAtAll).toBeGreaterThan(0);
  });
});
