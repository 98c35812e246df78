import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../db/test-support/freshDatabase';
import { SHIPPED_CALENDAR_DATA } from '../../../shared/calendar';
import { DEFAULT_DEADLINE_RULES } from '../../../shared/deadlines';
import { openCase, type CaseIntake } from '../../db/cases';
import { CaseDeskDatabase } from '../../db/database';
import { readSetting } from '../../db/settings';
import { proposeIcsImport } from './calendar/calendarProposal';
import { withRightsRequestReading } from './rules/rulesDraft';
import { applyCalendar, applyRules, SettingChangedMeanwhile } from './saveAndRecompute';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

// received and verified Monday 2026-12-21, 10:00 in Shanghai
const DEC_21 = '2026-12-21T02:00:00.000Z';
const NOW = new Date('2026-12-21T04:00:00.000Z');

function verifiedAccessRequest(): CaseIntake {
  return {
    requester: { create: { kind: 'individual', name: '韩梅梅', email: 'han@163.com', region: 'mainland' } },
    case: {
      channel: 'email',
      receivedAt: DEC_21,
      receivedAtSource: 'received-header',
      requestType: 'access',
      typeConfirmed: true,
      gdpr: false,
      subject: '查阅申请',
      summary: '',
      status: 'open',
      stage: 'in-progress',
      assignee: '王敏',
      pauses: [],
      extensions: [],
      messageIds: [],
      verifiedAt: DEC_21,
    },
  };
}

const NEW_YEAR_2027 = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270104', 'SUMMARY:元旦(休)', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

function imported2027() {
  const { proposal } = proposeIcsImport(SHIPPED_CALENDAR_DATA, { name: '2027.ics', text: NEW_YEAR_2027 }, '导入文件 2027.ics');
  if (proposal.status !== 'ready') throw new Error(proposal.status);
  return proposal.after;
}

describe('applying a calendar from Settings', () => {
  it('stores it, recomputes the open case whose period crosses the new holiday, and audits both', async () => {
    const opened = await openCase(db, verifiedAccessRequest(), '王敏', NOW);
    // 15 working days with 2027 on weekdays alone: Friday 01-01 counts
    expect(opened.dueDate).toBe('2027-01-11');
    const report = await applyCalendar(db, SHIPPED_CALENDAR_DATA, imported2027(), '王敏', NOW);
    expect(report).toEqual({ checked: 1, moved: [{ caseId: opened.id, reference: opened.reference, from: '2027-01-11', to: '2027-01-12' }], failed: [] });
    expect(await db.cases.get(opened.id)).toMatchObject({ dueDate: '2027-01-12', dueDateMovedFrom: '2027-01-11' });
    expect((await readSetting(db, 'calendar'))?.version).toBe('2027.1');
    const actions = (await db.auditLog.toArray()).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['settings.updated', 'clock.recomputed']);
  });

  it('refuses a preview made against another calendar, and changes nothing', async () => {
    const opened = await openCase(db, verifiedAccessRequest(), '王敏', NOW);
    const stale = { ...SHIPPED_CALENDAR_DATA, version: '2025.9' };
    await expect(applyCalendar(db, stale, imported2027(), '王敏', NOW)).rejects.toBeInstanceOf(SettingChangedMeanwhile);
    expect(await readSetting(db, 'calendar')).toBeUndefined();
    expect((await db.cases.get(opened.id))?.dueDate).toBe('2027-01-11');
  });
});

describe('saving rules from Settings', () => {
  it('the strict reading of 4.6 brings the case forward to 15 calendar days', async () => {
    const opened = await openCase(db, verifiedAccessRequest(), '王敏', NOW);
    const strict = withRightsRequestReading(DEFAULT_DEADLINE_RULES, 'calendar-days');
    const report = await applyRules(db, DEFAULT_DEADLINE_RULES, strict, '王敏', NOW);
    // 12-21 + 15 days = Tuesday 2027-01-05, a working day
    expect(report.moved).toEqual([{ caseId: opened.id, reference: opened.reference, from: '2027-01-11', to: '2027-01-05' }]);
    expect(await readSetting(db, 'deadlineRules')).toEqual(strict);
  });

  it('refuses a draft started from rules that have changed since', async () => {
    await applyRules(db, DEFAULT_DEADLINE_RULES, withRightsRequestReading(DEFAULT_DEADLINE_RULES, 'calendar-days'), '王敏', NOW);
    await expect(applyRules(db, DEFAULT_DEADLINE_RULES, DEFAULT_DEADLINE_RULES, '李娜', NOW)).rejects.toBeInstanceOf(SettingChangedMeanwhile);
  });
});
