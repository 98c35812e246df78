import type { WorkingDayCalendar } from '../../../../shared/calendar';
import {
  computeDeadline,
  notificationKey,
  notificationText,
  notificationThresholdIds,
  notificationToSend,
  type DeadlineRule,
  type NotificationThreshold,
} from '../../../../shared/deadlines';
import type { Case } from '../../../../shared/domain/case';
import type { LocalDate } from '../../../../shared/domain/time';
import { translate } from '../../../../shared/i18n/messages';
import type { UiLocale } from '../../../../shared/platform/contract';

/**
 * Which desktop notifications to show today (SPEC §3): to the officer who
 * carries the case, at 5 and at 1 working day before its due date and once
 * it is overdue; none while the clock is paused; at most once per case and
 * threshold. Pure: the scheduler (reminderScheduler.ts) reads the store and
 * shows what this returns.
 */

/** A notification owed for one case. */
export interface Reminder {
  /** what it is recorded under once shown (notificationKey) */
  key: string;
  caseId: string;
  reference: string;
  threshold: NotificationThreshold;
  /** the date counted to: the earlier of the legal date and the internal target */
  dueDate: LocalDate;
}

const URGENCY: Record<NotificationThreshold, number> = { overdue: 0, 'one-working-day': 1, 'five-working-days': 2 };

/** The reminders owed today for the officer's running cases, most urgent first. */
export function remindersDue(
  cases: Iterable<Case>,
  context: { calendar: WorkingDayCalendar; rules: readonly DeadlineRule[] },
  officer: string,
  today: LocalDate,
  sent: Readonly<Record<string, string>>,
): Reminder[] {
  const due: Reminder[] = [];
  for (const c of cases) {
    // a paused clock sends nothing; a closed case has nothing left to remind of
    if (c.status !== 'open' || c.assignee !== officer) continue;
    const result = computeDeadline(c, context.calendar, context.rules, today, { brief: true });
    const date = result.effectiveDueDate;
    if (date === undefined) continue;
    const alreadySent = notificationThresholdIds.filter((threshold) => notificationKey(c.id, threshold, date) in sent);
    const threshold = notificationToSend(result, alreadySent);
    if (threshold) due.push({ key: notificationKey(c.id, threshold, date), caseId: c.id, reference: c.reference, threshold, dueDate: date });
  }
  return due.sort((a, b) => URGENCY[a.threshold] - URGENCY[b.threshold] || a.dueDate.localeCompare(b.dueDate) || a.reference.localeCompare(b.reference));
}

/** More than this many at once become one summary notification (a first start can find dozens). */
export const MAX_SINGLE_NOTIFICATIONS = 5;

export interface NotificationToShow {
  title: string;
  body: string;
  tag: string;
  /** the reminders it stands for, recorded as sent once it was shown */
  keys: string[];
}

/** The notifications for the reminders: the most urgent one by one, the rest in one summary. */
export function notificationsFor(reminders: readonly Reminder[], locale: UiLocale, today: LocalDate): NotificationToShow[] {
  const single = reminders.length > MAX_SINGLE_NOTIFICATIONS ? reminders.slice(0, MAX_SINGLE_NOTIFICATIONS - 1) : reminders;
  const shown: NotificationToShow[] = single.map((r) => ({ ...notificationText(locale, r.threshold, r.reference, r.dueDate), tag: r.key, keys: [r.key] }));
  const rest = reminders.slice(single.length);
  if (rest.length > 0) {
    shown.push({
      title: translate(locale, 'deadlines.dashboard.notifier.moreTitle', { count: rest.length }),
      body: translate(locale, 'deadlines.dashboard.notifier.moreBody'),
      tag: `deadline:summary:${today}`,
      keys: rest.map((r) => r.key),
    });
  }
  return shown;
}

/** The case a recorded key belongs to (`deadline:<caseId>:<threshold>:<date>`). */
function caseIdOfKey(key: string): string | undefined {
  const parts = key.split(':');
  return parts[0] === 'deadline' && parts.length === 4 ? parts[1] : undefined;
}

/**
 * The record without the keys of cases that are no longer live (closed or
 * gone), so it does not grow for ever; live cases keep theirs, whoever
 * carries them.
 */
export function pruneSent(sent: Readonly<Record<string, string>>, liveCaseIds: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(sent).filter(([key]) => {
      const caseId = caseIdOfKey(key);
      return caseId === undefined || liveCaseIds.has(caseId);
    }),
  );
}
