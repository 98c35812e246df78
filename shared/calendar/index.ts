/**
 * The mainland working-day calendar (SPEC §3): data format, the shipped
 * schedules, look-ups and counting, .ics import, single-day edits, and the
 * preview of a change.
 */
export * from './calendarData';
export { SHIPPED_CALENDAR_DATA } from './shippedCalendarData';
export { WorkingDayCalendar, type SpecialDay } from './workingDayCalendar';
export * from './workingDays';
export * from './calendarValidation';
export * from './calendarEdits';
export * from './calendarDiff';
// the .ics reader and writer (ical.js) are imported from './icsImport' and './icsExport' directly,
// so that the pages that never read or write a calendar file do not load ical.js
export { festivalName } from './festivalNames';
export { type DayNumber, toDayNumber, fromDayNumber, isLocalDate } from './dayNumber';
