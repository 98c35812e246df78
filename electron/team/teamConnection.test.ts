import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, type Result } from '../../shared/platform/result';
import { ADMIN, setUpTeam, startTeamServer, TEAM, type TeamServer } from '../../shared/sync/test-support/teamServer';
import { TeamConnection, type Keychain } from './teamConnection';

let server: TeamServer;
const DB = 'casedesk';

beforeAll(async () => {
  server = await startTeamServer(43114);
  await setUpTeam(server, DB);
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

function memoryKeychain(): Keychain & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: async (name): Promise<Result<{ value: string | null }>> => ok({ value: values.get(name) ?? null }),
    set: async (name, value) => (values.set(name, value), ok({})),
    delete: async (name) => (values.delete(name), ok({})),
  };
}
const signIn = (c: TeamConnection, who: { username: string; password: string }, database = DB) =>
  c.signIn({ serverUrl: server.url, database, username: who.username, password: who.password });

describe('signing in to the team server', () => {
  it('answers who signed in with their roles and name, and keeps the credentials in the keychain', async () => {
    const keychain = memoryKeychain();
    const connection = new TeamConnection({ fetch, keychain });
    expect(await signIn(connection, TEAM.boss)).toEqual({ ok: true, value: { ok: true, user: { username: 'zhaoqiang', roles: ['manager', 'officer'], displayName: '赵强' } } });
    expect(keychain.values.get('team.credentials')).toContain('zhaoqiang');
    // a new process of the host finds them again
    const again = new TeamConnection({ fetch, keychain });
    expect(await again.status()).toMatchObject({ ok: true, value: { signedIn: true, username: 'zhaoqiang' } });
  });

  it('says why it cannot: wrong password, a server without CaseDesk rules, plain http elsewhere, nobody there', async () => {
    const connection = new TeamConnection({ fetch });
    expect(await signIn(connection, { ...TEAM.wang, password: 'wrong' })).toMatchObject({ value: { ok: false, problem: 'unauthorized' } });
    await server.admin('PUT', '/bare');
    await server.admin('PUT', '/bare/_security', { admins: { names: [], roles: [] }, members: { names: [], roles: ['officer'] } });
    expect(await signIn(connection, TEAM.wang, 'bare')).toMatchObject({ value: { ok: false, problem: 'rules-missing' } });
    expect(await connection.signIn({ serverUrl: 'http://couch.example.com', database: DB, username: 'wangmin', password: 'x' })).toMatchObject({ value: { ok: false, problem: 'insecure-url' } });
    expect(await connection.signIn({ serverUrl: 'http://127.0.0.1:1', database: DB, username: 'wangmin', password: 'x' })).toMatchObject({ value: { ok: false, problem: 'unreachable' } });
    expect(await connection.status()).toMatchObject({ value: { signedIn: false } });
  });

  it('lets print staff in to the print database only', async () => {
    const connection = new TeamConnection({ fetch });
    expect(await signIn(connection, TEAM.zhou)).toMatchObject({ value: { ok: true, user: { roles: ['print'] } } });
    const main = await connection.request({ method: 'GET', path: `/${DB}/_all_docs`, query: '' });
    expect(main).toMatchObject({ ok: true, value: { status: 401 } });
  });
});

describe('carrying the replicator’s requests', () => {
  it('reaches the team’s databases with the stored credentials, and refuses any other path', async () => {
    const connection = new TeamConnection({ fetch });
    await signIn(connection, TEAM.wang);
    const info = await connection.request({ method: 'GET', path: `/${DB}`, query: '' });
    expect(info.ok && info.value.status).toBe(200);
    expect(await connection.request({ method: 'GET', path: '/_users/_all_docs', query: '' })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await connection.request({ method: 'GET', path: '/_config/admins', query: '' })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('is refused by the server, not only by the app: an officer rewriting a signed letter as raw HTTP', async () => {
    const officer = server.as(TEAM.wang.username, TEAM.wang.password);
    const txn = { chain: 'wangmin.aaaa', n: 1, at: '2026-12-02T00:00:00.000Z', by: 'wangmin', members: {} };
    const signed = { _id: 'letters:l-raw', table: 'letters', row: { id: 'l-raw', status: 'signed', body: '不予支持', sha256: 'a'.repeat(64) }, txn };
    const created = await officer('PUT', `/${DB}/letters:l-raw`, signed);
    expect(created.status).toBe(201);
    const rev = (created.body as { rev: string }).rev;
    const changed = await officer('PUT', `/${DB}/letters:l-raw`, { ...signed, _rev: rev, row: { ...signed.row, body: '予以支持' } });
    expect(changed).toEqual({ status: 403, body: { error: 'forbidden', reason: 'casedesk:immutable-letter' } });
    const removed = await officer('DELETE', `/${DB}/letters:l-raw?rev=${rev}`);
    expect(removed.status).toBe(403);
    const template = await officer('PUT', `/${DB}/settings:letterTemplates`, { table: 'settings', row: { key: 'letterTemplates', value: {} }, txn });
    expect(template).toEqual({ status: 403, body: { error: 'forbidden', reason: 'casedesk:manager-only' } });
    const printer = server.as(TEAM.zhou.username, TEAM.zhou.password);
    expect((await printer('GET', `/${DB}/letters:l-raw`)).status).toBe(401);
  });
});

describe('setting up a server', () => {
  it('installs the rules and users with an admin account it does not keep, and says when that account is wrong', async () => {
    const connection = new TeamConnection({ fetch });
    const done = await connection.setup({ serverUrl: server.url, database: 'fresh', adminUsername: ADMIN.username, adminPassword: ADMIN.password, users: [] });
    expect(done).toMatchObject({ ok: true, value: { ok: true } });
    expect(await connection.status()).toMatchObject({ value: { signedIn: false } });
    const refused = await connection.setup({ serverUrl: server.url, database: 'fresh', adminUsername: ADMIN.username, adminPassword: 'nope', users: [] });
    expect(refused).toMatchObject({ ok: true, value: { ok: false, problem: 'unauthorized' } });
  });
});
