import { describe, expect, it } from 'vitest';
import { editCalendarDay, nextCalendarVersion, setYearPublished } from './calendarEdits';
import { SHIPPED_CALENDAR_DATA } from './shippedCalendarData';
import { WorkingDayCalendar } from './workingDayCalendar';
import { addWorkingDays } from './workingDays';

const NATIONAL_DAY = { zh: '国庆节', en: 'National Day' };

describe('editCalendarDay', () => {
  it('makes a day a holiday, in a new version, without touching the input', () => {
    const result = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-09', kind: 'holiday', name: NATIONAL_DAY }, { source: 'edit' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data.version).toBe('2026.2');
    expect(result.data.years['2026']?.holidays.map((h) => h.date).slice(-3)).toEqual(['2026-10-06', '2026-10-07', '2026-10-09']);
    expect(SHIPPED_CALENDAR_DATA.years['2026']?.holidays.some((h) => h.date === '2026-10-09')).toBe(false);
    // and counting sees it: 2026-09-30 + 2 working days was 10-09, now 10-10 (the make-up Saturday)
    expect(addWorkingDays(new WorkingDayCalendar(result.data), '2026-09-30', 2).value).toBe('2026-10-10');
  });

  it('turns a listed day back into an ordinary one', () => {
    const result = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-10', kind: 'ordinary' });
    if (!result.ok) throw new Error('refused');
    expect(result.data.years['2026']?.makeUpWorkdays.map((m) => m.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20']);
  });

  it('moves a day from holiday to make-up when it is a weekend day', () => {
    const result = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-03', kind: 'make-up-workday', name: NATIONAL_DAY });
    if (!result.ok) throw new Error('refused');
    expect(result.data.years['2026']?.holidays.some((h) => h.date === '2026-10-03')).toBe(false);
    expect(result.data.years['2026']?.makeUpWorkdays.some((h) => h.date === '2026-10-03')).toBe(true);
  });

  it('refuses a make-up day on a weekday', () => {
    const result = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-09', kind: 'make-up-workday', name: NATIONAL_DAY });
    expect(result).toEqual({ ok: false, issues: [{ code: 'make-up-not-weekend', severity: 'error', date: '2026-10-09', year: '2026' }] });
  });

  it('refuses a date that does not exist', () => {
    const result = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-02-30', kind: 'ordinary' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('invalid-date');
  });

  it('keeps a hand-entered day in a new year unpublished until the year is marked published', () => {
    const edited = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2027-01-01', kind: 'holiday', name: { zh: '元旦', en: "New Year's Day" } });
    if (!edited.ok) throw new Error('refused');
    expect(edited.data.years['2027']?.published).toBe(false);
    expect(edited.data.version).toBe('2026.2');
    expect(new WorkingDayCalendar(edited.data).isPublishedYear(2027)).toBe(false);
    const published = setYearPublished(edited.data, 2027, true);
    if (!published.ok) throw new Error('refused');
    expect(published.data.version).toBe('2027.1');
    expect(new WorkingDayCalendar(published.data).isPublishedYear(2027)).toBe(true);
  });
});

describe('nextCalendarVersion', () => {
  it('counts revisions within a year and restarts for a newly published year', () => {
    expect(nextCalendarVersion('2026.1', SHIPPED_CALENDAR_DATA)).toBe('2026.2');
    expect(nextCalendarVersion('2026.9', SHIPPED_CALENDAR_DATA)).toBe('2026.10');
    expect(nextCalendarVersion('anything', SHIPPED_CALENDAR_DATA)).toBe('2026.1');
    const with2027 = { ...SHIPPED_CALENDAR_DATA, years: { ...SHIPPED_CALENDAR_DATA.years, 2027: { published: true, holidays: [], makeUpWorkdays: [] } } };
    expect(nextCalendarVersion('2026.4', with2027)).toBe('2027.1');
  });
});
