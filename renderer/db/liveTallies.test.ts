import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyLiveCases, type LiveTally } from '../../shared/deadlines';
import type { Case } from '../../shared/domain/case';
import { aCase } from '../features/dashboard/test-support/cases';
import { pauseClock } from './caseClock';
import { CaseDeskDatabase } from './database';
import { liveCases, readLiveTallies, recountLiveTallies } from './liveTallies';
import { withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const byKey = (tallies: Iterable<LiveTally>) => Object.fromEntries([...tallies].map((t) => [t.key, t]));
const recounted = async () => byKey(tallyLiveCases(await liveCases(db)).values());
const stored = async () => byKey((await readLiveTallies(db)).tallies);

describe('the live tallies follow every write to cases', () => {
  it('count open cases by due date, paused and undated ones apart, per officer and per type', async () => {
    await db.cases.bulkAdd([
      aCase({ status: 'open', assignee: '王敏', requestType: 'access', dueDate: '2026-10-09' }),
      aCase({ status: 'open', assignee: '王敏', requestType: 'deletion', dueDate: '2026-10-09' }),
      aCase({ status: 'open', assignee: '李娜', requestType: 'access' }),
      aCase({ status: 'paused', assignee: '李娜', requestType: 'access', dueDate: '2026-10-01' }),
      aCase({ status: 'closed', assignee: '王敏', requestType: 'access', dueDate: '2026-09-01' }),
    ]);
    expect(await stored()).toEqual({
      'officer:王敏': { key: 'officer:王敏', paused: 0, undated: 0, due: { '2026-10-09': 2 } },
      'officer:李娜': { key: 'officer:李娜', paused: 1, undated: 1, due: {} },
      'type:access': { key: 'type:access', paused: 1, undated: 1, due: { '2026-10-09': 1 } },
      'type:deletion': { key: 'type:deletion', paused: 0, undated: 0, due: { '2026-10-09': 1 } },
    });
  });

  it('a case paused through the repository moves from its due date to paused', async () => {
    const c = aCase({ status: 'open', assignee: '王敏', requestType: 'copy', dueDate: '2026-10-20', verifiedAt: '2026-09-28T02:00:00.000Z' });
    await db.cases.add(c);
    await pauseClock(db, c.id, '2026-10-12', '等待补充材料', '王敏', new Date('2026-10-12T02:00:00.000Z'));
    expect((await stored())['officer:王敏']).toEqual({ key: 'officer:王敏', paused: 1, undated: 0, due: {} });
  });

  it('an officer whose last live case closes has no tally left', async () => {
    const c = aCase({ status: 'open', assignee: '张伟', dueDate: '2026-10-20' });
    await db.cases.add(c);
    await db.cases.put({ ...c, status: 'closed', closedAt: '2026-10-19T02:00:00.000Z' });
    expect(await stored()).toEqual({});
  });

  it('any sequence of writes leaves them equal to a count of the live cases', async () => {
    const write = fc.record({
      id: fc.integer({ min: 0, max: 5 }),
      kind: fc.constantFrom('put', 'delete', 'modify'),
      status: fc.constantFrom('open', 'paused', 'closed'),
      assignee: fc.constantFrom('王敏', '李娜', ''),
      requestType: fc.constantFrom('access', 'deletion'),
      due: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(write, { maxLength: 12 }), async (writes) => {
        await db.cases.clear();
        for (const w of writes) {
          const id = `c${w.id}`;
          if (w.kind === 'delete') await db.cases.delete(id);
          else if (w.kind === 'modify') await db.cases.where('id').equals(id).modify({ assignee: w.assignee, ...(w.due ? { dueDate: `2026-10-0${w.due}` } : {}) });
          else {
            const value: Case = aCase({
              id,
              reference: `CL-2026-${String(w.id).padStart(4, '0')}`,
              status: w.status,
              assignee: w.assignee,
              requestType: w.requestType,
              ...(w.due ? { dueDate: `2026-10-0${w.due}` } : {}),
            });
            await db.cases.put(value);
          }
        }
        expect(await stored()).toEqual(await recounted());
      }),
      { numRuns: 25 },
    );
  });

  it('tallies that stopped adding up are counted again from the live cases', async () => {
    await db.cases.bulkAdd([aCase({ status: 'open', assignee: '王敏', dueDate: '2026-10-09' })]);
    await db.liveTallies.put({ key: 'officer:王敏', paused: -1, undated: 0, due: {}, stale: true });
    expect((await readLiveTallies(db)).stale).toBe(true);
    await recountLiveTallies(db);
    expect((await readLiveTallies(db)).stale).toBe(false);
    expect(await stored()).toEqual(await recounted());
  });
});
