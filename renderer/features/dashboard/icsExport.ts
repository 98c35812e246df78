import type { Instant, LocalDate } from '../../../shared/domain/time';

/**
 * Due dates as an iCalendar file for Outlook (SPEC §3), written to RFC 5545:
 * CRLF line ends, content lines folded at 75 octets (never inside a UTF-8
 * character), TEXT values escaped, one all-day VEVENT per case. Pure: no DOM,
 * no clock (the caller passes `now`).
 *
 * The UID is derived from the case id alone, so importing a newer export
 * updates the same event instead of adding a second one when a date moved.
 */

export interface DueDateEvent {
  caseId: string;
  dueDate: LocalDate;
  summary: string;
  description?: string;
  /** when the case last changed (LAST-MODIFIED) */
  updatedAt?: Instant;
}

export interface IcsOptions {
  calendarName: string;
  /** DTSTAMP of every event: when the file was written */
  now: Instant;
  productVersion: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** RFC 5545 3.1: lines longer than 75 octets continue on the next line after one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // a continuation line starts with the space, which counts towards its 75 octets
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basicDate = (date: LocalDate) => date.replaceAll('-', '');

function dayAfter(date: LocalDate): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** `2026-11-29T04:19:00.000Z` → `20261129T041900Z` (UTC form). */
function basicDateTime(instant: Instant): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function eventUid(caseId: string): string {
  return `case-${caseId}@casedesk.solutioncl.com`;
}

export function dueDatesIcs(events: readonly DueDateEvent[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Changlian//CaseDesk ${options.productVersion}//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  const stamp = basicDateTime(options.now);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(event.caseId)}`,
      `DTSTAMP:${stamp}`,
      // an all-day event: DTEND is the day after (exclusive)
      `DTSTART;VALUE=DATE:${basicDate(event.dueDate)}`,
      `DTEND;VALUE=DATE:${basicDate(dayAfter(event.dueDate))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.updatedAt ? [`LAST-MODIFIED:${basicDateTime(event.updatedAt)}`] : []),
      // a due date is a reminder, not a meeting: it does not make the officer look busy
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
