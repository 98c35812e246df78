import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createTeamUser, installServerRules, type ServerRequest } from '../serverSetup';
import type { TeamRole } from '../serverRules';

/**
 * A CouchDB-protocol server for the tests (issue 10): pouchdb-server from
 * npm, on 127.0.0.1, its data on disk in a temporary folder so it can be
 * killed and started again with its data, started and stopped by the test.
 * Apache CouchDB speaks the same HTTP; the README says how to run it.
 */
export interface TeamServer {
  url: string;
  port: number;
  admin: ServerRequest;
  /** a request as a team member (basic auth) */
  as(username: string, password: string): ServerRequest;
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const ADMIN = { username: 'admin', password: 'admin-secret' };

// bundled to CommonJS by electron/runTs.mjs (the team bench), import.meta is empty: then the folder is found from the project root
const HERE: string = (import.meta as { dirname?: string }).dirname ?? join(process.cwd(), 'shared', 'sync', 'test-support');

function binary(): string {
  const require = createRequire(join(HERE, 'teamServer.ts'));
  return join(dirname(require.resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
}

function requester(url: string, auth?: { username: string; password: string }): ServerRequest {
  return async (method, path, body) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth) headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: kept as text
    }
    return { status: res.status, body: parsed };
  };
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pouchdb-server did not start within 30 s');
}

export async function startTeamServer(port: number): Promise<TeamServer> {
  const dir = mkdtempSync(join(tmpdir(), 'casedesk-team-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const launch = async () => {
    // our fixed ports lie in Linux's ephemeral range (32768–60999): for a moment one may be the source port of
    // some client's connection, and the server then exits at once; it is started again a few times before that counts
    for (let attempt = 1; ; attempt++) {
      child = spawn(process.execPath, ['--require', join(HERE, 'pouchdbServerFix.cjs'), binary(), '--host', '127.0.0.1', '--port', String(port), '--dir', dir, '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
      try {
        await waitUntilUp(url, child);
        return;
      } catch (error) {
        if (attempt >= 5 || child.exitCode === null) throw error;
        await new Promise((r) => setTimeout(r, 500 * attempt));
      }
    }
  };
  const exit = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  await launch();
  const admin = requester(url, ADMIN);
  // end the "admin party": from here on, only members and the admin get in
  const set = await requester(url)('PUT', `/_config/admins/${ADMIN.username}`, ADMIN.password);
  if (set.status >= 300) throw new Error(`could not set the server admin: ${set.status}`);
  return {
    url,
    port,
    admin,
    as: (username, password) => requester(url, { username, password }),
    kill: () => exit('SIGKILL'),
    start: launch,
    stop: async () => {
      await exit('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TeamMember {
  username: string;
  password: string;
  roles: TeamRole[];
  displayName: string;
}

export const TEAM: Record<'wang' | 'li' | 'boss' | 'zhou', TeamMember> = {
  wang: { username: 'wangmin', password: 'wang-pw-1', roles: ['officer'], displayName: '王敏' },
  li: { username: 'lina', password: 'li-pw-1', roles: ['officer'], displayName: '李娜' },
  boss: { username: 'zhaoqiang', password: 'boss-pw-1', roles: ['manager', 'officer'], displayName: '赵强' },
  zhou: { username: 'zhouping', password: 'print-pw-1', roles: ['print'], displayName: '周平' },
};

/** A server set up as IT would: the databases, the rules, and the team's users. */
export async function setUpTeam(server: TeamServer, database: string, members: TeamMember[] = Object.values(TEAM)): Promise<void> {
  await installServerRules(server.admin, database);
  for (const member of members) await createTeamUser(server.admin, member);
}
