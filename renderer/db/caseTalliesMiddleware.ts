import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import {
  applyFacts,
  applyLive,
  closingFacts,
  emptyLiveTally,
  emptyTally,
  figuresBasis,
  liveTallyIsEmpty,
  liveTallyKeys,
  tallyIsConsistent,
  type ClosingFacts,
  type LiveTally,
  type Month,
  type MonthTally,
} from '../../shared/deadlines';
import type { Case } from '../../shared/domain/case';
import { shanghaiDate } from '../../shared/domain/time';
import { deadlineContextFrom, type DeadlineContext } from './deadlineContext';
import { settingSchemas } from './settings';

/**
 * Keeps the dashboard's tallies right whatever writes a case: the monthly
 * figures' tallies (`monthTallies`, one per month; see
 * shared/deadlines/responseFigures.ts) and the live cases per officer and per
 * request type (`liveTallies`; shared/deadlines/liveTallies.ts). Whoever writes: the
 * repository functions, an import, the CouchDB replication bridge's
 * bulkPut, a purge. It sits in Dexie's DBCore stack, the one place every
 * write passes through (STYLE.md, "Seams"), above any encryption below it, so
 * it sees plain cases.
 *
 * For each write to `cases` it reads the stored values first (as Dexie's own
 * hooks do), lets the write through, then takes each old closed case out of
 * its month's tally and adds each new one, in the same transaction: a failed
 * write leaves no tally changed. The calendar and rules the working days are
 * counted under come from `settings` in that same transaction, which is why
 * every read-write transaction over `cases` also takes the tallies and
 * `settings` into its scope.
 *
 * A tally counted under another calendar or other rules (its `basis`) is
 * left marked so: the reader counts that month again from its cases.
 */
export const MONTH_TALLIES = 'monthTallies';
export const LIVE_TALLIES = 'liveTallies';
const CASES = 'cases';
const SETTINGS = 'settings';

interface Settled {
  context: DeadlineContext;
  basis: string;
}

/** The context of the settings last seen, re-parsed only when they change (they change rarely). */
function contextReader() {
  let lastKey: string | undefined;
  let last: Settled | undefined;
  return (calendarValue: unknown, rulesValue: unknown): Settled => {
    const key = JSON.stringify([calendarValue ?? null, rulesValue ?? null]);
    if (key === lastKey && last) return last;
    // parsed as readSetting parses them: a damaged value counts as absent
    const calendar = settingSchemas.calendar.safeParse(calendarValue);
    const rules = settingSchemas.deadlineRules.safeParse(rulesValue);
    const context = deadlineContextFrom(calendar.success ? calendar.data : undefined, rules.success ? rules.data : undefined);
    last = { context, basis: figuresBasis(context.calendarData, context.rules) };
    lastKey = key;
    return last;
  };
}

const isClosed = (c: Case | undefined): c is Case => c?.status === 'closed';

/** The Shanghai month of a closing time, as the figures count it (the instant's own month if it does not parse). */
function closingMonth(closedAt: string): Month {
  const ms = Date.parse(closedAt);
  return Number.isNaN(ms) ? closedAt.slice(0, 7) : shanghaiDate(ms).slice(0, 7);
}

interface MonthDelta {
  facts: { facts: ClosingFacts; sign: 1 | -1 }[];
  /** a case whose facts could not be worked out: the month must be counted again */
  unreadable: boolean;
}

export function caseTalliesMiddleware(): Middleware<DBCore> {
  const settle = contextReader();
  return {
    stack: 'dbcore',
    name: 'CaseTallies',
    create(down) {
      // writes to cases within one transaction are applied one after another, so two
      // of them never read the same tally before either has written it back
      const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();

      async function updateLiveTallies(trans: DBCoreTransaction, changes: readonly { before?: Case; after?: Case }[]) {
        const moves = new Map<string, { c: Case; sign: 1 | -1 }[]>();
        const move = (c: Case | undefined, sign: 1 | -1) => {
          if (!c) return;
          for (const key of liveTallyKeys(c)) {
            let list = moves.get(key);
            if (!list) moves.set(key, (list = []));
            list.push({ c, sign });
          }
        };
        for (const { before, after } of changes) {
          move(before, -1);
          move(after, 1);
        }
        if (moves.size === 0) return;
        const keys = [...moves.keys()];
        const tallies = down.table(LIVE_TALLIES);
        const stored = (await tallies.getMany({ trans, keys })) as (LiveTally | undefined)[];
        const put: LiveTally[] = [];
        const drop: string[] = [];
        keys.forEach((key, i) => {
          const tally = stored[i] ?? emptyLiveTally(key);
          const before = JSON.stringify(tally);
          for (const { c, sign } of moves.get(key)!) applyLive(tally, c, sign);
          if (JSON.stringify(tally) === before) return;
          if (liveTallyIsEmpty(tally)) drop.push(key);
          else put.push(tally);
        });
        for (const req of [
          ...(put.length ? [{ type: 'put' as const, trans, values: put }] : []),
          ...(drop.length ? [{ type: 'delete' as const, trans, keys: drop }] : []),
        ]) {
          const result = await tallies.mutate(req);
          if (result.numFailures > 0) throw result.failures[0] ?? new Error('the live tallies could not be written');
        }
      }

      async function updateMonthTallies(trans: DBCoreTransaction, changes: readonly { before?: Case; after?: Case }[]) {
        const involved = changes.filter((c) => isClosed(c.before) || isClosed(c.after));
        if (involved.length === 0) return;
        const [calendarRecord, rulesRecord] = (await down.table(SETTINGS).getMany({ trans, keys: ['calendar', 'deadlineRules'] })) as ({ value: unknown } | undefined)[];
        const { context, basis } = settle(calendarRecord?.value, rulesRecord?.value);
        const deltas = new Map<Month, MonthDelta>();
        const delta = (month: Month) => {
          let d = deltas.get(month);
          if (!d) deltas.set(month, (d = { facts: [], unreadable: false }));
          return d;
        };
        const add = (c: Case | undefined, sign: 1 | -1) => {
          if (!isClosed(c) || !c.closedAt) return;
          try {
            const facts = closingFacts(c, context.calendar, context.rules);
            if (facts) delta(facts.month).facts.push({ facts, sign });
          } catch {
            // never let the figures stop a case from being saved: that month is counted again when read
            delta(closingMonth(c.closedAt)).unreadable = true;
          }
        };
        for (const { before, after } of involved) {
          add(before, -1);
          add(after, 1);
        }
        const months = [...deltas.keys()];
        const tallies = down.table(MONTH_TALLIES);
        const stored = (await tallies.getMany({ trans, keys: months })) as (MonthTally | undefined)[];
        const values: MonthTally[] = [];
        months.forEach((month, i) => {
          const d = deltas.get(month)!;
          // no tally yet: nothing was closed in that month so far (the tallies are kept from the store's start)
          const tally = stored[i] ?? emptyTally(month, basis);
          const before = JSON.stringify(tally);
          for (const { facts, sign } of d.facts) applyFacts(tally, facts, sign);
          // a tally counted on another basis stays marked with it; one that no longer adds up is marked stale
          if (d.unreadable || !tallyIsConsistent(tally)) tally.basis = '';
          if (JSON.stringify(tally) !== before) values.push(tally);
        });
        if (values.length === 0) return;
        const result = await tallies.mutate({ type: 'put', trans, values });
        if (result.numFailures > 0) throw result.failures[0] ?? new Error('the monthly tallies could not be written');
      }

      async function mutateCases(table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
        const { trans } = req;
        let keys: unknown[];
        let before: (Case | undefined)[];
        if (req.type === 'deleteRange') {
          const found = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
          before = found.result as Case[];
          keys = before.map((c) => c?.id);
        } else {
          keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)));
          before = req.type === 'add' ? [] : ((await table.getMany({ trans, keys })) as (Case | undefined)[]);
        }
        const result = await table.mutate(req);
        const changes: { before?: Case; after?: Case }[] = [];
        keys.forEach((_key, i) => {
          if (result.failures[i]) return; // not written: nothing changed for that case
          const after = req.type === 'add' || req.type === 'put' ? (req.values[i] as Case | undefined) : undefined;
          const previous = before[i];
          changes.push({ ...(previous ? { before: previous } : {}), ...(after ? { after } : {}) });
        });
        await updateMonthTallies(trans, changes);
        await updateLiveTallies(trans, changes);
        return result;
      }

      return {
        ...down,
        transaction(stores, mode, options) {
          const scope = mode === 'readwrite' && stores.includes(CASES) ? [...new Set([...stores, MONTH_TALLIES, LIVE_TALLIES, SETTINGS])] : stores;
          return down.transaction(scope, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (name !== CASES) return table;
          return {
            ...table,
            mutate(req) {
              const previous = queues.get(req.trans) ?? Promise.resolve();
              const run = previous.then(() => mutateCases(table, req));
              queues.set(
                req.trans,
                run.catch(() => undefined),
              );
              return run;
            },
          };
        },
      };
    },
  };
}
