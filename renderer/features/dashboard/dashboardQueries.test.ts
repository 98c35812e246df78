import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../db/test-support/freshDatabase';
import { computeDeadline, type DeadlineState } from '../../../shared/deadlines';
import { instantFromShanghai } from '../../../shared/domain/time';
import { markAnswered, pauseClock } from '../../db/caseClock';
import { openCase, type CaseIntake } from '../../db/cases';
import { CaseDeskDatabase } from '../../db/database';
import { deadlineContextFrom } from '../../db/deadlineContext';
import {
  casesDueOn,
  casesInState,
  countByState,
  dashboardStateIds,
  dueCountsInMonth,
  dueWindow,
  liveCasesOfOfficer,
  liveCasesOfType,
  runningCasesWithDueDates,
  stateOfRunningCase,
  workload,
  type DashboardState,
} from './dashboardQueries';
import { aCase, store } from './test-support/cases';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const { calendar, rules } = deadlineContextFrom(undefined, undefined);

// Tuesday 2026-09-29, just before National Day: 09-30 is a working day,
// 10-01…10-07 are holidays, 10-08 and 10-09 work, Saturday 10-10 is a
// make-up working day (调休). The 3 working days after today are 09-30,
// 10-08 and 10-09; the 4th is 10-10.
const TODAY = '2026-09-29';

/** The store of the hand-worked example; the comment beside each says where it must land. */
function handBuiltStore() {
  return [
    aCase({ status: 'open', dueDate: '2026-09-18', assignee: '王敏', requestType: 'deletion' }), // overdue
    aCase({ status: 'open', dueDate: '2026-09-28', assignee: '李娜', requestType: 'access' }), // overdue (yesterday)
    aCase({ status: 'open', dueDate: '2026-09-29', assignee: '王敏', requestType: 'access' }), // due today
    aCase({ status: 'open', dueDate: '2026-09-30', assignee: '李娜', requestType: 'copy' }), // due soon: 1st working day
    aCase({ status: 'open', dueDate: '2026-10-08', assignee: '王敏', requestType: 'access' }), // due soon: 2nd, across the holiday
    aCase({ status: 'open', dueDate: '2026-10-09', assignee: '王敏', requestType: 'deletion' }), // due soon: 3rd
    aCase({ status: 'open', dueDate: '2026-10-10', assignee: '张伟', requestType: 'access' }), // on track: the 4th (a make-up Saturday)
    aCase({ status: 'open', dueDate: '2026-10-12', assignee: '李娜', requestType: 'complaint' }), // on track
    aCase({ status: 'open', dueDate: '2026-11-30', assignee: '王敏', requestType: 'access' }), // on track
    aCase({ status: 'paused', dueDate: '2026-09-14', assignee: '王敏', requestType: 'copy' }), // paused (not overdue)
    aCase({ status: 'paused', assignee: '张伟', requestType: 'access' }), // paused, no date
    aCase({ status: 'closed', dueDate: '2026-09-15', assignee: '王敏', requestType: 'access' }), // closed: in no card
    aCase({ status: 'closed', dueDate: '2026-10-09', assignee: '李娜', requestType: 'deletion' }), // closed: in no card
    aCase({ status: 'open', assignee: '张伟', requestType: 'other' }), // running without a date: undated
  ];
}

describe('dashboard counts from the [status+dueDate] index', () => {
  it('an answered case (已答复) is off the overdue count, the lists, the calendar and the workload: it has its own card (issue 14)', async () => {
    await store(db, [
      ...handBuiltStore(),
      aCase({ status: 'open', stage: 'answered', dueDate: '2026-09-18', assignee: '王敏', requestType: 'deletion' }), // answered, its date past
      aCase({ status: 'open', stage: 'answered', dueDate: '2026-09-30', assignee: '李娜', requestType: 'copy' }), // answered, its date near
    ]);
    const window = dueWindow(calendar, TODAY);
    expect(await countByState(db, window)).toEqual({ overdue: 2, 'due-today': 1, 'due-soon': 3, paused: 2, 'on-track': 3, answered: 2, undated: 1 });
    expect((await casesInState(db, 'overdue', window)).map((c) => c.dueDate)).toEqual(['2026-09-18', '2026-09-28']);
    expect((await casesInState(db, 'overdue', window)).some((c) => c.stage === 'answered')).toBe(false);
    expect((await casesInState(db, 'answered', window)).map((c) => c.dueDate)).toEqual(['2026-09-18', '2026-09-30']);
    expect(Object.fromEntries(await dueCountsInMonth(db, 2026, 9))).toEqual({ '2026-09-18': 1, '2026-09-28': 1, '2026-09-29': 1, '2026-09-30': 1 });
    const wang = (await workload(db, window)).byOfficer.find((r) => r.key === '王敏')!;
    // 王敏: one overdue running case; the answered one is live (open) but not overdue
    expect(wang.overdue).toBe(1);
  });

  it('the due-soon window ends before the 4th working day after today, holidays and make-up days counted', () => {
    expect(dueWindow(calendar, TODAY)).toEqual({ today: TODAY, dueSoonBefore: '2026-10-10' });
    // an ordinary week: from Monday 2026-11-30 the working days are Tue, Wed, Thu, and the 4th is Friday 12-04
    expect(dueWindow(calendar, '2026-11-30').dueSoonBefore).toBe('2026-12-04');
    // on a Sunday the next working days are Mon, Tue, Wed; the 4th is Thursday
    expect(dueWindow(calendar, '2026-11-29').dueSoonBefore).toBe('2026-12-03');
  });

  it('counts each state by hand-worked expectation', async () => {
    await store(db, handBuiltStore());
    const counts = await countByState(db, dueWindow(calendar, TODAY));
    expect(counts).toEqual({ overdue: 2, 'due-today': 1, 'due-soon': 3, paused: 2, 'on-track': 3, answered: 0, undated: 1 });
  });

  it('lists exactly the cases behind each count, earliest due first', async () => {
    const cases = handBuiltStore();
    await store(db, cases);
    const window = dueWindow(calendar, TODAY);
    const counts = await countByState(db, window);
    const due = async (state: DashboardState) => (await casesInState(db, state, window)).map((c) => c.dueDate ?? '—');
    expect(await due('overdue')).toEqual(['2026-09-18', '2026-09-28']);
    expect(await due('due-today')).toEqual(['2026-09-29']);
    expect(await due('due-soon')).toEqual(['2026-09-30', '2026-10-08', '2026-10-09']);
    expect(await due('on-track')).toEqual(['2026-10-10', '2026-10-12', '2026-11-30']);
    expect(await due('paused')).toEqual(['2026-09-14', '—']);
    for (const state of dashboardStateIds) expect((await casesInState(db, state, window)).length).toBe(counts[state]);
  });

  it('a running case lands in the same state whether counted by the index or classified one by one', async () => {
    const cases = handBuiltStore();
    await store(db, cases);
    const window = dueWindow(calendar, TODAY);
    for (const state of ['overdue', 'due-today', 'due-soon', 'on-track'] as const) {
      for (const c of await casesInState(db, state, window)) expect(stateOfRunningCase(c.dueDate, window)).toBe(state);
    }
  });

  it('an empty store counts nothing', async () => {
    expect(await countByState(db, dueWindow(calendar, TODAY))).toEqual({ overdue: 0, 'due-today': 0, 'due-soon': 0, paused: 0, 'on-track': 0, answered: 0, undated: 0 });
    expect(await workload(db, dueWindow(calendar, TODAY))).toEqual({ byOfficer: [], byType: [], stale: false });
  });
});

describe('workload per officer and per request type', () => {
  it('counts live cases only, with overdue, due today and due soon among the running ones', async () => {
    await store(db, handBuiltStore());
    const { byOfficer, byType } = await workload(db, dueWindow(calendar, TODAY));
    const row = (open: number, paused: number, overdue: number, dueToday: number, dueSoon: number) => ({ open, paused, overdue, dueToday, dueSoon });
    const officers = Object.fromEntries(byOfficer.map(({ key, ...r }) => [key, r]));
    // 王敏: open 09-18 (overdue), 09-29 (today), 10-08, 10-09 (soon), 11-30; paused 09-14; a closed one not counted
    expect(officers['王敏']).toEqual(row(5, 1, 1, 1, 2));
    // 李娜: open 09-28 (overdue), 09-30 (soon), 10-12; a closed one not counted
    expect(officers['李娜']).toEqual(row(3, 0, 1, 0, 1));
    // 张伟: open 10-10 and one without a date; one paused
    expect(officers['张伟']).toEqual(row(2, 1, 0, 0, 0));
    expect(byOfficer.map((r) => r.key)).toEqual(['李娜', '王敏', '张伟']); // pinyin order: li, wang, zhang

    const types = Object.fromEntries(byType.map(({ key, ...r }) => [key, r]));
    // access: open 09-28 (overdue), 09-29 (today), 10-08 (soon), 10-10, 11-30; paused one without a date
    expect(types['access']).toEqual(row(5, 1, 1, 1, 1));
    expect(types['deletion']).toEqual(row(2, 0, 1, 0, 1));
    expect(types['copy']).toEqual(row(1, 1, 0, 0, 1));
    expect(types['complaint']).toEqual(row(1, 0, 0, 0, 0));
    expect(types['other']).toEqual(row(1, 0, 0, 0, 0));
    // the largest first
    expect(byType[0]!.key).toBe('access');

    // the sums agree with the cards
    const counts = await countByState(db, dueWindow(calendar, TODAY));
    const sum = (key: 'open' | 'paused' | 'overdue' | 'dueToday' | 'dueSoon') => byOfficer.reduce((s, r) => s + r[key], 0);
    expect(sum('overdue')).toBe(counts.overdue);
    expect(sum('dueToday')).toBe(counts['due-today']);
    expect(sum('dueSoon')).toBe(counts['due-soon']);
    expect(sum('paused')).toBe(counts.paused);
    expect(sum('open')).toBe(counts.overdue + counts['due-today'] + counts['due-soon'] + counts['on-track'] + counts.undated);
  });

  it("lists an officer's and a type's live cases", async () => {
    await store(db, handBuiltStore());
    expect((await liveCasesOfOfficer(db, '李娜')).map((c) => c.dueDate)).toEqual(['2026-09-28', '2026-09-30', '2026-10-12']);
    expect((await liveCasesOfType(db, 'copy')).map((c) => [c.status, c.dueDate])).toEqual([
      ['paused', '2026-09-14'],
      ['open', '2026-09-30'],
    ]);
  });
});

describe('the month calendar and the .ics source', () => {
  it("counts running cases per due day from the index keys, leaving out paused and closed ones", async () => {
    await store(db, handBuiltStore());
    expect(Object.fromEntries(await dueCountsInMonth(db, 2026, 9))).toEqual({ '2026-09-18': 1, '2026-09-28': 1, '2026-09-29': 1, '2026-09-30': 1 });
    expect(Object.fromEntries(await dueCountsInMonth(db, 2026, 10))).toEqual({ '2026-10-08': 1, '2026-10-09': 1, '2026-10-10': 1, '2026-10-12': 1 });
    expect((await dueCountsInMonth(db, 2026, 12)).size).toBe(0);
    expect((await casesDueOn(db, '2026-10-09')).map((c) => c.status)).toEqual(['open']);
  });

  it('December rolls into the next year', async () => {
    await store(db, [aCase({ status: 'open', dueDate: '2026-12-31' }), aCase({ status: 'open', dueDate: '2027-01-01' })]);
    expect(Object.fromEntries(await dueCountsInMonth(db, 2026, 12))).toEqual({ '2026-12-31': 1 });
  });

  it('the .ics export takes every running case with a date', async () => {
    await store(db, handBuiltStore());
    expect((await runningCasesWithDueDates(db)).length).toBe(9);
  });
});

/** The engine's state as the dashboard groups it: a case whose clock has not started is on track until its ceiling nears. */
const asCard = (state: DeadlineState) => (state === 'not-started' ? 'on-track' : state);

describe('the dashboard agrees with the engine for cases without a target', () => {
  const intake = (receivedOn: string, verifiedOn: string | undefined, requestType: CaseIntake['case']['requestType'] = 'access'): CaseIntake => ({
    requester: { create: { kind: 'individual', name: '韩梅梅', region: 'mainland' } },
    case: {
      channel: 'postal',
      receivedAt: instantFromShanghai(receivedOn, '10:00'),
      receivedAtSource: 'entered',
      requestType,
      typeConfirmed: true,
      gdpr: false,
      subject: '',
      summary: '',
      status: 'open',
      stage: verifiedOn ? 'in-progress' : 'verifying',
      assignee: '王敏',
      pauses: [],
      extensions: [],
      messageIds: [],
      ...(verifiedOn ? { verifiedAt: instantFromShanghai(verifiedOn, '11:00') } : {}),
    },
  });

  it('puts each case opened through the engine into the card of its own computed state', async () => {
    const opened = [];
    // verification days from mid-August to late September give due dates on both sides of today and across the holiday
    for (const verified of ['2026-08-20', '2026-09-04', '2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11', '2026-09-14', '2026-09-15', '2026-09-16', '2026-09-25']) {
      opened.push(await openCase(db, intake(verified, verified), '王敏', new Date(instantFromShanghai(verified, '12:00'))));
    }
    // not verified: only the 30-calendar-day ceiling from receipt runs
    opened.push(await openCase(db, intake('2026-08-31', undefined), '王敏', new Date(instantFromShanghai('2026-08-31', '12:00'))));
    opened.push(await openCase(db, intake('2026-09-20', undefined, 'explanation'), '王敏', new Date(instantFromShanghai('2026-09-20', '12:00'))));
    // an IP notice counts from receipt
    opened.push(await openCase(db, intake('2026-09-08', undefined, 'ip-notice'), '王敏', new Date(instantFromShanghai('2026-09-08', '12:00'))));
    const paused = opened[10]!;
    await pauseClock(db, paused.id, '2026-09-26', '等待补充材料', '王敏', new Date(instantFromShanghai('2026-09-26', '12:00')));
    // verified 08-20, its date long past: answered, it is no longer overdue for the engine or the dashboard
    await markAnswered(db, opened[0]!.id, '王敏', new Date(instantFromShanghai('2026-09-28', '12:00')));

    const window = dueWindow(calendar, TODAY);
    const card = new Map<string, DashboardState>();
    for (const state of dashboardStateIds) for (const c of await casesInState(db, state, window)) card.set(c.id, state);
    const seen = new Set<string>();
    for (const c of await db.cases.toArray()) {
      const engine = computeDeadline(c, calendar, rules, TODAY);
      expect(card.get(c.id), `${c.reference} due ${c.dueDate}`).toBe(asCard(engine.state));
      seen.add(asCard(engine.state));
    }
    // the example really covers every card
    expect([...seen].sort()).toEqual([...dashboardStateIds].sort());
  });
});
