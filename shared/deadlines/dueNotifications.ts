import type { LocalDate } from '../domain/time';
import { translate } from '../i18n/messages';
import type { UiLocale } from '../platform/contract';
import type { DeadlineResult } from './deadlineResult';

/**
 * SPEC §3: desktop notifications to the assignee at 5 and 1 working days
 * before the due date, and when overdue; none while paused; at most once per
 * case per threshold. The renderer asks `notificationToSend` each day and
 * records what it sent under `notificationKey`.
 */
export const notificationThresholdIds = ['overdue', 'one-working-day', 'five-working-days'] as const;
export type NotificationThreshold = (typeof notificationThresholdIds)[number];

/** The thresholds a case has reached today, most urgent first. */
export function reachedThresholds(result: DeadlineResult): NotificationThreshold[] {
  // answered (已答复): the answer went out, nothing is due any more (issue 14)
  if (result.state === 'paused' || result.state === 'answered' || result.state === 'closed-on-time' || result.state === 'closed-late') return [];
  const left = result.workingDaysLeft;
  if (left === undefined || result.effectiveDueDate === undefined) return [];
  if (result.state === 'overdue') return ['overdue', 'one-working-day', 'five-working-days'];
  if (left <= 1) return ['one-working-day', 'five-working-days'];
  if (left <= 5) return ['five-working-days'];
  return [];
}

/**
 * The one notification to show today, if any: the most urgent threshold
 * reached, unless it was sent already. A lesser threshold is never sent
 * after a more urgent one (a case found at 1 day left does not also get
 * the 5-day notice).
 */
export function notificationToSend(result: DeadlineResult, alreadySent: readonly NotificationThreshold[]): NotificationThreshold | undefined {
  const [mostUrgent] = reachedThresholds(result);
  if (mostUrgent === undefined || alreadySent.includes(mostUrgent)) return undefined;
  return mostUrgent;
}

/**
 * What to record a sent notification under (and the platform notification's
 * tag). It carries the date counted to, so that a case whose date moved
 * (an extension, a pause) is warned again about its new date.
 */
export function notificationKey(caseId: string, threshold: NotificationThreshold, effectiveDueDate: LocalDate): string {
  return `deadline:${caseId}:${threshold}:${effectiveDueDate}`;
}

export function notificationText(
  locale: UiLocale,
  threshold: NotificationThreshold,
  reference: string,
  dueDate: LocalDate,
): { title: string; body: string } {
  const title =
    threshold === 'overdue'
      ? translate(locale, 'deadlines.notification.overdueTitle', { reference })
      : threshold === 'one-working-day'
        ? translate(locale, 'deadlines.notification.oneDayTitle', { reference })
        : translate(locale, 'deadlines.notification.fiveDaysTitle', { reference });
  return { title, body: translate(locale, 'deadlines.notification.body', { date: dueDate }) };
}
