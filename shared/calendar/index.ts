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
export { importHolidayIcs, parseHolidayIcs, type IcsImportOptions, type IcsSchedule } from './icsImport';
export { festivalName } from './festivalNames';
export { type DayNumber, toDayNumber, fromDayNumber, isLocalDate } from './dayNumber';
