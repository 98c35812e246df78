import { describe, expect, it } from 'vitest';
import { diffCalendars, firstWorkingChange } from './calendarDiff';
import { editCalendarDay } from './calendarEdits';
import { SHIPPED_CALENDAR_DATA } from './shippedCalendarData';

describe('diffCalendars', () => {
  it('finds nothing between a calendar and itself', () => {
    expect(diffCalendars(SHIPPED_CALENDAR_DATA, SHIPPED_CALENDAR_DATA)).toEqual({
      fromVersion: '2026.1',
      toVersion: '2026.1',
      changes: [],
      yearsPublished: [],
      yearsUnpublished: [],
    });
  });

  it('shows each day that changes, and whether it changes working or not', () => {
    const a = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-09', kind: 'holiday', name: { zh: '国庆节', en: 'National Day' } });
    if (!a.ok) throw new Error('refused');
    const b = editCalendarDay(a.data, { date: '2026-10-10', kind: 'ordinary' });
    if (!b.ok) throw new Error('refused');
    const c = editCalendarDay(b.data, { date: '2026-10-07', kind: 'holiday', name: { zh: '国庆', en: 'National Day' } });
    if (!c.ok) throw new Error('refused');
    const diff = diffCalendars(SHIPPED_CALENDAR_DATA, c.data);
    expect(diff.toVersion).toBe('2026.4');
    expect(diff.changes).toEqual([
      {
        date: '2026-10-07',
        before: 'holiday',
        after: 'holiday',
        beforeName: { zh: '国庆节', en: 'National Day' },
        afterName: { zh: '国庆', en: 'National Day' },
        workingChanged: false,
      },
      { date: '2026-10-09', before: 'workday', after: 'holiday', afterName: { zh: '国庆节', en: 'National Day' }, workingChanged: true },
      { date: '2026-10-10', before: 'make-up-workday', after: 'rest-day', beforeName: { zh: '国庆节', en: 'National Day' }, workingChanged: true },
    ]);
  });

  it('reports years that become published', () => {
    const withDraft = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2027-01-01', kind: 'holiday', name: { zh: '元旦', en: "New Year's Day" } });
    if (!withDraft.ok) throw new Error('refused');
    const published = { ...withDraft.data, years: { ...withDraft.data.years, 2027: { ...withDraft.data.years['2027']!, published: true } } };
    expect(diffCalendars(withDraft.data, published).yearsPublished).toEqual(['2027']);
    expect(diffCalendars(published, withDraft.data).yearsUnpublished).toEqual(['2027']);
  });
});

describe('the first day whose working status changed', () => {
  it('is the earliest day turned off or on, not a day only renamed', () => {
    const renamed = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-01', kind: 'holiday', name: { zh: '国庆', en: 'National Day' } });
    if (!renamed.ok) throw new Error('edit refused');
    expect(firstWorkingChange(SHIPPED_CALENDAR_DATA, renamed.data)).toBeUndefined();
    const later = editCalendarDay(renamed.data, { date: '2026-12-15', kind: 'holiday', name: { zh: '测试', en: 'Test' } });
    if (!later.ok) throw new Error('edit refused');
    const earlier = editCalendarDay(later.data, { date: '2026-11-16', kind: 'holiday', name: { zh: '测试', en: 'Test' } });
    if (!earlier.ok) throw new Error('edit refused');
    expect(firstWorkingChange(SHIPPED_CALENDAR_DATA, earlier.data)).toBe('2026-11-16');
  });
});
