import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dueDatesIcs, eventUid } from './icsExport';

describe('the .ics of due dates', () => {
  const events = [
    { caseId: 'c-1', dueDate: '2026-12-31', summary: 'CL-2026-0101 查阅 到期', description: '承办人：王敏\n法定期限：2026-12-31', updatedAt: '2026-11-02T03:04:05.000Z' },
    // long enough to fold several times, with commas, semicolons, a backslash and a character outside the BMP
    { caseId: 'c-2', dueDate: '2026-10-23', summary: `CL-2026-0102 ${'近亲属行使权利；删除, 更正\\ '.repeat(4)}𠀀到期` },
  ];
  const ics = dueDatesIcs(events, { calendarName: 'CaseDesk 案件到期日', now: '2026-11-30T02:00:00.000Z', productVersion: '0.1.0' });
  const physical = ics.split('\r\n');
  const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

  it('uses CRLF line ends only, and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line at 75 octets without splitting a character', () => {
    const encoder = new TextEncoder();
    for (const line of physical) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    // no lone surrogate: every piece is whole characters
    for (const line of physical) expect(line).toBe(new TextDecoder().decode(encoder.encode(line)));
  });

  it('is one calendar of all-day events with a stable UID per case', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Changlian//CaseDesk 0.1.0//ZH');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    // the year's last day ends on the next year's first (DTEND is exclusive)
    expect(lines).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270101', 'DTSTART;VALUE=DATE:20261023', 'DTEND;VALUE=DATE:20261024']));
    expect(lines.filter((l) => l === 'DTSTAMP:20261130T020000Z')).toHaveLength(2);
    expect(lines).toContain('LAST-MODIFIED:20261102T030405Z');
    expect(lines).toContain(`UID:${eventUid('c-1')}`);
    // a later export of the same case with a moved date keeps its UID (Outlook updates the event)
    const later = unfold(dueDatesIcs([{ ...events[0]!, dueDate: '2027-01-04' }], { calendarName: 'x', now: '2026-12-01T00:00:00.000Z', productVersion: '0.1.0' }));
    expect(later).toContain(`UID:${eventUid('c-1')}`);
    expect(eventUid('c-1')).not.toBe(eventUid('c-2'));
  });

  it('escapes TEXT values, which a reader gets back exactly', () => {
    const lines = unfold(ics);
    expect(lines).toContain('SUMMARY:CL-2026-0101 查阅 到期');
    expect(lines).toContain('DESCRIPTION:承办人：王敏\\n法定期限：2026-12-31');
    const read = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const summaries = read.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'));
    expect(summaries).toEqual(events.map((e) => e.summary));
    expect(read.getFirstPropertyValue('x-wr-calname')).toBe('CaseDesk 案件到期日');
  });
});
