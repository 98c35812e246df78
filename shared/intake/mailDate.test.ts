import { describe, expect, it } from 'vitest';
import { parseMailDate, stripComments } from './mailDate';

describe('parseMailDate (RFC 5322 §3.3, §4.3)', () => {
  it.each([
    ['Mon, 02 Mar 2026 10:20:55 +0800', '2026-03-02T02:20:55.000Z'],
    ['Sat, 07 Mar 2026 00:30:15 +0800 (CST)', '2026-03-06T16:30:15.000Z'],
    ['Fri, 06 Mar 2026 08:30:10 -0800 (PST)', '2026-03-06T16:30:10.000Z'],
    ['2 Mar 2026 10:20 +0800', '2026-03-02T02:20:00.000Z'], // no weekday, no seconds
    ['Mon,  2 Mar 2026 10:20:55 +0800', '2026-03-02T02:20:55.000Z'],
    ['Mon, 2 Mar 26 10:20:55 +0800', '2026-03-02T02:20:55.000Z'], // two-digit year below 50: 20xx
    ['Tue, 3 Mar 98 10:00:00 GMT', '1998-03-03T10:00:00.000Z'],
    ['Tue, 3 Mar 2026 10:00:00 EST', '2026-03-03T15:00:00.000Z'],
    ['Tue, 3 Mar 2026 10:00:00 UT', '2026-03-03T10:00:00.000Z'],
    ['Tue, 3 Mar 2026 10:00:00 Z', '2026-03-03T10:00:00.000Z'],
    ['Tue, 3 Mar 2026 10:00:00 +05:30', '2026-03-03T04:30:00.000Z'],
    ['Tue, 3 March 2026 10:00:00 +0000', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03T10:00:00+08:00', '2026-03-03T02:00:00.000Z'], // ISO 8601 from a careless client
    ['2026-03-03 10:00:00Z', '2026-03-03T10:00:00.000Z'],
    ['Tue, 31 Dec 2024 23:59:60 +0000', '2024-12-31T23:59:59.000Z'], // a leap second is clamped
  ])('%s → %s', (raw, instant) => {
    expect(parseMailDate(raw)).toBe(instant);
  });

  it.each([
    ['no zone: the workstation zone would decide, so it is refused', 'Tue, 3 Mar 2026 10:00:00'],
    ['words', 'the third of March, early'],
    ['31 February', 'Tue, 31 Feb 2026 10:00:00 +0800'],
    ['hour 24', 'Tue, 3 Mar 2026 24:00:00 +0800'],
    ['unknown zone name', 'Tue, 3 Mar 2026 10:00:00 CEST'],
    ['empty', ''],
  ])('refuses %s', (_why, raw) => {
    expect(parseMailDate(raw)).toBeUndefined();
  });

  it('does not depend on the local time zone (the suite runs in Pacific/Honolulu)', () => {
    expect(new Date().getTimezoneOffset()).toBe(600);
    expect(parseMailDate('Mon, 02 Mar 2026 00:00:00 +0800')).toBe('2026-03-01T16:00:00.000Z');
  });
});

describe('stripComments', () => {
  it('removes nested comments and keeps escaped parentheses', () => {
    expect(stripComments('+0800 (CST (China))')).toBe('+0800 ');
    expect(stripComments('a \\( b (c)')).toBe('a \\( b ');
  });
});
