import type { CalendarDayEntry } from '../calendar/calendarData';
import type { Case } from '../domain/case';
import type { Instant, LocalDate } from '../domain/time';
import type { DeadlineUnit, StartEvent } from './deadlineRule';

/** What the engine reads from a case. */
export type DeadlineInput = Pick<
  Case,
  'requestType' | 'gdpr' | 'receivedAt' | 'verifiedAt' | 'pauses' | 'extensions' | 'targetDate' | 'status' | 'closedAt'
> &
  // optional: the engine reads it only to tell an answered case (已答复) from a running one
  Partial<Pick<Case, 'stage'>>;

export const deadlineStateIds = [
  'on-track',
  /** due within 3 working days */
  'due-soon',
  'due-today',
  'overdue',
  /** waiting for the requester; the due date is provisional */
  'paused',
  'closed-on-time',
  'closed-late',
  /** the case's clock starts at identity verification, which has not happened (the ceiling still runs) */
  'not-started',
  /** 已答复: the answer went out, the case awaits its closing; never overdue (issue 14) */
  'answered',
] as const;
export type DeadlineState = (typeof deadlineStateIds)[number];

/** SPEC §3: "due within 3 working days". */
export const DUE_SOON_WORKING_DAYS = 3;

export interface DeadlineResult {
  /** the due date under the case's own rule; absent before its clock starts or when no rule applies */
  dueDate?: LocalDate;
  /** the ceiling (30 calendar days from receipt), present when it comes before dueDate or there is none */
  ceilingDate?: LocalDate;
  /** the binding legal date: the earlier of dueDate and ceilingDate. Stored as Case.dueDate. */
  legalDueDate?: LocalDate;
  /** the team's own target, when the case has one */
  targetDate?: LocalDate;
  /** what the dashboard shows and counts down to: the earlier of legalDueDate and targetDate */
  effectiveDueDate?: LocalDate;
  /** working days from today to effectiveDueDate (today not counted); negative once passed */
  workingDaysLeft?: number;
  state: DeadlineState;
  /** the dates may still move: a pause is running (assumed to end today) or the clock has not started */
  provisional: boolean;
  /** GDPR Art. 12(3): the last day to tell the requester of an extension (end of the first month) */
  extensionNoticeBy?: LocalDate;
  explanation: DeadlineExplanation;
}

/** "Why is the due date this day?" as data; `formatExplanation` turns it into text. */
export interface DeadlineExplanation {
  calendarVersion: string;
  rule?: RuleExplanation;
  ceiling?: CeilingExplanation;
  pauses: PauseExplanation[];
  extensions: ExtensionExplanation[];
  targetDate?: LocalDate;
  /** years the dates depend on that have no published State Council schedule (counted on weekdays alone) */
  unpublishedYears: number[];
  warnings: DeadlineWarning[];
}

export interface RuleExplanation {
  ruleId: string;
  source: string;
  unit: DeadlineUnit;
  /** the rule's own amount */
  amount: number;
  /** amount plus extensions: what was counted */
  countedAmount: number;
  startEvent: StartEvent;
  /** absent while the start event has not happened */
  startInstant?: Instant;
  startDate?: LocalDate;
  /** holidays that did not count and make-up days (调休) that did, inside the period (working-day rules) */
  holidaysCrossed: CalendarDayEntry[];
  makeUpDaysCrossed: CalendarDayEntry[];
  /** 民法典 203: the last day counted fell on a non-working day and the period ends on the next working day */
  rolledForward?: RollForward;
  dueDate?: LocalDate;
}

export interface RollForward {
  from: LocalDate;
  to: LocalDate;
  /** 民法典 203 for days, Reg. 1182/71 art. 3(4) for a GDPR month */
  basis: 'civil-code-203' | 'reg-1182-71';
  /** the listed holidays between, if the day was not just a weekend */
  holidays: CalendarDayEntry[];
}

export interface CeilingExplanation {
  ruleId: string;
  source: string;
  unit: DeadlineUnit;
  amount: number;
  startDate: LocalDate;
  date: LocalDate;
  rolledForward?: RollForward;
  /** whether it comes before the case's own due date (and so is the binding date) */
  governs: boolean;
}

export interface PauseExplanation {
  id: string;
  from: LocalDate;
  /** the requester's answer; absent while the pause runs */
  to?: LocalDate;
  running: boolean;
  reason: string;
  /** days the pause moved the case's own due date by (0 when it lay outside the period) */
  daysAdded: number;
  dayUnit: 'working-days' | 'calendar-days';
}

export interface ExtensionExplanation {
  id: string;
  amount: number;
  unit: DeadlineUnit;
  reason: string;
  recordedOn: LocalDate;
  /** GDPR: the requester must be told by this day */
  noticeBy?: LocalDate;
  /** recorded after the notice-by day */
  noticeLate: boolean;
}

export const deadlineWarningCodes = [
  'unpublished-year',
  'pause-running',
  'awaiting-verification',
  'no-rule',
  'pauses-overlap',
  'extension-not-in-rule',
  'extension-over-limit',
  'extension-notice-late',
  'closed-without-date',
  'verified-before-receipt',
] as const;
export type DeadlineWarningCode = (typeof deadlineWarningCodes)[number];

export interface DeadlineWarning {
  code: DeadlineWarningCode;
  years?: number[];
  date?: LocalDate;
}
