import type { CalendarDayEntry } from '../calendar/calendarData';
import type { CalendarIssue } from '../calendar/calendarValidation';
import { toDayNumber, weekdayOf } from '../calendar/dayNumber';
import type { LocalDate } from '../domain/time';
import { citationText } from '../i18n/citation';
import { type TextKey, type TextParams, translate } from '../i18n/messages';
import type { UiLocale } from '../platform/contract';
import type { DeadlineUnit } from './deadlineRule';
import type { DeadlineResult, DeadlineState, DeadlineWarning } from './deadlineResult';

/**
 * "Why is the due date this day?" in the user's language: one line per fact
 * of the explanation, in reading order. `kind` lets the screen style a line
 * (a warning in amber, the due date in bold) without parsing its text.
 */
export type ExplanationLineKind =
  | 'rule'
  | 'start'
  | 'holiday'
  | 'make-up-day'
  | 'pause'
  | 'extension'
  | 'roll-forward'
  | 'due'
  | 'ceiling'
  | 'target'
  | 'calendar'
  | 'warning';

export interface ExplanationLine {
  kind: ExplanationLineKind;
  text: string;
}

const KNOWN_RULES = ['gdpr', 'rights-request', 'complaint', 'ip-notice', 'ceiling'] as const;

function ruleName(locale: UiLocale, id: string, source: string): string {
  const known = KNOWN_RULES.find((k) => k === id);
  return known ? translate(locale, `deadlines.rule.${known}`) : citationText(source, locale);
}

function amountText(locale: UiLocale, unit: DeadlineUnit, n: number): string {
  return translate(locale, `deadlines.unit.${unit}`, { n });
}

function festival(locale: UiLocale, entry: CalendarDayEntry): string {
  return locale === 'zh-CN' ? entry.name.zh : entry.name.en;
}

interface HolidayBlock {
  from: LocalDate;
  to: LocalDate;
  days: number;
  names: string[];
}

/** Consecutive holidays as one block (国庆节 10-01 至 10-07), as the notices state them. */
function holidayBlocks(locale: UiLocale, holidays: readonly CalendarDayEntry[]): HolidayBlock[] {
  const blocks: HolidayBlock[] = [];
  let previous: number | undefined;
  for (const h of holidays) {
    const day = toDayNumber(h.date);
    const name = festival(locale, h);
    const last = blocks[blocks.length - 1];
    if (last && previous === day - 1) {
      last.to = h.date;
      last.days++;
      if (!last.names.includes(name)) last.names.push(name);
    } else {
      blocks.push({ from: h.date, to: h.date, days: 1, names: [name] });
    }
    previous = day;
  }
  return blocks;
}

function holidayLines(locale: UiLocale, holidays: readonly CalendarDayEntry[]): ExplanationLine[] {
  const joiner = locale === 'zh-CN' ? '、' : ' & ';
  return holidayBlocks(locale, holidays).map((b) => ({
    kind: 'holiday',
    text:
      b.days === 1
        ? translate(locale, 'deadlines.explain.holiday', { name: b.names.join(joiner), date: b.from })
        : translate(locale, 'deadlines.explain.holidays', { name: b.names.join(joiner), from: b.from, to: b.to, days: b.days }),
  }));
}

function weekdayName(locale: UiLocale, date: LocalDate): string {
  const w = String(weekdayOf(toDayNumber(date))) as '0' | '1' | '2' | '3' | '4' | '5' | '6';
  return translate(locale, `deadlines.weekday.${w}`);
}

export function formatWarning(locale: UiLocale, warning: DeadlineWarning): string {
  const joiner = locale === 'zh-CN' ? '、' : ', ';
  return translate(locale, `deadlines.warning.${warning.code}`, {
    years: (warning.years ?? []).join(joiner),
    date: warning.date ?? '',
  });
}

/** The explanation of a computed deadline as localized lines. */
export function formatExplanation(result: DeadlineResult, locale: UiLocale): ExplanationLine[] {
  const { explanation: x } = result;
  const t = (key: TextKey, params?: TextParams) => translate(locale, key, params);
  const lines: ExplanationLine[] = [];
  const rule = x.rule;
  if (rule) {
    const startEvent = t(`deadlines.startEvent.${rule.startEvent}`);
    lines.push({
      kind: 'rule',
      text: t('deadlines.explain.rule', { rule: ruleName(locale, rule.ruleId, rule.source), source: citationText(rule.source, locale), startEvent, period: amountText(locale, rule.unit, rule.amount) }),
    });
    lines.push(
      rule.startDate !== undefined
        ? { kind: 'start', text: t('deadlines.explain.start', { date: rule.startDate, startEvent }) }
        : { kind: 'start', text: t('deadlines.explain.notStarted') },
    );
    lines.push(...holidayLines(locale, rule.holidaysCrossed));
    for (const m of rule.makeUpDaysCrossed) {
      lines.push({ kind: 'make-up-day', text: t('deadlines.explain.makeUpDay', { date: m.date, weekday: weekdayName(locale, m.date), name: festival(locale, m) }) });
    }
  }
  for (const p of x.pauses) {
    const added = amountText(locale, p.dayUnit, p.daysAdded);
    lines.push({
      kind: 'pause',
      text: p.running
        ? t('deadlines.explain.pauseRunning', { from: p.from, added, reason: p.reason })
        : t('deadlines.explain.pause', { from: p.from, to: p.to ?? '', added, reason: p.reason }),
    });
  }
  for (const e of x.extensions) {
    lines.push({ kind: 'extension', text: t('deadlines.explain.extension', { amount: amountText(locale, e.unit, e.amount), date: e.recordedOn, reason: e.reason }) });
    if (e.noticeLate && e.noticeBy) {
      lines.push({ kind: 'warning', text: t('deadlines.explain.extensionNoticeLate', { date: e.recordedOn, noticeBy: e.noticeBy }) });
    }
  }
  if (result.extensionNoticeBy !== undefined) {
    lines.push({ kind: 'extension', text: t('deadlines.explain.extensionNoticeBy', { date: result.extensionNoticeBy }) });
  }
  if (rule?.rolledForward) {
    lines.push({ kind: 'roll-forward', text: t(rollKey(rule.rolledForward), rollParams(rule.rolledForward)) });
  }
  if (result.dueDate !== undefined) lines.push({ kind: 'due', text: t('deadlines.explain.due', { date: result.dueDate }) });
  const c = x.ceiling;
  if (c && (c.governs || !rule)) {
    lines.push({
      kind: 'ceiling',
      text: t('deadlines.explain.ceiling', { rule: ruleName(locale, c.ruleId, c.source), period: amountText(locale, c.unit, c.amount), start: c.startDate, source: citationText(c.source, locale), date: c.date }),
    });
    if (c.rolledForward) lines.push({ kind: 'roll-forward', text: t(rollKey(c.rolledForward), rollParams(c.rolledForward)) });
    if (c.governs && rule?.dueDate !== undefined) lines.push({ kind: 'ceiling', text: t('deadlines.explain.ceilingGoverns', { date: c.date }) });
  }
  if (x.targetDate !== undefined) lines.push({ kind: 'target', text: t('deadlines.explain.target', { date: x.targetDate }) });
  lines.push({ kind: 'calendar', text: t('deadlines.explain.calendar', { version: x.calendarVersion }) });
  for (const w of x.warnings) {
    if (w.code === 'extension-notice-late') continue; // already said beside the extension
    lines.push({ kind: 'warning', text: formatWarning(locale, w) });
  }
  return lines;
}

function rollKey(roll: { basis: 'civil-code-203' | 'reg-1182-71' }): TextKey {
  return roll.basis === 'reg-1182-71' ? 'deadlines.explain.rolledForwardEu' : 'deadlines.explain.rolledForward';
}

function rollParams(roll: { from: LocalDate; to: LocalDate }): TextParams {
  return { from: roll.from, to: roll.to };
}

export function deadlineStateLabel(state: DeadlineState, locale: UiLocale): string {
  return translate(locale, `deadlines.state.${state}`);
}

/** "3 working days left" / "due today" / "2 working days overdue". */
export function workingDaysLeftLabel(result: DeadlineResult, locale: UiLocale): string | undefined {
  const n = result.workingDaysLeft;
  if (n === undefined) return undefined;
  if (result.state === 'overdue') {
    // the day after a Friday deadline is overdue with no working day passed yet
    return n === 0 ? translate(locale, 'deadlines.state.overdue') : translate(locale, 'deadlines.daysLeft.overdue', { n: Math.abs(n) });
  }
  if (result.state === 'due-today') return translate(locale, 'deadlines.daysLeft.today');
  return translate(locale, 'deadlines.daysLeft.left', { n });
}

/** A calendar validation or import problem in the user's language. */
export function formatCalendarIssue(issue: CalendarIssue, locale: UiLocale): string {
  return translate(locale, `deadlines.calendarIssue.${issue.code}`, { date: issue.date ?? '', year: issue.year ?? '', detail: issue.detail ?? '' });
}
