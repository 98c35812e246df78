import { describe, expect, it } from 'vitest';
import { editCalendarDay, setYearPublished, SHIPPED_CALENDAR_DATA } from '../../../../shared/calendar';
import { proposeCalendarChange, proposeIcsImport, proposeRestoreShipped } from './calendarProposal';

const ics = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n');
const event = (summary: string, start: string, end: string) =>
  ['BEGIN:VEVENT', `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${summary}`, 'END:VEVENT'].join('\r\n');

// 2027-01-01 is a Friday, 01-02 and 01-03 the weekend after it
const NEW_YEAR_2027 = ics(event('元旦(休)', '20270101', '20270104'));

describe('the preview of an .ics import', () => {
  it('a new year with a weekday holiday: one day stops being a working day, the year becomes published', () => {
    const { proposal, yearsInFile } = proposeIcsImport(SHIPPED_CALENDAR_DATA, { name: '2027.ics', text: NEW_YEAR_2027 }, '导入文件 2027.ics');
    expect(yearsInFile).toEqual(['2027']);
    if (proposal.status !== 'ready') throw new Error(proposal.status);
    expect(proposal.diff.fromVersion).toBe('2026.1');
    expect(proposal.after.version).toBe('2027.1');
    expect(proposal.after.source).toBe('导入文件 2027.ics');
    expect(proposal.diff.yearsPublished).toEqual(['2027']);
    // the weekend days were rest days already: listed, but no working-day change
    expect(proposal.diff.changes.map((c) => [c.date, c.after, c.workingChanged])).toEqual([
      ['2027-01-01', 'holiday', true],
      ['2027-01-02', 'holiday', false],
      ['2027-01-03', 'holiday', false],
    ]);
    expect(proposal.toNonWorking).toBe(1);
    expect(proposal.toWorking).toBe(0);
    expect(proposal.months).toEqual(['2027-01']);
    expect(proposal.calendar.isPublishedYear(2027)).toBe(true);
    expect(proposal.origin).toEqual({ kind: 'import', fileName: '2027.ics' });
  });

  it('a make-up day on a weekday is refused with the reason, errors before warnings', () => {
    const text = ics(event('元旦(休)', '20270101', '20270102'), event('元旦(班)', '20270105', '20270106'), event('小寒', '20270105', '20270106'));
    const { proposal } = proposeIcsImport(SHIPPED_CALENDAR_DATA, { name: 'bad.ics', text }, 'x');
    if (proposal.status !== 'refused') throw new Error(proposal.status);
    expect(proposal.issues[0]).toMatchObject({ code: 'make-up-not-weekend', severity: 'error', date: '2027-01-05' });
    expect(proposal.issues.at(-1)).toMatchObject({ code: 'ics-event-kind-unknown', severity: 'warning' });
  });

  it('a file that is no calendar is refused', () => {
    const { proposal, yearsInFile } = proposeIcsImport(SHIPPED_CALENDAR_DATA, { name: 'note.ics', text: 'hello' }, 'x');
    expect(yearsInFile).toEqual([]);
    expect(proposal).toMatchObject({ status: 'refused', issues: [{ code: 'ics-not-a-calendar' }] });
  });

  it('only the chosen years of a file are taken', () => {
    const text = ics(event('国庆节(休)', '20261001', '20261008'), event('元旦(休)', '20270101', '20270104'));
    const all = proposeIcsImport(SHIPPED_CALENDAR_DATA, { name: 'feed.ics', text }, 'x');
    expect(all.yearsInFile).toEqual(['2026', '2027']);
    const only2027 = proposeIcsImport(SHIPPED_CALENDAR_DATA, { name: 'feed.ics', text }, 'x', ['2027']);
    if (only2027.proposal.status !== 'ready') throw new Error(only2027.proposal.status);
    expect(only2027.proposal.diff.changes.every((c) => c.date.startsWith('2027-'))).toBe(true);
  });

  it('a file that lists a year exactly as the calendar has it changes nothing', () => {
    const again = proposeIcsImport(SHIPPED_CALENDAR_DATA, { name: '2027.ics', text: NEW_YEAR_2027 }, 'x');
    if (again.proposal.status !== 'ready') throw new Error(again.proposal.status);
    const twice = proposeIcsImport(again.proposal.after, { name: '2027.ics', text: NEW_YEAR_2027 }, 'x');
    expect(twice.proposal.status).toBe('no-change');
  });
});

describe('the preview of an edit', () => {
  it('a holiday on a weekday and a make-up Saturday count both ways', () => {
    const first = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-12-31', kind: 'holiday', name: { zh: '元旦', en: "New Year's Day" } });
    if (!first.ok) throw new Error('edit refused');
    const second = editCalendarDay(first.data, { date: '2026-12-26', kind: 'make-up-workday', name: { zh: '元旦', en: "New Year's Day" } });
    const proposal = proposeCalendarChange(SHIPPED_CALENDAR_DATA, second, { kind: 'edit-day', date: '2026-12-26' });
    if (proposal.status !== 'ready') throw new Error(proposal.status);
    expect(proposal.toNonWorking).toBe(1);
    expect(proposal.toWorking).toBe(1);
    expect(proposal.after.version).toBe('2026.3');
  });

  it('a make-up day on a weekday is refused', () => {
    const change = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-12-30', kind: 'make-up-workday', name: { zh: '元旦', en: "New Year's Day" } });
    const proposal = proposeCalendarChange(SHIPPED_CALENDAR_DATA, change, { kind: 'edit-day', date: '2026-12-30' });
    expect(proposal).toMatchObject({ status: 'refused', issues: [{ code: 'make-up-not-weekend', date: '2026-12-30' }] });
  });

  it('renaming a holiday is a change that moves no deadline', () => {
    const change = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-01', kind: 'holiday', name: { zh: '国庆', en: 'National Day' } });
    const proposal = proposeCalendarChange(SHIPPED_CALENDAR_DATA, change, { kind: 'edit-day', date: '2026-10-01' });
    expect(proposal).toMatchObject({ status: 'ready', renamed: 1, toNonWorking: 0, toWorking: 0 });
  });

  it('publishing an empty year is allowed with the warning that it has no holidays', () => {
    const change = setYearPublished(SHIPPED_CALENDAR_DATA, 2027, true);
    const proposal = proposeCalendarChange(SHIPPED_CALENDAR_DATA, change, { kind: 'publish', year: 2027, published: true });
    if (proposal.status !== 'ready') throw new Error(proposal.status);
    expect(proposal.diff.yearsPublished).toEqual(['2027']);
    expect(proposal.warnings).toEqual([expect.objectContaining({ code: 'year-without-holidays', year: '2027' })]);
  });
});

describe('restoring the shipped calendar', () => {
  it('from an imported calendar: the imported days go', () => {
    const imported = proposeIcsImport(SHIPPED_CALENDAR_DATA, { name: '2027.ics', text: NEW_YEAR_2027 }, 'x').proposal;
    if (imported.status !== 'ready') throw new Error(imported.status);
    const restore = proposeRestoreShipped(imported.after);
    if (restore.status !== 'ready') throw new Error(restore.status);
    expect(restore.after).toBe(SHIPPED_CALENDAR_DATA);
    expect(restore.diff.yearsUnpublished).toEqual(['2027']);
    expect(restore.toWorking).toBe(1);
  });

  it('from the shipped calendar itself: nothing to do', () => {
    expect(proposeRestoreShipped(SHIPPED_CALENDAR_DATA).status).toBe('no-change');
  });

  it('when the stored calendar cannot be read: writing the shipped one over it is a change', () => {
    expect(proposeRestoreShipped(SHIPPED_CALENDAR_DATA, true)).toMatchObject({ status: 'ready', diff: { changes: [] } });
  });

  it('from a calendar that reads like the shipped one under another version: restores the version', () => {
    const there = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-12-31', kind: 'holiday', name: { zh: '元旦', en: "New Year's Day" } });
    if (!there.ok) throw new Error('refused');
    const back = editCalendarDay(there.data, { date: '2026-12-31', kind: 'ordinary' });
    if (!back.ok) throw new Error('refused');
    expect(back.data.version).toBe('2026.3');
    const restore = proposeRestoreShipped(back.data);
    expect(restore).toMatchObject({ status: 'ready', diff: { changes: [], fromVersion: '2026.3', toVersion: '2026.1' } });
  });
});
