import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { CalendarData } from './calendarData';
import { diffCalendars } from './calendarDiff';
import { importHolidayIcs, parseHolidayIcs } from './icsImport';
import { SHIPPED_CALENDAR_DATA } from './shippedCalendarData';

const require = createRequire(import.meta.url);
const feed = (name: string) => readFileSync(require.resolve(`chinese-days/dist/${name}`), 'utf8');
const EMPTY: CalendarData = { version: '2023.1', source: 'empty', years: {} };

function ics(...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');
}
const day = (start: string, end: string, summary: string) => [`DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${summary}`];

// A made-up 2027 schedule (the real one is not published yet), in the
// wording of another common feed: 春节 假期 第1天/共8天, 春节 补班.
const MADE_UP_2027 = ics(
  day('20270101', '20270104', '元旦 假期 第1天/共3天'),
  day('20270206', '20270214', '春节 假期 第1天/共8天'),
  day('20270220', '20270221', '春节 补班 第1天/共1天'),
);

describe('parseHolidayIcs', () => {
  it('reads the chinese-days feed into exactly the shipped schedules', () => {
    const parsed = parseHolidayIcs(feed('holidays.ics'));
    expect(parsed.issues).toEqual([]);
    for (const year of ['2024', '2025', '2026']) {
      expect(parsed.years[year]?.holidays).toEqual(SHIPPED_CALENDAR_DATA.years[year]?.holidays);
      expect(parsed.years[year]?.makeUpWorkdays).toEqual(SHIPPED_CALENDAR_DATA.years[year]?.makeUpWorkdays);
    }
  });

  it('reads the English feed to the same days and names', () => {
    const parsed = parseHolidayIcs(feed('holidays.en.ics'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.years['2026']?.holidays).toEqual(SHIPPED_CALENDAR_DATA.years['2026']?.holidays);
    expect(parsed.years['2026']?.makeUpWorkdays).toEqual(SHIPPED_CALENDAR_DATA.years['2026']?.makeUpWorkdays);
  });

  it('tells days off from make-up days by wording when there is no Apple marker', () => {
    const parsed = parseHolidayIcs(MADE_UP_2027);
    expect(parsed.years['2027']?.holidays.map((h) => h.date)).toEqual([
      '2027-01-01', '2027-01-02', '2027-01-03',
      '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13',
    ]);
    expect(parsed.years['2027']?.makeUpWorkdays).toEqual([{ date: '2027-02-20', name: { zh: '春节', en: 'Spring Festival' } }]);
    expect(parsed.years['2027']?.holidays[0]?.name).toEqual({ zh: '元旦', en: "New Year's Day" });
  });

  it('unfolds continued lines, accepts LF or CRLF, and moves UTC times to Shanghai', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART:20261231T160000Z', // 2027-01-01 00:00 in Shanghai
      'DTEND:20270101T160000Z',
      'SUMMARY:元',
      ' 旦(休)',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;TZID=Asia/Shanghai:20270109T000000',
      'DURATION:P1D',
      'SUMMARY:National Day (Workday)',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const parsed = parseHolidayIcs(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.years['2027']?.holidays).toEqual([{ date: '2027-01-01', name: { zh: '元旦', en: "New Year's Day" } }]);
    expect(parsed.years['2027']?.makeUpWorkdays).toEqual([{ date: '2027-01-09', name: { zh: '国庆节', en: 'National Day' } }]);
  });

  it('reads a single-day event without DTEND as one day', () => {
    const parsed = parseHolidayIcs(ics(['DTSTART;VALUE=DATE:20270101', 'SUMMARY:元旦(休)']));
    expect(parsed.years['2027']?.holidays.map((h) => h.date)).toEqual(['2027-01-01']);
  });

  it('skips events that are neither days off nor make-up days, with a warning', () => {
    const parsed = parseHolidayIcs(ics(day('20270204', '20270205', '立春'), day('20270101', '20270102', '元旦(休)')));
    expect(parsed.issues).toEqual([{ code: 'ics-event-kind-unknown', severity: 'warning', date: '2027-02-04', detail: '立春' }]);
    expect(parsed.years['2027']?.holidays).toHaveLength(1);
  });

  it.each([
    ['not a calendar', 'hello', 'ics-not-a-calendar'],
    ['no events', ics(), 'ics-no-days'],
    ['an event without DTSTART', ics(['SUMMARY:元旦(休)']), 'ics-event-without-date'],
    ['an impossible date', ics(day('20270230', '20270231', '元旦(休)')), 'invalid-date'],
    ['an event too long to be a holiday block', ics(day('20270101', '20270401', '寒假(休)')), 'ics-event-too-long'],
  ])('refuses %s', (_what, text, code) => {
    const parsed = parseHolidayIcs(text);
    expect(parsed.issues.map((i) => i.code)).toContain(code);
    expect(parsed.issues.find((i) => i.code === code)?.severity).toBe('error');
  });
});

describe('importHolidayIcs', () => {
  it('adds a newly published year as a new calendar version, leaving the others alone', () => {
    const result = importHolidayIcs(SHIPPED_CALENDAR_DATA, MADE_UP_2027, { source: 'import: 2027.ics' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data.version).toBe('2027.1');
    expect(result.data.source).toBe('import: 2027.ics');
    expect(result.data.years['2027']?.published).toBe(true);
    expect(result.data.years['2026']).toEqual(SHIPPED_CALENDAR_DATA.years['2026']);
    expect(SHIPPED_CALENDAR_DATA.years['2027']).toBeUndefined(); // the input is not modified
  });

  it('re-importing the feed the calendar came from changes no day', () => {
    const result = importHolidayIcs(SHIPPED_CALENDAR_DATA, feed('holidays.ics'));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(diffCalendars(SHIPPED_CALENDAR_DATA, result.data).changes).toEqual([]);
    expect(result.data.version).toBe('2026.2');
  });

  it('takes only the chosen years from a multi-year feed', () => {
    const result = importHolidayIcs(EMPTY, feed('holidays.ics'), { onlyYears: [2025] });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(Object.keys(result.data.years)).toEqual(['2025']);
    expect(result.data.version).toBe('2025.1');
  });

  it('refuses a make-up day on a weekday', () => {
    // 2027-02-19 is a Friday: listing it as 补班 is a mistake
    const result = importHolidayIcs(SHIPPED_CALENDAR_DATA, ics(day('20270219', '20270220', '春节(班)')));
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'make-up-not-weekend', severity: 'error', date: '2027-02-19', year: '2027' },
        { code: 'year-without-holidays', severity: 'warning', year: '2027' },
      ],
    });
  });

  it('refuses a day listed both as a holiday and as a make-up day', () => {
    const result = importHolidayIcs(SHIPPED_CALENDAR_DATA, ics(day('20270206', '20270208', '春节(休)'), day('20270207', '20270208', '春节(班)')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ code: 'holiday-and-make-up', severity: 'error', date: '2027-02-07', year: '2027' });
  });

  it('refuses a file with nothing to import', () => {
    const result = importHolidayIcs(SHIPPED_CALENDAR_DATA, feed('holidays.ics'), { onlyYears: [2030] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['ics-no-days']);
  });
});
