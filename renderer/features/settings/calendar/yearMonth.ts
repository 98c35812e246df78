import type { LocalDate } from '../../../../shared/domain/time';

/** The month a calendar view shows. */
export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** The month `by` months after (or before, when negative) `at`. */
export function shiftMonth(at: YearMonth, by: number): YearMonth {
  const index = at.year * 12 + (at.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month of a date, or of a `YYYY-MM` key. */
export function monthOf(date: LocalDate | string): YearMonth {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}
