import ICAL from 'ical.js';
import type { Instant, LocalDate } from '../domain/time';

/**
 * Due dates as an iCalendar file for Outlook (SPEC §3), written by ical.js:
 * RFC 5545 with CRLF line ends, content lines folded by octets (never inside
 * a UTF-8 character), TEXT values escaped, one all-day VEVENT per case. Pure:
 * no DOM, no clock (the caller passes `now`).
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

export function eventUid(caseId: string): string {
  return `case-${caseId}@casedesk.solutioncl.com`;
}

const date = (day: LocalDate) => ICAL.Time.fromDateString(day);
const utc = (instant: Instant) => ICAL.Time.fromJSDate(new Date(instant), true);

function dayAfter(day: LocalDate): LocalDate {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function dueDatesIcs(events: readonly DueDateEvent[], options: IcsOptions): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', `-//Changlian//CaseDesk ${options.productVersion}//ZH`);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', options.calendarName);
  const stamp = utc(options.now);
  for (const event of events) {
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', eventUid(event.caseId));
    vevent.addPropertyWithValue('dtstamp', stamp);
    // an all-day event: DTEND is the day after (exclusive)
    vevent.addPropertyWithValue('dtstart', date(event.dueDate));
    vevent.addPropertyWithValue('dtend', date(dayAfter(event.dueDate)));
    vevent.addPropertyWithValue('summary', event.summary);
    if (event.description) vevent.addPropertyWithValue('description', event.description);
    if (event.updatedAt) vevent.addPropertyWithValue('last-modified', utc(event.updatedAt));
    // a due date is a reminder, not a meeting: it does not make the officer look busy
    vevent.addPropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(vevent);
  }
  // RFC 5545 3.1: 75 octets a line; ical.js counts the first line's 75 and then lets a continuation
  // carry its leading space on top, so it folds at 74 to keep every physical line within 75
  const previous = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = previous;
  }
}
