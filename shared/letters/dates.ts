import { shanghaiDateTime, type Instant, type LocalDate } from '../domain/time';
import type { LetterLanguage } from './content';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A day as a letter prints it: `2026年9月28日` in Chinese (no leading zeros,
 * as in the policy's own 2024年8月1日) and `28 September 2026` in English.
 * From the day's digits, never through `Date` in the workstation's zone.
 */
export function formatLetterDate(date: LocalDate, language: LetterLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${date}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return language === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A moment in Shanghai wall-clock time with its offset: `2026-09-28 10:30 (UTC+8)`. */
export function formatLetterTime(instant: Instant | number): string {
  return `${shanghaiDateTime(instant)} (UTC+8)`;
}
