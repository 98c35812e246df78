import type { LocalDate } from '../domain/time';

/**
 * Calendar arithmetic on whole days, without `Date` objects or the
 * workstation's time zone: a LocalDate (`2026-10-01`, a day in Asia/Shanghai)
 * is turned into a day number (days since 1970-01-01), counted on, and turned
 * back. The dashboard recomputes tens of thousands of deadlines at once, so
 * these are the hot path and avoid allocation where they can.
 */
export type DayNumber = number;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of daysFromCivil. */
export function civilFromDays(n: DayNumber): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a LocalDate; a RangeError for anything that is not a real `YYYY-MM-DD` date. */
export function toDayNumber(date: LocalDate): DayNumber {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`not a LocalDate (YYYY-MM-DD): ${date}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a real calendar date: ${date}`);
  }
  return daysFromCivil(year, month, day);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function fromDayNumber(n: DayNumber): LocalDate {
  const { year, month, day } = civilFromDays(n);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function isWeekend(n: DayNumber): boolean {
  const w = weekdayOf(n);
  return w === 0 || w === 6;
}

export function yearOf(n: DayNumber): number {
  return civilFromDays(n).year;
}

/**
 * The same day `months` months later, or that month's last day where it has
 * no such day (GDPR Art. 12(3) read with Regulation 1182/71 Art. 3(2)(c):
 * 31 January + 1 month = 28/29 February).
 */
export function addCalendarMonths(n: DayNumber, months: number): DayNumber {
  const { year, month, day } = civilFromDays(n);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const mo = index - y * 12 + 1;
  return daysFromCivil(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** Whether a string is a LocalDate of a real day (no exception). */
export function isLocalDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}
