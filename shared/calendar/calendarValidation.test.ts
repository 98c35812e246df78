import { describe, expect, it } from 'vitest';
import type { CalendarData } from './calendarData';
import { loadCalendar, validateCalendarData } from './calendarValidation';
import { SHIPPED_CALENDAR_DATA } from './shippedCalendarData';

const NY = { zh: '元旦', en: "New Year's Day" };
function withYear(year: string, holidays: string[], makeUps: string[]): CalendarData {
  return {
    version: '2027.1',
    source: 'test',
    years: {
      [year]: {
        published: true,
        holidays: holidays.map((date) => ({ date, name: NY })),
        makeUpWorkdays: makeUps.map((date) => ({ date, name: NY })),
      },
    },
  };
}

describe('validateCalendarData', () => {
  it('accepts a correct schedule', () => {
    expect(validateCalendarData(withYear('2027', ['2027-01-01'], ['2027-01-09']))).toEqual([]);
  });

  it.each([
    ['a make-up day on a weekday', withYear('2027', ['2027-01-01'], ['2027-01-08']), { code: 'make-up-not-weekend', date: '2027-01-08' }],
    ['a day both off and worked', withYear('2027', ['2027-01-02'], ['2027-01-02']), { code: 'holiday-and-make-up', date: '2027-01-02' }],
    ['a day filed under the wrong year', withYear('2027', ['2028-01-01'], []), { code: 'date-outside-year', date: '2028-01-01' }],
    ['a day that does not exist', withYear('2027', ['2027-02-29'], []), { code: 'invalid-date', detail: '2027-02-29' }],
    ['a day listed twice', withYear('2027', ['2027-01-01', '2027-01-01'], []), { code: 'duplicate-date', date: '2027-01-01' }],
    ['a year key that is not a year', withYear('27', [], []), { code: 'invalid-year', detail: '27' }],
  ])('finds %s', (_what, data, issue) => {
    expect(validateCalendarData(data)).toContainEqual(expect.objectContaining({ ...issue, severity: 'error' }));
  });

  it('warns about a published year without any holiday', () => {
    expect(validateCalendarData(withYear('2027', [], []))).toEqual([{ code: 'year-without-holidays', severity: 'warning', year: '2027' }]);
  });
});

describe('loadCalendar', () => {
  it('compiles good data', () => {
    const loaded = loadCalendar(SHIPPED_CALENDAR_DATA);
    expect(loaded.ok && loaded.calendar.version).toBe('2026.1');
  });

  it('refuses data of the wrong shape, saying where', () => {
    const loaded = loadCalendar({ version: '1', source: '', years: { 2027: { published: 'yes', holidays: [], makeUpWorkdays: [] } } });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.issues[0]?.code).toBe('invalid-structure');
      expect(loaded.issues[0]?.detail).toMatch(/^years\.2027\.published/);
    }
  });

  it('refuses data that breaks the rules', () => {
    const loaded = loadCalendar(withYear('2027', ['2027-01-01'], ['2027-01-08']));
    expect(loaded.ok).toBe(false);
  });
});
