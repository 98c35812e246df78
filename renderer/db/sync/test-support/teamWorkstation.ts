import memoryAdapter from 'pouchdb-adapter-memory';
import type { TeamMember, TeamServer } from '../../../../shared/sync/test-support/teamServer';
import type { CaseDeskDatabase } from '../../database';
import { testDatabase, testStoreKeys } from '../../test-support/freshDatabase';
import { readWorkstation } from '../../workstation';
import { SyncEngine, type Endpoint } from '../engine';
import { pouch } from '../pouch';
import { readHeldBlocks } from '../references';
import { numbersInHand, RESERVE } from '../../../../shared/sync/referenceBlocks';
import { scopesFor, TEAM_SESSION_KEY, teamChain, type TeamSession } from '../teamSession';

/** A workstation of the team, as a test runs it: its own store and key, a member signed in, the engine on a memory replica. */
export interface Workstation {
  db: CaseDeskDatabase;
  /** the main database's engine (print staff: the print database's) */
  engine: SyncEngine;
  /** every engine of the session: main and print for officers, print for print staff */
  engines: SyncEngine[];
  session: TeamSession;
  close(): Promise<void>;
}

let seed = 10;

/** How a test reaches the server as a member (the app goes through the host instead). */
export function memberEndpoint(server: TeamServer, member: TeamMember): Endpoint {
  const auth = `Basic ${Buffer.from(`${member.username}:${member.password}`).toString('base64')}`;
  return {
    baseUrl: server.url,
    fetch: (url, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', auth);
      return fetch(url, { ...init, headers });
    },
  };
}

/** A store of its own, solo until it joins or is given a session. */
export async function soloStore(): Promise<CaseDeskDatabase> {
  const db = testDatabase(`casedesk-ws-${crypto.randomUUID()}`, testStoreKeys(++seed));
  await db.open();
  return db;
}

export async function teamWorkstation(
  server: TeamServer,
  member: TeamMember,
  database: string,
  existing?: { db: CaseDeskDatabase; session: TeamSession },
  endpoint: Endpoint = memberEndpoint(server, member),
): Promise<Workstation> {
  const db = existing?.db ?? (await soloStore());
  const workstation = (await readWorkstation(db))!;
  const session: TeamSession = existing?.session ?? {
    serverUrl: server.url,
    database,
    username: member.username,
    displayName: member.displayName,
    roles: member.roles,
    chain: teamChain(member.username, workstation.id),
    joinedAt: new Date().toISOString(),
  };
  if (!existing) {
    await db.local.put({ key: TEAM_SESSION_KEY, value: session });
    db.chain = session.chain;
    db.capturing = true;
    db.scopes = scopesFor(session.roles);
  }
  const engines = scopesFor(session.roles).map((scope) => new SyncEngine({ db, session, scope, Pouch: pouch(memoryAdapter), adapter: 'memory', endpoint }));
  const engine = engines[0]!;
  for (const e of engines) e.start();
  // as the app does before an officer can register a case: reference blocks in hand
  const writesCases = session.roles.includes('officer') || session.roles.includes('manager');
  for (let i = 0; writesCases && i < 600 && numbersInHand(await readHeldBlocks(db), 'case', new Date().getUTCFullYear()) < RESERVE.case; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    db,
    engine,
    engines,
    session,
    close: async () => {
      await Promise.all(engines.map((e) => e.stop()));
      db.close();
    },
  };
}
