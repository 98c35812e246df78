import { describe, expect, it } from 'vitest';
import { computeDeadline } from './computeDeadline';
import { formatExplanation } from './formatExplanation';
import { CEILING_RULE, DEFAULT_DEADLINE_RULES, RIGHTS_REQUEST_CALENDAR_DAYS_RULE } from './deadlineRule';
import { at, calendar, caseInput, verifiedOn } from './test-support/deadlineInput';

/**
 * Every expected date below was counted by hand on the State Council
 * schedules (the comments show the count), not produced by the engine.
 */
const due = (start: string, rules = DEFAULT_DEADLINE_RULES) => computeDeadline(verifiedOn(start), calendar, rules, start);

describe('SPEC §3 worked examples', () => {
  it('15 working days from 2026-09-28 end on 2026-10-23, skipping 10-01…10-07 and counting Saturday 10-10', () => {
    const r = due('2026-09-28');
    expect(r.dueDate).toBe('2026-10-23');
    expect(r.explanation.rule?.holidaysCrossed.map((h) => h.date)).toEqual([
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ]);
    expect(r.explanation.rule?.makeUpDaysCrossed.map((h) => h.date)).toEqual(['2026-10-10']);
  });

  it('15 working days from 2026-02-11 end on 2026-03-10, counting Saturdays 02-14 and 02-28', () => {
    const r = due('2026-02-11');
    expect(r.dueDate).toBe('2026-03-10');
    expect(r.explanation.rule?.makeUpDaysCrossed.map((h) => h.date)).toEqual(['2026-02-14', '2026-02-28']);
    expect(r.explanation.rule?.holidaysCrossed).toHaveLength(9); // 02-15…02-23
  });

  it('15 working days from 2025-09-26 end on 2025-10-23', () => {
    const r = due('2025-09-26');
    expect(r.dueDate).toBe('2025-10-23');
    expect(r.explanation.rule?.makeUpDaysCrossed.map((h) => h.date)).toEqual(['2025-09-28', '2025-10-11']);
  });

  it('30 calendar days from 2026-09-01 end on 10-01, a holiday, so the deadline is 2026-10-08 (民法典 203)', () => {
    // a request of type "other" has only the 30-day ceiling
    const r = computeDeadline(caseInput({ requestType: 'other', receivedAt: at('2026-09-01') }), calendar, DEFAULT_DEADLINE_RULES, '2026-09-01');
    expect(r.legalDueDate).toBe('2026-10-08');
    expect(r.ceilingDate).toBe('2026-10-08');
    expect(r.explanation.ceiling?.rolledForward?.from).toBe('2026-10-01');
    expect(r.explanation.ceiling?.rolledForward?.to).toBe('2026-10-08');
    expect(r.explanation.ceiling?.rolledForward?.holidays.map((h) => h.date)).toEqual([
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ]);
  });
});

describe('15 working days around every 2024–2026 holiday block', () => {
  it.each([
    // 2024
    ['2024-01-01', '2024-01-22'], // start on New Year's Day itself: 01-02 is day 1
    ['2024-02-02', '2024-02-28'], // 02-04 Sun 补班 (1) … 02-09 (6), 02-10…02-17 off, 02-18 Sun 补班 (7) … 02-28 (15)
    ['2024-04-01', '2024-04-23'], // 04-02, 03 (2), 04-04…06 off, 04-07 Sun 补班 (3) … 04-23 (15)
    ['2024-04-26', '2024-05-20'], // 04-28 Sun 补班 (1), 29, 30 (3), 05-01…05 off, 05-06…10 (8), 05-11 Sat 补班 (9) … 05-20 (15)
    ['2024-06-07', '2024-07-01'], // 06-10 Dragon Boat off; 06-11 (1) … 07-01 (15)
    ['2024-09-13', '2024-10-11'], // 09-14 Sat 补班 (1), 09-15…17 off, 18…27 (9), 09-29 Sun 补班 (10), 30 (11), 10-01…07 off, 10-08…11 (15)
    ['2024-09-30', '2024-10-25'], // 10-08…11 (4), 10-12 Sat 补班 (5), 14…25 (15)
    ['2024-12-20', '2025-01-13'], // 12-23…31 (7), 2025-01-01 off, 01-02, 03 (9), 06…13 (15)
    // 2025
    ['2025-01-24', '2025-02-20'], // 01-26 Sun 补班 (1), 27 (2), 01-28…02-04 off, 02-05…07 (5), 02-08 Sat 补班 (6), 10…20 (15)
    ['2025-04-03', '2025-04-25'], // 04-04…06 off; 04-07 (1) … 04-25 (15)
    ['2025-04-25', '2025-05-20'], // 04-27 Sun 补班 (1), 28…30 (4), 05-01…05 off, 06…20 (15)
    ['2025-05-30', '2025-06-23'], // 05-31…06-02 off; 06-03 (1) … 06-23 (15)
    ['2025-09-30', '2025-10-28'], // 10-01…08 off; 10-09, 10 (2), 10-11 Sat 补班 (3), 13…28 (15)
    ['2025-12-24', '2026-01-15'], // 12-25…31 (5), 2026-01-01…03 off, 01-04 Sun 补班 (6), 05…15 (15)
    // 2026
    ['2026-02-14', '2026-03-13'], // start on a make-up Saturday: it does not count; 02-15…23 off, 24…27 (4), 02-28 Sat 补班 (5) … 03-13 (15)
    ['2026-04-03', '2026-04-27'], // 04-04…06 off; 04-07 (1) … 04-27 (15)
    ['2026-04-30', '2026-05-25'], // 05-01…05 off; 05-06…08 (3), 05-09 Sat 补班 (4), 11…25 (15)
    ['2026-06-18', '2026-07-10'], // 06-19…21 off; 06-22 (1) … 07-10 (15)
    ['2026-09-18', '2026-10-15'], // 09-20 Sun 补班 (1), 21…24 (5), 09-25…27 off, 28…30 (8), 10-01…07 off, 08, 09 (10), 10-10 Sat (11), 12…15 (15)
    ['2026-10-03', '2026-10-27'], // start inside National Day: 10-08, 09 (2), 10-10 Sat (3), 12…16 (8), 19…23 (13), 26, 27 (15)
  ])('verified %s → due %s', (start, expected) => {
    const r = due(start);
    expect(r.dueDate).toBe(expected);
    expect(r.explanation.unpublishedYears).toEqual([]);
  });

  it('lists both holiday blocks and both make-up days crossed by a count over Mid-Autumn and National Day 2026', () => {
    const rule = due('2026-09-18').explanation.rule;
    expect(rule?.holidaysCrossed.map((h) => `${h.date} ${h.name.zh}`)).toEqual([
      '2026-09-25 中秋节', '2026-09-26 中秋节', '2026-09-27 中秋节',
      '2026-10-01 国庆节', '2026-10-02 国庆节', '2026-10-03 国庆节', '2026-10-04 国庆节',
      '2026-10-05 国庆节', '2026-10-06 国庆节', '2026-10-07 国庆节',
    ]);
    expect(rule?.makeUpDaysCrossed.map((h) => h.date)).toEqual(['2026-09-20', '2026-10-10']);
  });
});

describe('year ends into 2027, whose schedule is not published', () => {
  it('counts 2027 on weekdays alone and warns', () => {
    // 12-21…25 (5), 28…31 (9), 2027-01-01 Fri counted as a weekday (10), 01-04…08 (15)
    const r = due('2026-12-18');
    expect(r.dueDate).toBe('2027-01-08');
    expect(r.explanation.unpublishedYears).toEqual([2027]);
    expect(r.explanation.warnings).toContainEqual({ code: 'unpublished-year', years: [2027] });
  });

  it('does not warn when the whole count stays in published years', () => {
    const r = due('2026-12-01'); // 12-02…12-22 is 15 working days
    expect(r.dueDate).toBe('2026-12-22');
    expect(r.explanation.warnings.some((w) => w.code === 'unpublished-year')).toBe(false);
  });
});

describe('15 calendar days (the stricter reading of policy 4.6), last day rolled forward', () => {
  const rules = [RIGHTS_REQUEST_CALENDAR_DAYS_RULE, CEILING_RULE];
  it.each([
    ['2026-09-28', '2026-10-13', undefined], // day 15 is Tuesday 10-13, a working day
    ['2026-09-16', '2026-10-08', '2026-10-01'], // day 15 is 10-01, National Day → 10-08
    ['2026-02-05', '2026-02-24', '2026-02-20'], // day 15 is 02-20, Spring Festival → 02-24
    ['2026-10-10', '2026-10-26', '2026-10-25'], // day 15 is Sunday 10-25 → Monday
    ['2026-01-30', '2026-02-14', undefined], // day 15 is Saturday 02-14, a make-up working day: no roll
    ['2024-12-17', '2025-01-02', '2025-01-01'], // day 15 is New Year's Day 2025 → 01-02
  ])('verified %s → due %s', (start, expected, rolledFrom) => {
    const r = due(start, rules);
    expect(r.dueDate).toBe(expected);
    expect(r.explanation.rule?.rolledForward?.from).toBe(rolledFrom);
  });
});

describe('GDPR Art. 12(3): one month from receipt', () => {
  const gdpr = (date: string) =>
    computeDeadline(caseInput({ gdpr: true, receivedAt: at(date) }), calendar, DEFAULT_DEADLINE_RULES, date);
  it.each([
    ['2026-03-30', '2026-04-30'], // no 31 April… (30 April, a Thursday)
    ['2026-03-31', '2026-04-30'], // …so the month's last day
    ['2024-01-31', '2024-02-29'], // leap year (a Thursday)
    ['2026-01-31', '2026-03-02'], // 28 February is a Saturday: Reg. 1182/71 art. 3(4) rolls to Monday
    ['2026-01-15', '2026-02-24'], // a Sunday inside the Spring Festival holiday (02-15 to 02-23): the next working day
    ['2026-12-10', '2027-01-11'], // a Sunday
    ['2026-01-03', '2026-02-03'], // a Tuesday: not moved
  ])('received %s → due %s', (received, expected) => {
    expect(gdpr(received).dueDate).toBe(expected);
  });

  it('says why the date moved: Reg. 1182/71 art. 3(4), not the Civil Code', () => {
    // 2026-08-12 + one month = Saturday 09-12 → Monday 09-14
    const r = gdpr('2026-08-12');
    expect(r.dueDate).toBe('2026-09-14');
    expect(r.explanation.rule?.rolledForward).toMatchObject({ from: '2026-09-12', to: '2026-09-14', basis: 'reg-1182-71' });
    const lines = formatExplanation(r, 'en-US').map((l) => l.text);
    expect(lines).toContain(
      'The month ends on 2026-09-12, a Saturday, Sunday or public holiday, so the period ends at the end of the next working day, 2026-09-14 (Reg. (EEC, Euratom) 1182/71 art. 3(4), as the EDPB applies it to GDPR periods)',
    );
  });

  it('rolls over the configured public holidays', () => {
    // 2026-09-01 + one month = 10-01, National Day (10-01 to 10-07) → Thursday 10-08
    expect(gdpr('2026-09-01').dueDate).toBe('2026-10-08');
  });

  it('keeps a Saturday a rest day even when the mainland calendar makes it a 调休 working day', () => {
    // 2026-09-10 + one month = Saturday 10-10, a make-up working day in China → Monday 10-12
    expect(gdpr('2026-09-10').dueDate).toBe('2026-10-12');
  });

  it('shows the 30-day ceiling as a second line when it comes first', () => {
    // received Sunday 2026-03-01: one month is 04-01; 30 days is 03-31 (Tuesday)
    const r = gdpr('2026-03-01');
    expect(r.dueDate).toBe('2026-04-01');
    expect(r.ceilingDate).toBe('2026-03-31');
    expect(r.legalDueDate).toBe('2026-03-31');
    expect(r.explanation.ceiling?.governs).toBe(true);
  });

  it('does not show the ceiling when it comes later', () => {
    // 2026-03-31: one month is 04-30 (Thursday); 30 days is 04-30 too, so the ceiling does not come first
    const r = gdpr('2026-03-31');
    expect(r.ceilingDate).toBeUndefined();
    expect(r.legalDueDate).toBe('2026-04-30');
    expect(r.explanation.ceiling?.date).toBe('2026-04-30');
    expect(r.explanation.ceiling?.governs).toBe(false);
  });
});
