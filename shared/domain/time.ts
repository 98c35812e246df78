import { z } from 'zod';

/**
 * Two kinds of time, never mixed:
 * - an Instant: a moment, stored as an ISO-8601 UTC string (`2026-09-28T01:30:00.000Z`);
 * - a LocalDate: a calendar day in Asia/Shanghai (`2026-09-28`), what deadlines count in.
 * Asia/Shanghai has been UTC+8 without daylight saving since 1991, so the
 * conversion is a fixed offset and does not depend on the workstation's zone.
 */
export type Instant = string;
export type LocalDate = string;

export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export const instantSchema = z.iso.datetime({ offset: false });

export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');

export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The Shanghai calendar day an instant falls on. */
export function shanghaiDate(instant: Instant | number): LocalDate {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2026-09-28 09:30` in Shanghai wall-clock time. */
export function shanghaiDateTime(instant: Instant | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant of a Shanghai wall-clock time (`2026-09-28`, `09:30`). */
export function instantFromShanghai(date: LocalDate, time = '00:00'): Instant {
  return new Date(Date.parse(`${date}T${time}:00.000Z`) - SHANGHAI_OFFSET_MS).toISOString();
}

/** Today in Shanghai, given the current instant (pass the clock in; tests fix it). */
export function todayInShanghai(nowMs: number): LocalDate {
  return shanghaiDate(nowMs);
}
