import { z } from 'zod';
import { localDateSchema } from '../domain/time';

/**
 * Our own format for the mainland working-day calendar: per year, the
 * statutory holidays (法定节假日, days off) and the make-up working days
 * (调休上班, weekend days that are worked) announced by the State Council's
 * yearly notice (国务院办公厅关于某年部分节假日安排的通知). A day not listed
 * is a working day Monday to Friday and a rest day on Saturday and Sunday.
 *
 * It is data we commit and version ourselves, so that a package update or a
 * feed can never silently move a legal deadline: every change goes through
 * import or edit, validation, a preview, and a new `version`.
 */
export const holidayNameSchema = z.object({
  zh: z.string().min(1).max(100),
  en: z.string().min(1).max(100),
});
export type HolidayName = z.infer<typeof holidayNameSchema>;

export const calendarDayEntrySchema = z.object({
  date: localDateSchema,
  /** the festival the day belongs to (a make-up day names the holiday it makes up for) */
  name: holidayNameSchema,
});
export type CalendarDayEntry = z.infer<typeof calendarDayEntrySchema>;

export const calendarYearSchema = z.object({
  /**
   * true once the State Council's notice for the year is in. A year entered
   * by hand ahead of the notice stays `false`, and deadlines touching it keep
   * the "schedule not yet published" warning.
   */
  published: z.boolean(),
  holidays: z.array(calendarDayEntrySchema).max(366),
  /** 调休: weekend days that are working days */
  makeUpWorkdays: z.array(calendarDayEntrySchema).max(366),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;

export const calendarYearKeySchema = z.string().regex(/^\d{4}$/, 'YYYY');

export const calendarDataSchema = z.object({
  /** `<latest published year>.<revision>`, e.g. `2026.1`; shown on every deadline explanation */
  version: z.string().min(1).max(100),
  /** where the data came from (package and notices, or the imported file) */
  source: z.string().max(500),
  years: z.record(calendarYearKeySchema, calendarYearSchema),
});
export type CalendarData = z.infer<typeof calendarDataSchema>;

/** What a single day is, once weekends and the year's schedule are taken into account. */
export const dayKindIds = ['workday', 'rest-day', 'holiday', 'make-up-workday'] as const;
export type DayKind = (typeof dayKindIds)[number];
