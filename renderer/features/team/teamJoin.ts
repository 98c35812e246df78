import type { CaseDeskDatabase } from '../../db/database';
import { executeJoin, planJoin, type JoinPlan, type JoinTarget } from '../../db/sync/join';
import { openLocalReplica, openRemote, type PouchDatabase } from '../../db/sync/pouch';
import type { BlockClaimer } from '../../db/sync/references';
import { TEAM_BASE_URL, teamFetch } from '../../db/sync/teamFetch';
import { teamChain } from '../../db/sync/teamSession';
import { readWorkstation } from '../../db/workstation';
import { writeSetting } from '../../db/settings';
import { platform } from '../../platform';
import { localPouch, startTeamSync } from './teamRuntime';

/**
 * Joining from the UI (issue 10): the plan is computed against the server's
 * claimed reference blocks and shown; only the officer's "join" carries it
 * out. The server is reached through the host like every other request.
 */
async function remoteOf(database: string): Promise<PouchDatabase> {
  return openRemote(await localPouch(), `${TEAM_BASE_URL}/${encodeURIComponent(database)}`, teamFetch(platform));
}

function claimerOf(remote: PouchDatabase): BlockClaimer {
  return {
    create: async (id, body) => {
      try {
        await remote.put({ _id: id, ...body });
        return 'created';
      } catch (error) {
        const status = Number(Reflect.get(error as object, 'status'));
        if (status === 409 || (status === 403 && String(Reflect.get(error as object, 'message') ?? Reflect.get(error as object, 'reason')).includes('reference-block-taken'))) return 'taken';
        throw error;
      }
    },
    lastClaimed: async (prefix) => (await remote.allDocs({ startkey: `${prefix}\ufff0`, endkey: prefix, descending: true, limit: 1 })).rows[0]?.key,
  };
}

export async function planTeamJoin(db: CaseDeskDatabase, target: JoinTarget): Promise<JoinPlan> {
  // print staff issue no references and may not read the main database: there is nothing to claim
  const printOnly = !target.roles.includes('officer') && !target.roles.includes('manager');
  const claimed = printOnly
    ? new Set<string>()
    : new Set((await (await remoteOf(target.database)).allDocs({ startkey: 'refblock:', endkey: 'refblock:\ufff0' })).rows.map((r) => r.key));
  return planJoin(db, claimed, target.roles);
}

/** What went wrong, for the officer: PouchDB rejects with plain objects ({ status, reason }), not Errors. */
export function joinFailureReason(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object') {
    const reason = Reflect.get(error, 'reason') ?? Reflect.get(error, 'message');
    const status = Reflect.get(error, 'status');
    if (typeof reason === 'string' && reason) return typeof status === 'number' ? `${reason} (HTTP ${status})` : reason;
  }
  return String(error);
}

/** True when this store holds nothing a print workstation may not hold. */
export async function emptyEnoughForPrint(db: CaseDeskDatabase): Promise<boolean> {
  const counts = await Promise.all(['cases', 'requesters', 'documents', 'incidents', 'letters'].map((t) => db.table(t).count()));
  return counts.every((n) => n === 0);
}

export async function carryOutJoin(db: CaseDeskDatabase, plan: JoinPlan, target: JoinTarget): Promise<void> {
  const workstation = await readWorkstation(db);
  if (!workstation) throw new Error('no workstation identity');
  const remote = await remoteOf(target.database);
  // the replica the engine will use for the main database (engine.ts names it the same way)
  const replica = openLocalReplica(await localPouch(), `casedesk-replica-${target.database}-${teamChain(target.username, workstation.id)}`, 'indexeddb', db.keys);
  try {
    await executeJoin(db, plan, target, claimerOf(remote), replica);
  } finally {
    await replica.close();
  }
  // the signer's name on letters: the team account's display name (the actor of events is the account itself)
  const officer = await db.settings.get('officer');
  const title = (officer?.value as { title?: string } | undefined)?.title ?? '';
  await writeSetting(db, 'officer', { name: target.displayName, title }, target.username);
  await startTeamSync(db);
}
