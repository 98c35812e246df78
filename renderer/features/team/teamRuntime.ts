import { useSyncExternalStore } from 'react';
import type { CaseDeskDatabase } from '../../db/database';
import { legalDueDate, readDeadlineContext } from '../../db/deadlineContext';
import type { SyncEngine, SyncStatus } from '../../db/sync/engine';
import type { PouchStatic } from '../../db/sync/pouch';
import { TEAM_BASE_URL, teamFetch } from '../../db/sync/teamFetch';
import { readTeamSession, scopesFor, type TeamSession } from '../../db/sync/teamSession';
import { shanghaiDate } from '../../../shared/domain/time';
import type { Case } from '../../../shared/domain/case';
import { platform } from '../../platform';

/**
 * The team store while the app runs (issue 10): one engine per team database
 * this session replicates, started once the store is open, and their state
 * for the shell's indicator. PouchDB and its IndexedDB adapter are loaded
 * only when the workstation belongs to a team.
 */
export interface TeamState {
  session: TeamSession;
  status: SyncStatus;
}

let engines: SyncEngine[] = [];
let current: TeamState | undefined;
const listeners = new Set<() => void>();
let Pouch: PouchStatic | undefined;

export async function localPouch(): Promise<PouchStatic> {
  if (!Pouch) {
    // loaded only on a team's workstation: a solo start fetches none of PouchDB
    const [{ default: indexeddb }, { pouch }] = await Promise.all([import('pouchdb-adapter-indexeddb'), import('../../db/sync/pouch')]);
    Pouch = pouch(indexeddb);
  }
  return Pouch;
}

function combine(statuses: SyncStatus[]): SyncStatus {
  const order: SyncStatus['state'][] = ['stopped', 'offline', 'starting', 'syncing', 'online'];
  const state = statuses.map((s) => s.state).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? 'stopped';
  const errors = statuses.map((s) => s.lastError).filter((e): e is NonNullable<SyncStatus['lastError']> => e !== undefined);
  const synced = statuses.map((s) => s.lastSyncAt).filter((a): a is string => a !== undefined).sort();
  return {
    state,
    pendingPush: statuses.reduce((n, s) => n + s.pendingPush, 0),
    waiting: statuses.reduce((n, s) => n + s.waiting, 0),
    conflicts: statuses.reduce((n, s) => n + s.conflicts, 0),
    refusals: statuses.flatMap((s) => s.refusals).sort((a, b) => (a.at < b.at ? 1 : -1)),
    ...(errors.length ? { lastError: errors.sort((a, b) => (a.at < b.at ? 1 : -1))[0]! } : {}),
    ...(synced.length ? { lastSyncAt: synced[0]! } : {}),
  };
}

function publish(): void {
  for (const listener of listeners) listener();
}

/** Starts the engines when this store belongs to a team; a solo store starts nothing. */
export async function startTeamSync(db: CaseDeskDatabase): Promise<void> {
  const session = await readTeamSession(db);
  if (!session) return;
  await stopTeamSync();
  const Local = await localPouch();
  const { SyncEngine } = await import('../../db/sync/engine');
  const context = await readDeadlineContext(db);
  const recomputeDueDate = (row: Record<string, unknown>) => legalDueDate(row as unknown as Case, context, shanghaiDate(Date.now()));
  engines = scopesFor(session.roles).map(
    (scope) =>
      new SyncEngine({ db, session, scope, Pouch: Local, adapter: 'indexeddb', endpoint: { baseUrl: TEAM_BASE_URL, fetch: teamFetch(platform) }, recomputeDueDate }),
  );
  current = { session, status: combine(engines.map((e) => e.status)) };
  for (const engine of engines) {
    engine.subscribe(() => {
      if (current) current = { ...current, status: combine(engines.map((e) => e.status)) };
      publish();
    });
    engine.start();
  }
  publish();
}

export async function stopTeamSync(): Promise<void> {
  const stopping = engines;
  engines = [];
  await Promise.all(stopping.map((e) => e.stop()));
  if (current) current = { ...current, status: { ...current.status, state: 'stopped' } };
  publish();
}

export function forgetTeam(): void {
  current = undefined;
  publish();
}

export function useTeamState(): TeamState | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
