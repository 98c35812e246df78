import { testStoreKeys } from '../../../db/test-support/freshDatabase';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notificationKey } from '../../../../shared/deadlines';
import type { Case } from '../../../../shared/domain/case';
import { instantFromShanghai } from '../../../../shared/domain/time';
import { ok } from '../../../../shared/platform/result';
import type { MessageInput } from '../../../../shared/platform/contract';
import { CaseDeskDatabase } from '../../../db/database';
import { deadlineContextFrom } from '../../../db/deadlineContext';
import { readSetting, writeSetting } from '../../../db/settings';
import { aCase, store } from '../test-support/cases';
import { MAX_SINGLE_NOTIFICATIONS, notificationsFor, pruneSent, remindersDue } from './deadlineReminders';
import { runReminderRound } from './reminderScheduler';

const context = deadlineContextFrom(undefined, undefined);
// Monday 2026-11-30; the working days after it: 12-01, 12-02, 12-03, 12-04, 12-07…
const TODAY = '2026-11-30';
const NOW = Date.parse(instantFromShanghai(TODAY, '09:00'));

// Received and verified on Friday 11-27: the legal date is 15 working days on (12-18),
// far away; an internal target brings the date counted to (the effective date) close.
const recent = { receivedAt: instantFromShanghai('2026-11-27', '10:00'), verifiedAt: instantFromShanghai('2026-11-27', '11:00') };
function officerCases(): Record<string, Case> {
  return {
    overdue: aCase({ status: 'open', ...recent, targetDate: '2026-11-27', reference: 'CL-2026-0501' }),
    oneDay: aCase({ status: 'open', ...recent, targetDate: '2026-12-01', reference: 'CL-2026-0502' }),
    fiveDays: aCase({ status: 'open', ...recent, targetDate: '2026-12-07', reference: 'CL-2026-0503' }),
    threeDays: aCase({ status: 'open', ...recent, targetDate: '2026-12-03', reference: 'CL-2026-0504' }),
    farAway: aCase({ status: 'open', ...recent, reference: 'CL-2026-0505' }),
    paused: aCase({ status: 'paused', ...recent, targetDate: '2026-12-01', reference: 'CL-2026-0506' }),
    someoneElses: aCase({ status: 'open', ...recent, targetDate: '2026-12-01', assignee: '李娜', reference: 'CL-2026-0507' }),
    closed: aCase({ status: 'closed', ...recent, targetDate: '2026-11-27', closedAt: instantFromShanghai('2026-11-28', '10:00'), reference: 'CL-2026-0508' }),
  };
}

describe('which reminders are owed today', () => {
  it('5 and 1 working days before and overdue, for the officer’s running cases only, most urgent first', () => {
    const cases = officerCases();
    const due = remindersDue(Object.values(cases), context, '王敏', TODAY, {});
    expect(due.map((r) => [r.reference, r.threshold, r.dueDate])).toEqual([
      ['CL-2026-0501', 'overdue', '2026-11-27'],
      ['CL-2026-0502', 'one-working-day', '2026-12-01'],
      // 3 working days left: the 5-day threshold is reached (and not yet sent)
      ['CL-2026-0504', 'five-working-days', '2026-12-03'],
      ['CL-2026-0503', 'five-working-days', '2026-12-07'],
    ]);
    expect(due[0]!.key).toBe(notificationKey(cases.overdue!.id, 'overdue', '2026-11-27'));
  });

  it('at most once per case and threshold; a more urgent threshold still comes; a moved date warns again', () => {
    const cases = officerCases();
    const sent = {
      [notificationKey(cases.overdue!.id, 'overdue', '2026-11-27')]: '2026-11-28T01:00:00.000Z',
      // the 5-day notice went out earlier; now 1 day is left, which is owed
      [notificationKey(cases.oneDay!.id, 'five-working-days', '2026-12-01')]: '2026-11-24T01:00:00.000Z',
      // sent for an older date of this case: its date moved to 12-07, so it is warned again
      [notificationKey(cases.fiveDays!.id, 'five-working-days', '2026-12-04')]: '2026-11-27T01:00:00.000Z',
      [notificationKey(cases.threeDays!.id, 'five-working-days', '2026-12-03')]: '2026-11-26T01:00:00.000Z',
    };
    expect(remindersDue(Object.values(cases), context, '王敏', TODAY, sent).map((r) => [r.reference, r.threshold])).toEqual([
      ['CL-2026-0502', 'one-working-day'],
      ['CL-2026-0503', 'five-working-days'],
    ]);
  });

  it('never sends a lesser threshold after a more urgent one', () => {
    const { overdue } = officerCases();
    const sent = { [notificationKey(overdue!.id, 'overdue', '2026-11-27')]: 'x' };
    // the next day the case is still overdue: nothing more
    expect(remindersDue([overdue!], context, '王敏', '2026-12-01', sent)).toEqual([]);
  });

  it('more than five at once: four by themselves, the rest in one summary that records them all', () => {
    const many = Array.from({ length: 8 }, (_, i) => aCase({ status: 'open', ...recent, targetDate: '2026-11-27', reference: `CL-2026-06${String(i).padStart(2, '0')}` }));
    const due = remindersDue(many, context, '王敏', TODAY, {});
    const shown = notificationsFor(due, 'zh-CN', TODAY);
    expect(shown).toHaveLength(MAX_SINGLE_NOTIFICATIONS);
    expect(shown[0]).toEqual({ title: 'CL-2026-0600 已逾期', body: '到期日：2026-11-27', tag: due[0]!.key, keys: [due[0]!.key] });
    expect(shown[4]).toEqual({ title: '另有 4 件案件需要注意期限', body: '请打开期限看板查看。', tag: 'deadline:summary:2026-11-30', keys: due.slice(4).map((r) => r.key) });
    expect(notificationsFor(due.slice(0, 5), 'en-US', TODAY).map((n) => n.title)).toEqual(due.slice(0, 5).map((r) => `${r.reference} is overdue`));
  });

  it('forgets the keys of cases no longer live', () => {
    const sent = { 'deadline:a:overdue:2026-11-27': '1', 'deadline:b:overdue:2026-11-27': '2', 'deadline:summary:2026-11-30': '3' };
    expect(pruneSent(sent, new Set(['a']))).toEqual({ 'deadline:a:overdue:2026-11-27': '1', 'deadline:summary:2026-11-30': '3' });
  });
});

describe('a reminder round against the store', () => {
  let db: CaseDeskDatabase;
  let name: string;
  let shown: MessageInput<'notify'>[];
  let allow: boolean;
  const notify = async (input: MessageInput<'notify'>) => {
    if (allow) shown.push(input);
    return ok({ shown: allow });
  };
  const options = () => ({ db, notify, officer: '王敏', locale: () => 'zh-CN' as const, now: () => NOW });

  beforeEach(() => {
    name = `casedesk-reminders-${crypto.randomUUID()}`;
    db = new CaseDeskDatabase(name, testStoreKeys());
    shown = [];
    allow = true;
  });
  afterEach(async () => {
    db.close();
    await CaseDeskDatabase.delete(name);
  });

  it('shows what is owed, records it, and shows nothing more on the next round', async () => {
    await store(db, Object.values(officerCases()));
    expect(await runReminderRound(options())).toEqual({ shown: 4 });
    expect(shown.map((n) => n.title)).toEqual(['CL-2026-0501 已逾期', 'CL-2026-0502 还有 1 个工作日到期', 'CL-2026-0504 还有 5 个工作日到期', 'CL-2026-0503 还有 5 个工作日到期']);
    const recorded = await readSetting(db, 'sentNotifications');
    expect(Object.keys(recorded!)).toHaveLength(4);
    expect(Object.values(recorded!)).toEqual(Array(4).fill(new Date(NOW).toISOString()));
    // the record is audited: proof the officer was warned
    expect(await db.auditLog.where('subject').equals('settings:sentNotifications').count()).toBe(1);

    expect(await runReminderRound(options())).toEqual({ shown: 0 });
    expect(shown).toHaveLength(4);
    expect(await db.auditLog.where('subject').equals('settings:sentNotifications').count()).toBe(1);
  });

  it('a notification the system refused is not recorded, and comes once allowed', async () => {
    await store(db, [officerCases().oneDay!]);
    allow = false;
    expect(await runReminderRound(options())).toEqual({ shown: 0 });
    expect(await readSetting(db, 'sentNotifications')).toBeUndefined();
    allow = true;
    expect(await runReminderRound(options())).toEqual({ shown: 1 });
  });

  it('a stopped scheduler shows nothing', async () => {
    await store(db, Object.values(officerCases()));
    expect(await runReminderRound(options(), () => true)).toEqual({ shown: 0 });
    expect(shown).toEqual([]);
  });

  it('drops the records of cases that closed since', async () => {
    const cases = officerCases();
    await store(db, Object.values(cases));
    const closedKey = notificationKey(cases.closed!.id, 'overdue', '2026-11-27');
    await writeSetting(db, 'sentNotifications', { [closedKey]: '2026-11-28T01:00:00.000Z' }, '王敏');
    await runReminderRound(options());
    const recorded = await readSetting(db, 'sentNotifications');
    expect(recorded).not.toHaveProperty(closedKey);
    expect(Object.keys(recorded!)).toHaveLength(4);
  });
});
