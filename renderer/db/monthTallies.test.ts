import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editCalendarDay, SHIPPED_CALENDAR_DATA } from '../../shared/calendar';
import { figuresBasis, monthsEnding, tallyCases, type MonthTally } from '../../shared/deadlines';
import type { Case } from '../../shared/domain/case';
import { instantFromShanghai } from '../../shared/domain/time';
import { responseFigures } from '../features/dashboard/responseFigures';
import { aCase } from '../features/dashboard/test-support/cases';
import { closeCase, markIdentityVerified } from './caseClock';
import { openCase } from './cases';
import { CaseDeskDatabase } from './database';
import { deadlineContextFrom, readDeadlineContext } from './deadlineContext';
import { casesClosedIn, readMonthTallies, recountMonthTallies } from './monthTallies';
import { writeSetting } from './settings';
import { testStoreKeys, withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const at = (date: string, time = '10:00') => instantFromShanghai(date, time);
const shipped = deadlineContextFrom(undefined, undefined);

// October 2026 in Shanghai: 10-01…10-07 National Day, Saturday 10-10 worked (调休)
const onTime = () => aCase({ status: 'closed', receivedAt: at('2026-09-28'), verifiedAt: at('2026-09-28'), closedAt: at('2026-10-20', '16:00'), dueDate: '2026-10-23' }); // 12 working days
const late = () => aCase({ status: 'closed', receivedAt: at('2026-09-25'), verifiedAt: at('2026-10-08'), closedAt: at('2026-10-30', '16:00'), dueDate: '2026-10-28' }); // 17 working days

/** What a recount from the cases themselves gives for every month any case closed in. */
async function recounted(): Promise<Record<string, Pick<MonthTally, 'closed' | 'onTime' | 'days'>>> {
  const cases = await db.cases.toArray();
  const months = [...new Set(cases.filter((c) => c.status === 'closed' && c.closedAt).map((c) => new Date(Date.parse(c.closedAt!) + 8 * 3600_000).toISOString().slice(0, 7)))];
  const tallies = tallyCases(cases, shipped.calendar, shipped.rules, months, '');
  return Object.fromEntries([...tallies.values()].map(({ month, closed, onTime: n, days }) => [month, { closed, onTime: n, days }]));
}

/** The stored tallies, zero tallies left out (a month whose cases all reopened keeps a tally of 0). */
async function stored(): Promise<Record<string, Pick<MonthTally, 'closed' | 'onTime' | 'days'>>> {
  const tallies = (await db.monthTallies.toArray()).filter((t) => t.closed !== 0);
  return Object.fromEntries(tallies.map(({ month, closed, onTime: n, days }) => [month, { closed, onTime: n, days }]));
}

describe('the monthly tallies follow every write to cases', () => {
  it('a case closed through the repository is counted in its Shanghai month', async () => {
    const opened = await openCase(
      db,
      {
        requester: { create: { kind: 'individual', name: '李雷', email: 'li@qq.com', region: 'mainland' } },
        case: {
          channel: 'email', receivedAt: at('2026-09-28'), receivedAtSource: 'received-header', requestType: 'access', typeConfirmed: true, gdpr: false,
          subject: '查阅申请', summary: '', status: 'open', stage: 'verifying', assignee: '王敏', pauses: [], extensions: [], messageIds: [],
        },
      },
      '王敏',
      new Date(at('2026-09-28')),
    );
    expect(await db.monthTallies.count()).toBe(0);
    await markIdentityVerified(db, opened.id, at('2026-09-28'), '王敏', new Date(at('2026-09-28')));
    // closed at 00:30 on 1 November in Shanghai: still 31 October in UTC, but November's
    await closeCase(db, opened.id, { outcome: 'granted', closedAt: at('2026-11-01', '00:30') }, '王敏', new Date(at('2026-11-01', '00:30')));
    // (09-28, 11-01]: 09-29, 09-30, 10-08…10-10, then three full weeks = 20 working days; due 10-23, so late
    expect(await stored()).toEqual({ '2026-11': { closed: 1, onTime: 0, days: { '20': 1 } } });
    const { figures } = await responseFigures(db, shipped, '2026-11-30');
    expect(figures.at(-1)).toEqual({ month: '2026-11', closed: 1, onTime: 0, onTimeRate: 0, medianWorkingDays: 20, partial: true });
  });

  it('bulk writes (as the replication bridge makes them), a reopened case, modify, delete and clear', async () => {
    const [a, b, c] = [onTime(), late(), onTime()];
    await db.cases.bulkPut([a, b, c]);
    expect(await stored()).toEqual({ '2026-10': { closed: 3, onTime: 2, days: { '12': 2, '17': 1 } } });
    // reopened: out of October
    await db.cases.put({ ...c, status: 'open', stage: 'in-progress' });
    expect((await stored())['2026-10']).toEqual({ closed: 2, onTime: 1, days: { '12': 1, '17': 1 } });
    // a change that moves a closed case's due date changes whether it was on time
    await db.cases.where('id').equals(b.id).modify({ dueDate: '2026-10-30' });
    expect((await stored())['2026-10']).toMatchObject({ closed: 2, onTime: 2 });
    await db.cases.update(a.id, { closedAt: at('2026-09-30', '16:00') });
    expect(await stored()).toEqual(await recounted());
    await db.cases.delete(a.id);
    expect(await stored()).toEqual({ '2026-10': { closed: 1, onTime: 1, days: { '17': 1 } } });
    await db.cases.clear();
    expect(await stored()).toEqual({});
  });

  it('a write whose transaction fails changes no tally', async () => {
    await db.cases.add(onTime());
    const failing = db.transaction('rw', [db.cases], async () => {
      await db.cases.put(late());
      throw new Error('the officer cancelled');
    });
    await expect(failing).rejects.toThrow('the officer cancelled');
    expect(await stored()).toEqual({ '2026-10': { closed: 1, onTime: 1, days: { '12': 1 } } });
  });

  it('a bulk write of which one case fails counts only the cases written', async () => {
    const a = onTime();
    // the same reference twice: the unique index refuses the second, Dexie keeps the first
    await expect(db.cases.bulkPut([a, { ...late(), reference: a.reference }])).rejects.toThrow(/1 of 2 operations failed/);
    expect(await stored()).toEqual({ '2026-10': { closed: 1, onTime: 1, days: { '12': 1 } } });
  });

  it('writes at once in one transaction are each counted once', async () => {
    const cases = [onTime(), late(), onTime(), late()];
    await db.transaction('rw', [db.cases], () => Promise.all([...cases.map((c) => db.cases.put(c)), ...cases.map((c) => db.cases.put({ ...c, summary: 'x' }))]));
    expect(await stored()).toEqual({ '2026-10': { closed: 4, onTime: 2, days: { '12': 2, '17': 2 } } });
  });

  it('any sequence of writes leaves the tallies equal to a recount from the cases', async () => {
    const months = ['2026-08', '2026-09', '2026-10'];
    const write = fc.record({
      id: fc.integer({ min: 0, max: 5 }),
      kind: fc.constantFrom('put', 'delete', 'bulk'),
      closed: fc.boolean(),
      month: fc.constantFrom(...months),
      day: fc.integer({ min: 1, max: 28 }),
      due: fc.integer({ min: 1, max: 28 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(write, { maxLength: 12 }), async (writes) => {
        await db.cases.clear();
        for (const w of writes) {
          const date = `${w.month}-${String(w.day).padStart(2, '0')}`;
          const value: Case = aCase({
            id: `c${w.id}`,
            reference: `CL-2026-${String(w.id).padStart(4, '0')}`,
            status: w.closed ? 'closed' : 'open',
            receivedAt: at(`${w.month}-01`),
            ...(w.closed ? { closedAt: at(date, '16:00') } : {}),
            dueDate: `${w.month}-${String(w.due).padStart(2, '0')}`,
          });
          if (w.kind === 'delete') await db.cases.delete(value.id);
          else if (w.kind === 'bulk') await db.cases.bulkPut([value, { ...value, id: `d${w.id}`, reference: `CL-2026-1${String(w.id).padStart(4, '0')}` }]);
          else await db.cases.put(value);
        }
        expect(await stored()).toEqual(await recounted());
      }),
      { numRuns: 25 },
    );
  });
});

describe('reading the figures', () => {
  it('reads 13 tallies, not the closed cases', async () => {
    await db.cases.bulkPut([onTime(), late()]);
    const read = await readMonthTallies(db, monthsEnding('2026-10-31', 13), shipped);
    expect(read.stale).toEqual([]);
    expect(read.tallies.filter(Boolean)).toHaveLength(1);
    // the figures come from the tallies: cases emptied behind Dexie's back are not seen
    await new Promise<void>((resolve, reject) => {
      const raw = db.backendDB().transaction('cases', 'readwrite');
      raw.objectStore('cases').clear();
      raw.oncomplete = () => resolve();
      raw.onerror = () => reject(raw.error ?? new Error('clear failed'));
    });
    const { figures } = await responseFigures(db, shipped, '2026-10-31');
    expect(figures.at(-1)).toMatchObject({ closed: 2, onTime: 1, onTimeRate: 0.5, medianWorkingDays: 14.5 });
  });

  it('after a calendar change a month is counted from its cases until its tally is counted again', async () => {
    await db.cases.bulkPut([onTime(), late()]);
    // 2026-10-16 becomes a holiday: one working day fewer for both cases
    const change = editCalendarDay(SHIPPED_CALENDAR_DATA, { date: '2026-10-16', kind: 'holiday', name: { zh: '测试', en: 'Test' } });
    if (!change.ok) throw new Error('calendar edit refused');
    await writeSetting(db, 'calendar', change.data, '王敏');
    const context = await readDeadlineContext(db);
    const first = await responseFigures(db, context, '2026-10-31');
    expect(first.stale).toEqual(['2026-10']);
    expect(first.figures.at(-1)).toMatchObject({ closed: 2, medianWorkingDays: 13.5 });
    await recountMonthTallies(db, first.stale);
    const again = await responseFigures(db, context, '2026-10-31');
    expect(again.stale).toEqual([]);
    expect(again.figures.at(-1)).toMatchObject({ closed: 2, medianWorkingDays: 13.5 });
    expect((await db.monthTallies.get('2026-10'))?.basis).toBe(figuresBasis(change.data, context.rules));
  });

  it('casesClosedIn reads one Shanghai month through the closedAt index', async () => {
    const edge = aCase({ status: 'closed', closedAt: at('2026-10-01', '00:30'), dueDate: '2026-10-20' });
    await db.cases.bulkPut([edge, onTime()]);
    expect((await casesClosedIn(db, '2026-09')).map((c) => c.id)).toEqual([]);
    expect(await casesClosedIn(db, '2026-10')).toHaveLength(2);
  });
});

describe('upgrading a store made before the tallies', () => {
  it('counts the closed and the live cases already stored', async () => {
    const name = `casedesk-v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      requesters: 'id, email, phone, idNumber, name, updatedAt',
      cases: 'id, &reference, requesterId, requestType, receivedAt, [receivedAt+id], status, [status+dueDate], [assignee+dueDate], *messageIds, closedAt, updatedAt',
      documents: 'id, caseId, sha256, kind',
      documentBlobs: 'id',
      letters: 'id, caseId, status, [status+signedAt], signedAt, signedBy, sha256, replaces',
      incidents: 'id, &reference, discoveredAt, status',
      incidentPeople: 'incidentId',
      identityChecks: 'id, &caseId',
      settings: 'key',
      counters: 'key',
      audit: 'seq, at, subject, action',
    });
    await v1.table('cases').bulkAdd([onTime(), late(), aCase({ status: 'open' })]);
    v1.close();
    const upgraded = new CaseDeskDatabase(name, testStoreKeys());
    try {
      expect(await upgraded.monthTallies.toArray()).toEqual([
        { month: '2026-10', basis: figuresBasis(SHIPPED_CALENDAR_DATA, shipped.rules), closed: 2, onTime: 1, days: { '12': 1, '17': 1 } },
      ]);
      expect((await upgraded.liveTallies.toArray()).map((t) => t.key).sort()).toEqual(['officer:王敏', 'type:access']);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
