import type { CalendarDayEntry } from '../calendar/calendarData';
import { type DayNumber, daysFromCivil, daysInMonth, fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import type { WorkingDayCalendar } from '../calendar/workingDayCalendar';
import { type Instant, type LocalDate, SHANGHAI_OFFSET_MS } from '../domain/time';
import { type DeadlineRule, selectRules } from './deadlineRule';
import {
  type DeadlineExplanation,
  type DeadlineInput,
  type DeadlineResult,
  type DeadlineState,
  type DeadlineWarning,
  DUE_SOON_WORKING_DAYS,
  type ExtensionExplanation,
  type PauseExplanation,
  type RollForward,
} from './deadlineResult';
import { type CountedPeriod, type PauseSpan, countPeriod } from './periodCount';

const DAY_MS = 86_400_000;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):\d{2}/;

/** The Shanghai day of an instant (fixed UTC+8: the workstation's zone plays no part). */
export function shanghaiDay(instant: Instant): DayNumber {
  const m = ISO_DATE_TIME.exec(instant);
  if (m) {
    const [year, month, date, hour] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    // Date.parse would turn 30 February into 2 March
    if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month) || hour > 23) {
      throw new RangeError(`not an instant: ${instant}`);
    }
    // Fast path for the stored UTC form (`2026-09-28T01:30:00.000Z`): only the day and hour matter.
    if (instant.endsWith('Z')) {
      const day = daysFromCivil(year, month, date);
      return hour >= 16 ? day + 1 : day; // 16:00 UTC is midnight in Shanghai
    }
  }
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`);
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

interface RuleOutcome {
  rule: DeadlineRule;
  startInstant: Instant;
  start: DayNumber;
  countedAmount: number;
  period: CountedPeriod;
}

/** One rule's period for the case, or undefined while its start event has not happened. */
function runRule(
  calendar: WorkingDayCalendar,
  rule: DeadlineRule,
  input: DeadlineInput,
  spans: readonly PauseSpan[],
  extra: number,
): RuleOutcome | undefined {
  const startInstant = rule.startEvent === 'receipt' ? input.receivedAt : input.verifiedAt;
  if (startInstant === undefined) return undefined;
  const start = shanghaiDay(startInstant);
  const countedAmount = rule.amount + extra;
  if (rule.unit === 'hours') {
    // SPEC §5: hour clocks run continuously, holidays and pauses included
    const end = shanghaiDay(new Date(Date.parse(startInstant) + countedAmount * 3_600_000).toISOString());
    return { rule, startInstant, start, countedAmount, period: { end, pauseDaysAdded: spans.map(() => 0), pauseUnit: 'calendar-days' } };
  }
  return { rule, startInstant, start, countedAmount, period: countPeriod(calendar, start, rule.unit, countedAmount, spans) };
}

function rollForward(calendar: WorkingDayCalendar, period: CountedPeriod): RollForward | undefined {
  if (period.unrolledEnd === undefined) return undefined;
  const holidays = calendar
    .specialDaysIn(period.unrolledEnd - 1, period.end - 1)
    .filter((s) => s.kind === 'holiday')
    .map((s) => s.entry);
  return { from: fromDayNumber(period.unrolledEnd), to: fromDayNumber(period.end), basis: period.rollBasis ?? 'civil-code-203', holidays };
}

const minDay = (...days: (DayNumber | undefined)[]): DayNumber | undefined =>
  days.reduce<DayNumber | undefined>((m, d) => (d === undefined ? m : m === undefined ? d : Math.min(m, d)), undefined);

export interface ComputeOptions {
  /** leave out the holidays crossed and other detail (recomputing many cases) */
  brief?: boolean;
}

/**
 * The deadline of one case on one calendar under the rules in force, as of
 * `today` (a Shanghai date). Pure: the same input gives the same answer on
 * any workstation, whatever its time zone.
 *
 * Decisions the SPEC leaves open, made here:
 * - Before identity verification a rule that starts at verification has no
 *   due date yet; the ceiling from receipt still runs and is the binding
 *   date. The state is `not-started` while the ceiling is comfortably away,
 *   and becomes due-soon / due-today / overdue as it approaches, so a case
 *   cannot hide in "not started" past its ceiling.
 * - A running pause is assumed to end today: the due date shown is the one
 *   the case would have if the requester answered today, and the working
 *   days left stay as they were when the clock stopped.
 * - Closed on time / late is judged against the legal date (rule or
 *   ceiling), never against the internal target.
 * - Open states and working days left count to the effective date (the
 *   earlier of the legal date and the target), which the dashboard shows.
 */
export function computeDeadline(
  input: DeadlineInput,
  calendar: WorkingDayCalendar,
  rules: readonly DeadlineRule[],
  today: LocalDate,
  options: ComputeOptions = {},
): DeadlineResult {
  const todayDay = toDayNumber(today);
  const warnings: DeadlineWarning[] = [];
  const { primary, ceiling } = selectRules(input, rules);
  const received = shanghaiDay(input.receivedAt);
  const closed = input.status === 'closed';
  if (closed && !input.closedAt) warnings.push({ code: 'closed-without-date' });
  const closeDay = closed ? (input.closedAt ? shanghaiDay(input.closedAt) : todayDay) : undefined;
  if (input.verifiedAt && shanghaiDay(input.verifiedAt) < received) warnings.push({ code: 'verified-before-receipt' });

  // Pauses as spans (from, to]; a running one ends today (or on the day the case closed).
  let running: { from: DayNumber } | undefined;
  const spans: PauseSpan[] = input.pauses.map((p) => {
    const from = toDayNumber(p.from);
    if (p.to !== undefined) return { from, to: Math.max(from, toDayNumber(p.to)) };
    if (!running || from > running.from) running = { from };
    return { from, to: Math.max(from, closeDay ?? todayDay) };
  });
  const sortedSpans = [...spans].sort((a, b) => a.from - b.from);
  if (sortedSpans.some((s, i) => i > 0 && s.from < (sortedSpans[i - 1]?.to ?? s.from))) warnings.push({ code: 'pauses-overlap' });
  if (running && !closed) warnings.push({ code: 'pause-running' });

  // The case's own rule, with its extensions.
  const extra = input.extensions.reduce((sum, e) => sum + e.amount, 0);
  const main = primary ? runRule(calendar, primary, input, spans, extra) : undefined;
  const notStarted = primary !== undefined && main === undefined;
  if (notStarted) warnings.push({ code: 'awaiting-verification' });
  if (primary && input.extensions.length > 0) {
    if (!primary.extension) warnings.push({ code: 'extension-not-in-rule' });
    else if (extra > primary.extension.maxAmount) warnings.push({ code: 'extension-over-limit' });
  }
  // GDPR Art. 12(3): the extension notice is due within the first period, i.e. by the unextended end.
  const firstPeriod = main && primary?.extension?.noticeWithinFirstPeriod ? (extra === 0 ? main : runRule(calendar, primary, input, spans, 0)) : undefined;
  const noticeBy = firstPeriod?.period.end;

  const ceilingRun = ceiling ? runRule(calendar, ceiling, input, spans, 0) : undefined;
  if (!primary && !ceilingRun) warnings.push({ code: 'no-rule' });

  const due = main?.period.end;
  const ceilingEnd = ceilingRun?.period.end;
  const ceilingGoverns = ceilingEnd !== undefined && (due === undefined || ceilingEnd < due);
  const legal = minDay(due, ceilingEnd);
  const target = input.targetDate !== undefined ? toDayNumber(input.targetDate) : undefined;
  const effective = minDay(legal, target);

  // State.
  let state: DeadlineState;
  let workingDaysLeft: number | undefined;
  if (closeDay !== undefined) {
    state = legal === undefined || closeDay <= legal ? 'closed-on-time' : 'closed-late';
  } else {
    workingDaysLeft = effective === undefined ? undefined : calendar.workingDaysIn(todayDay, effective);
    const urgency: DeadlineState =
      effective === undefined || workingDaysLeft === undefined
        ? 'on-track'
        : todayDay > effective
          ? 'overdue'
          : todayDay === effective
            ? 'due-today'
            : workingDaysLeft <= DUE_SOON_WORKING_DAYS
              ? 'due-soon'
              : 'on-track';
    if (input.stage === 'answered' && input.status === 'open') {
      // the answer went out: what is left is closing the file, not a deadline to miss (issue 14)
      state = 'answered';
    } else if (running) {
      // a pause cannot rescue a date that had already passed when the clock stopped
      state = effective !== undefined && effective <= running.from && todayDay > effective ? 'overdue' : 'paused';
    } else if (notStarted) {
      state = urgency === 'on-track' ? 'not-started' : urgency;
    } else {
      state = urgency;
    }
  }

  // Years the answer rests on without a published schedule.
  const lastDay = Math.max(due ?? received, ceilingEnd ?? received, closeDay ?? todayDay);
  const unpublishedYears = calendar.unpublishedYearsIn(Math.min(received, main?.start ?? received), lastDay);
  if (unpublishedYears.length > 0) warnings.push({ code: 'unpublished-year', years: unpublishedYears });

  const extensionNotes: ExtensionExplanation[] = input.extensions.map((e) => {
    const recordedOn = shanghaiDay(e.at);
    const noticeLate = noticeBy !== undefined && recordedOn > noticeBy;
    if (noticeLate) warnings.push({ code: 'extension-notice-late', date: fromDayNumber(recordedOn) });
    return {
      id: e.id,
      amount: e.amount,
      unit: primary?.unit ?? 'working-days',
      reason: e.reason,
      recordedOn: fromDayNumber(recordedOn),
      ...(noticeBy !== undefined ? { noticeBy: fromDayNumber(noticeBy) } : {}),
      noticeLate,
    };
  });

  const pauseNotes: PauseExplanation[] = input.pauses.map((p, i) => ({
    id: p.id,
    from: p.from,
    ...(p.to !== undefined ? { to: p.to } : {}),
    running: p.to === undefined,
    reason: p.reason,
    daysAdded: main?.period.pauseDaysAdded[i] ?? 0,
    dayUnit: main?.period.pauseUnit ?? 'working-days',
  }));

  const explanation: DeadlineExplanation = {
    calendarVersion: calendar.version,
    pauses: pauseNotes,
    extensions: extensionNotes,
    unpublishedYears,
    warnings,
    ...(input.targetDate !== undefined ? { targetDate: input.targetDate } : {}),
  };
  if (primary) {
    const holidaysCrossed: CalendarDayEntry[] = [];
    const makeUpDaysCrossed: CalendarDayEntry[] = [];
    if (main && primary.unit === 'working-days' && !options.brief) {
      for (const s of calendar.specialDaysIn(main.start, main.period.end)) {
        (s.kind === 'holiday' ? holidaysCrossed : makeUpDaysCrossed).push(s.entry);
      }
    }
    const rolled = main && !options.brief ? rollForward(calendar, main.period) : undefined;
    explanation.rule = {
      ruleId: primary.id,
      source: primary.source,
      unit: primary.unit,
      amount: primary.amount,
      countedAmount: primary.amount + extra,
      startEvent: primary.startEvent,
      ...(main ? { startInstant: main.startInstant, startDate: fromDayNumber(main.start), dueDate: fromDayNumber(main.period.end) } : {}),
      holidaysCrossed,
      makeUpDaysCrossed,
      ...(rolled ? { rolledForward: rolled } : {}),
    };
  }
  if (ceilingRun) {
    const rolled = options.brief ? undefined : rollForward(calendar, ceilingRun.period);
    explanation.ceiling = {
      ruleId: ceilingRun.rule.id,
      source: ceilingRun.rule.source,
      unit: ceilingRun.rule.unit,
      amount: ceilingRun.rule.amount,
      startDate: fromDayNumber(ceilingRun.start),
      date: fromDayNumber(ceilingRun.period.end),
      ...(rolled ? { rolledForward: rolled } : {}),
      governs: ceilingGoverns,
    };
  }

  const result: DeadlineResult = { state, provisional: notStarted || (running !== undefined && !closed), explanation };
  if (due !== undefined) result.dueDate = fromDayNumber(due);
  if (ceilingGoverns && ceilingEnd !== undefined) result.ceilingDate = fromDayNumber(ceilingEnd);
  if (legal !== undefined) result.legalDueDate = fromDayNumber(legal);
  if (input.targetDate !== undefined) result.targetDate = input.targetDate;
  if (effective !== undefined) result.effectiveDueDate = fromDayNumber(effective);
  if (workingDaysLeft !== undefined) result.workingDaysLeft = workingDaysLeft;
  if (noticeBy !== undefined) result.extensionNoticeBy = fromDayNumber(noticeBy);
  return result;
}
