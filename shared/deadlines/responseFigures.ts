import { sha256Hex } from '../audit/chain';
import type { CalendarData } from '../calendar/calendarData';
import { toDayNumber } from '../calendar/dayNumber';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import type { Case } from '../domain/case';
import { shanghaiDate, type LocalDate } from '../domain/time';
import { shanghaiDay } from './computeDeadline';
import { selectRules, type DeadlineRule } from './deadlineRule';

/**
 * The monthly figures for management (SPEC §3): for this month and each of
 * the 12 before it, how many cases closed, the share closed on time, and the
 * median working days the team took to respond.
 *
 * - A month is a Shanghai calendar month of the closing date.
 * - On time: closed on or before the stored legal due date (Case.dueDate),
 *   the very test the engine applies for "closed on time" (never against an
 *   internal target). A case without a due date cannot be late.
 * - Working days to respond are counted from the day the case's clock
 *   started to the day it closed, the start day not counted (民法典 201, as
 *   for the deadline itself), less the working days the clock stood paused
 *   waiting for the requester. The clock starts where the case's rule says:
 *   at identity verification for rights requests and complaints (policy 4.6),
 *   at receipt for GDPR requests and IP notices; a case closed without ever
 *   being verified (withdrawn, unanswered) counts from receipt. So the
 *   median is the team's own handling time, on the same footing as the
 *   15-working-day rule it is measured against.
 *
 * The figures are kept as one tally per month (`MonthTally`): the count of
 * closed cases, of those on time, and how many took each number of working
 * days. A median is exact from such a histogram, and a case closing,
 * reopening or changing adds to or takes from its month's tally alone, so the
 * dashboard never reads the closed cases themselves (renderer/db keeps the
 * tallies as cases are written).
 */

/** `YYYY-MM` */
export type Month = string;

export interface MonthFigures {
  month: Month;
  closed: number;
  onTime: number;
  /** onTime / closed, absent when nothing closed */
  onTimeRate?: number;
  /** absent when nothing closed */
  medianWorkingDays?: number;
  /** the current month: figures so far */
  partial: boolean;
}

/** The `count` months ending with today's, oldest first. */
export function monthsEnding(today: LocalDate, count: number): Month[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months: Month[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

export function monthAfter(month: Month): Month {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

export function closedOnTime(c: Pick<Case, 'closedAt' | 'dueDate'>): boolean {
  return c.dueDate === undefined || c.closedAt === undefined || shanghaiDate(c.closedAt) <= c.dueDate;
}

/** The day the case's clock started (see above). */
function clockStart(c: Case, rules: readonly DeadlineRule[]): number {
  const rule = selectRules(c, rules).primary;
  const fromVerification = rule?.startEvent === 'identity-verified' && c.verifiedAt !== undefined;
  return shanghaiDay(fromVerification ? c.verifiedAt! : c.receivedAt);
}

/** Working days from the clock's start to closing, pauses left out. */
export function workingDaysToRespond(c: Case, calendar: WorkingDayCalendar, rules: readonly DeadlineRule[]): number {
  if (!c.closedAt) return 0;
  const start = clockStart(c, rules);
  const close = shanghaiDay(c.closedAt);
  if (close <= start) return 0;
  // pause spans (from, to] clipped to (start, close], merged so an overlap is not taken off twice
  const spans = c.pauses
    .map((p) => ({ from: Math.max(start, toDayNumber(p.from)), to: Math.min(close, p.to ? toDayNumber(p.to) : close) }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  let paused = 0;
  let reach = start;
  for (const s of spans) {
    const from = Math.max(s.from, reach);
    if (s.to > from) {
      paused += calendar.workingDaysIn(from, s.to);
      reach = s.to;
    }
  }
  return Math.max(0, calendar.workingDaysIn(start, close) - paused);
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What one closed case adds to the tally of the month it closed in. */
export interface ClosingFacts {
  month: Month;
  onTime: boolean;
  workingDays: number;
}

/** The facts of a closed case; undefined for a case that is not closed. */
export function closingFacts(c: Case, calendar: WorkingDayCalendar, rules: readonly DeadlineRule[]): ClosingFacts | undefined {
  if (c.status !== 'closed' || !c.closedAt) return undefined;
  return { month: shanghaiDate(c.closedAt).slice(0, 7), onTime: closedOnTime(c), workingDays: workingDaysToRespond(c, calendar, rules) };
}

/**
 * A month's tally. `basis` names the calendar and rules its working days were
 * counted under (`figuresBasis`): a tally on another basis is stale and is
 * counted again from that month's cases.
 */
export interface MonthTally {
  month: Month;
  basis: string;
  closed: number;
  onTime: number;
  /** working days to respond → how many cases took that many */
  days: Record<string, number>;
}

/** The calendar's days and the rules, digested: what working days to respond depend on. */
export function figuresBasis(calendarData: Pick<CalendarData, 'years'>, rules: readonly DeadlineRule[]): string {
  return sha256Hex(JSON.stringify({ years: calendarData.years, rules })).slice(0, 32);
}

export function emptyTally(month: Month, basis: string): MonthTally {
  return { month, basis, closed: 0, onTime: 0, days: {} };
}

/** Adds (sign 1) or takes away (sign -1) one case's facts; the tally must be of the facts' month. */
export function applyFacts(tally: MonthTally, facts: ClosingFacts, sign: 1 | -1): void {
  tally.closed += sign;
  if (facts.onTime) tally.onTime += sign;
  const key = String(facts.workingDays);
  const left = (tally.days[key] ?? 0) + sign;
  if (left === 0) delete tally.days[key];
  else tally.days[key] = left;
}

/** A tally that went below zero somewhere cannot be trusted (it missed a write): count it again. */
export function tallyIsConsistent(tally: MonthTally): boolean {
  if (tally.closed < 0 || tally.onTime < 0 || tally.onTime > tally.closed) return false;
  let sum = 0;
  for (const n of Object.values(tally.days)) {
    if (n < 0) return false;
    sum += n;
  }
  return sum === tally.closed;
}

/** The median of a histogram (value → count), exact. */
export function medianOfCounts(counts: Readonly<Record<string, number>>): number | undefined {
  const entries = Object.entries(counts)
    .map(([value, n]) => [Number(value), n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return undefined;
  // the values at positions lower and upper (0-based) of the sorted list
  const lower = (total - 1) >> 1;
  const upper = total >> 1;
  let seen = 0;
  let low: number | undefined;
  for (const [value, n] of entries) {
    if (low === undefined && lower < seen + n) low = value;
    if (upper < seen + n) return (low! + value) / 2;
    seen += n;
  }
  return low;
}

export function figuresOfTally(tally: Pick<MonthTally, 'closed' | 'onTime' | 'days'> | undefined, month: Month, partial: boolean): MonthFigures {
  const closed = tally?.closed ?? 0;
  const onTime = tally?.onTime ?? 0;
  const figures: MonthFigures = { month, closed, onTime, partial };
  if (tally && closed > 0) {
    figures.onTimeRate = onTime / closed;
    figures.medianWorkingDays = medianOfCounts(tally.days)!;
  }
  return figures;
}

/** The tallies of the given months from the closed cases among `cases`. */
export function tallyCases(cases: Iterable<Case>, calendar: WorkingDayCalendar, rules: readonly DeadlineRule[], months: readonly Month[], basis: string): Map<Month, MonthTally> {
  const tallies = new Map<Month, MonthTally>(months.map((m) => [m, emptyTally(m, basis)]));
  for (const c of cases) {
    let facts: ClosingFacts | undefined;
    try {
      facts = closingFacts(c, calendar, rules);
    } catch {
      // a case whose dates do not parse cannot be counted; the store's schema keeps such cases out, this is a fence
      continue;
    }
    const tally = facts && tallies.get(facts.month);
    if (facts && tally) applyFacts(tally, facts, 1);
  }
  return tallies;
}

/** The figures of the given months from the closed cases among `cases` (the last month is the running one). */
export function monthlyFigures(cases: Iterable<Case>, calendar: WorkingDayCalendar, rules: readonly DeadlineRule[], months: readonly Month[]): MonthFigures[] {
  const tallies = tallyCases(cases, calendar, rules, months, '');
  const current = months.at(-1);
  return months.map((month) => figuresOfTally(tallies.get(month), month, month === current));
}
