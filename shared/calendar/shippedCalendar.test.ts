import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { calendarDataSchema } from './calendarData';
import { loadCalendar, validateCalendarData } from './calendarValidation';
import { SHIPPED_CALENDAR_DATA } from './shippedCalendarData';

/**
 * The shipped schedules against the State Council notices themselves
 * (国务院办公厅关于 2024 / 2025 / 2026 年部分节假日安排的通知), typed here by hand
 * from the notices' wording, so a regenerated data file that disagrees with
 * the law fails here.
 */
interface Notice {
  /** 放假调休: the days off, as the notice states the blocks (inclusive) */
  daysOff: [from: string, to: string, zh: string][];
  /** 上班: the weekend days worked */
  workedWeekendDays: [date: string, zh: string][];
}

const NOTICES: Record<string, Notice> = {
  '2024': {
    daysOff: [
      ['2024-01-01', '2024-01-01', '元旦'], // 1月1日放假，与周末连休
      ['2024-02-10', '2024-02-17', '春节'], // 2月10日至17日放假调休，共8天
      ['2024-04-04', '2024-04-06', '清明节'], // 4月4日至6日放假调休，共3天
      ['2024-05-01', '2024-05-05', '劳动节'], // 5月1日至5日放假调休，共5天
      ['2024-06-10', '2024-06-10', '端午节'], // 6月10日放假，与周末连休
      ['2024-09-15', '2024-09-17', '中秋节'], // 9月15日至17日放假调休，共3天
      ['2024-10-01', '2024-10-07', '国庆节'], // 10月1日至7日放假调休，共7天
    ],
    workedWeekendDays: [
      ['2024-02-04', '春节'], // 2月4日（星期日）上班
      ['2024-02-18', '春节'], // 2月18日（星期日）上班
      ['2024-04-07', '清明节'], // 4月7日（星期日）上班
      ['2024-04-28', '劳动节'], // 4月28日（星期日）上班
      ['2024-05-11', '劳动节'], // 5月11日（星期六）上班
      ['2024-09-14', '中秋节'], // 9月14日（星期六）上班
      ['2024-09-29', '国庆节'], // 9月29日（星期日）上班
      ['2024-10-12', '国庆节'], // 10月12日（星期六）上班
    ],
  },
  // the first year under the amended 放假办法 (除夕 and 5月2日 added)
  '2025': {
    daysOff: [
      ['2025-01-01', '2025-01-01', '元旦'], // 1月1日（周三）放假1天，不调休
      ['2025-01-28', '2025-02-04', '春节'], // 1月28日（除夕、周二）至2月4日（周二）放假调休，共8天
      ['2025-04-04', '2025-04-06', '清明节'], // 4月4日（周五）至6日（周日）放假，共3天
      ['2025-05-01', '2025-05-05', '劳动节'], // 5月1日（周四）至5日（周一）放假调休，共5天
      ['2025-05-31', '2025-06-02', '端午节'], // 5月31日（周六）至6月2日（周一）放假，共3天
      ['2025-10-01', '2025-10-05', '国庆节'], // 国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天
      ['2025-10-06', '2025-10-06', '中秋节'], //   (10月6日 is 中秋 itself)
      ['2025-10-07', '2025-10-08', '国庆节'],
    ],
    workedWeekendDays: [
      ['2025-01-26', '春节'], // 1月26日（周日）上班
      ['2025-02-08', '春节'], // 2月8日（周六）上班
      ['2025-04-27', '劳动节'], // 4月27日（周日）上班
      ['2025-09-28', '国庆节'], // 9月28日（周日）上班
      ['2025-10-11', '国庆节'], // 10月11日（周六）上班
    ],
  },
  '2026': {
    daysOff: [
      ['2026-01-01', '2026-01-03', '元旦'], // 1月1日（周四）至3日（周六）放假调休，共3天
      ['2026-02-15', '2026-02-23', '春节'], // 2月15日（腊月二十八、周日）至23日（正月初七、周一）放假调休，共9天
      ['2026-04-04', '2026-04-06', '清明节'], // 4月4日（周六）至6日（周一）放假，共3天
      ['2026-05-01', '2026-05-05', '劳动节'], // 5月1日（周五）至5日（周二）放假调休，共5天
      ['2026-06-19', '2026-06-21', '端午节'], // 6月19日（周五）至21日（周日）放假，共3天
      ['2026-09-25', '2026-09-27', '中秋节'], // 9月25日（周五）至27日（周日）放假，共3天
      ['2026-10-01', '2026-10-07', '国庆节'], // 10月1日（周四）至7日（周三）放假调休，共7天
    ],
    workedWeekendDays: [
      ['2026-01-04', '元旦'], // 1月4日（周日）上班
      ['2026-02-14', '春节'], // 2月14日（周六）上班
      ['2026-02-28', '春节'], // 2月28日（周六）上班
      ['2026-05-09', '劳动节'], // 5月9日（周六）上班
      ['2026-09-20', '国庆节'], // 9月20日（周日）上班
      ['2026-10-10', '国庆节'], // 10月10日（周六）上班
    ],
  },
};

function expand(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe('the shipped calendar', () => {
  it('is valid data in our own format, with a version', () => {
    expect(calendarDataSchema.safeParse(SHIPPED_CALENDAR_DATA).success).toBe(true);
    expect(validateCalendarData(SHIPPED_CALENDAR_DATA)).toEqual([]);
    expect(loadCalendar(SHIPPED_CALENDAR_DATA).ok).toBe(true);
    expect(SHIPPED_CALENDAR_DATA.version).toBe('2026.1');
  });

  it('carries exactly the published years 2024–2026', () => {
    expect(Object.keys(SHIPPED_CALENDAR_DATA.years).sort()).toEqual(['2024', '2025', '2026']);
    for (const y of Object.values(SHIPPED_CALENDAR_DATA.years)) expect(y.published).toBe(true);
  });

  describe.each(Object.entries(NOTICES))('%s matches the State Council notice', (year, notice) => {
    const shipped = SHIPPED_CALENDAR_DATA.years[year];

    it('lists every day off, named as the notice names it', () => {
      const expected = notice.daysOff.flatMap(([from, to, zh]) => expand(from, to).map((date) => ({ date, zh })));
      expect(shipped?.holidays.map((h) => ({ date: h.date, zh: h.name.zh }))).toEqual(expected);
    });

    it('lists every weekend day worked (调休上班), and nothing else', () => {
      expect(shipped?.makeUpWorkdays.map((h) => [h.date, h.name.zh])).toEqual(notice.workedWeekendDays);
    });
  });

  it('names every day in English too', () => {
    const en = new Set(
      Object.values(SHIPPED_CALENDAR_DATA.years).flatMap((y) => [...y.holidays, ...y.makeUpWorkdays].map((d) => `${d.name.zh}=${d.name.en}`)),
    );
    expect([...en].sort()).toEqual([
      '中秋节=Mid-Autumn Festival',
      '元旦=New Year\'s Day',
      '劳动节=Labour Day',
      '国庆节=National Day',
      '春节=Spring Festival',
      '清明节=Qingming Festival',
      '端午节=Dragon Boat Festival',
    ]);
  });

  // Drift check: the committed data was generated from chinese-days; if the
  // installed package now says otherwise, someone must look (regenerate with
  // shared/calendar/tools/generateShippedCalendar.mjs and re-check the notices).
  it.each(['2024', '2025', '2026'])('agrees with the installed chinese-days package for %s', (year) => {
    const require = createRequire(import.meta.url);
    const json = JSON.parse(readFileSync(require.resolve(`chinese-days/dist/years/${year}.json`), 'utf8')) as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    const shipped = SHIPPED_CALENDAR_DATA.years[year];
    expect(shipped?.holidays.map((h) => h.date)).toEqual(Object.keys(json.holidays).sort());
    expect(shipped?.makeUpWorkdays.map((h) => h.date)).toEqual(Object.keys(json.workdays).sort());
  });
});
