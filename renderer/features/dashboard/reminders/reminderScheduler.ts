import { todayInShanghai } from '../../../../shared/domain/time';
import type { PlatformApi, UiLocale } from '../../../../shared/platform/contract';
import type { CaseDeskDatabase } from '../../../db/database';
import { readDeadlineContext } from '../../../db/deadlineContext';
import { readSetting, writeSetting } from '../../../db/settings';
import { notificationsFor, pruneSent, remindersDue } from './deadlineReminders';

export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

export interface ReminderOptions {
  db: CaseDeskDatabase;
  notify: PlatformApi['notify'];
  /** the officer at this workstation (setting 'officer'): only their cases */
  officer: string;
  locale: () => UiLocale;
  now?: () => number;
}

// One round at a time, across every scheduler of the window: a round reads
// what the previous one recorded (React's StrictMode starts effects twice).
let previousRound: Promise<unknown> = Promise.resolve();

/**
 * One round: the officer's running cases, what is owed today, shown through
 * the platform, and what was shown recorded in the 'sentNotifications'
 * setting (with its audit event: proof the officer was warned). A
 * notification the system did not show (permission refused) is not
 * recorded, so it comes again once notifications are allowed.
 */
export function runReminderRound(options: ReminderOptions, stopped: () => boolean = () => false): Promise<{ shown: number }> {
  const round = previousRound.then(() => (stopped() ? { shown: 0 } : remind(options, stopped)));
  previousRound = round.catch(() => undefined);
  return round;
}

async function remind({ db, notify, officer, locale, now = Date.now }: ReminderOptions, stopped: () => boolean): Promise<{ shown: number }> {
  const today = todayInShanghai(now());
  const [context, sent, running, liveIds] = await Promise.all([
    readDeadlineContext(db),
    readSetting(db, 'sentNotifications'),
    db.cases.where('status').equals('open').filter((c) => c.assignee === officer).toArray(),
    db.cases.where('status').anyOf('open', 'paused').primaryKeys(),
  ]);
  const before = sent ?? {};
  const record = pruneSent(before, new Set(liveIds));
  let shown = 0;
  for (const notification of notificationsFor(remindersDue(running, context, officer, today, record), locale(), today)) {
    if (stopped()) break;
    const answer = await notify({ title: notification.title, body: notification.body, tag: notification.tag });
    if (!answer.ok || !answer.value.shown) continue;
    shown++;
    const at = new Date(now()).toISOString();
    for (const key of notification.keys) record[key] = at;
  }
  if (Object.keys(record).length !== Object.keys(before).length || shown > 0) await writeSetting(db, 'sentNotifications', record, officer);
  return { shown };
}

/** Runs a round now and every hour until the returned stop is called. */
export function startDeadlineReminders(options: ReminderOptions, everyMs: number = REMINDER_INTERVAL_MS): () => void {
  let stopped = false;
  const round = () => void runReminderRound(options, () => stopped).catch((e: unknown) => console.error('deadline reminders', e));
  round();
  const timer = setInterval(round, everyMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
