import { designDocument, printDatabaseName, securityObject, SERVER_RULES_VERSION, USERNAME_PATTERN, type TeamRole } from './serverRules';

/**
 * Installing CaseDesk's rules on a team server (issue 10: design documents
 * "that the app installs and versions"). Run with a server admin's
 * credentials — by IT with `npm run team:setup`, by the tests, or from the
 * team settings — and never stored. Idempotent: a database that exists is
 * kept, rules of the same version are left alone, older ones replaced.
 */
export type ServerRequest = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

export interface SetupStep {
  what: string;
  status: number;
  ok: boolean;
}

export async function installServerRules(request: ServerRequest, database: string): Promise<SetupStep[]> {
  const steps: SetupStep[] = [];
  const step = async (what: string, method: 'GET' | 'PUT', path: string, body: unknown, accept: number[] = []) => {
    const res = await request(method, path, body);
    const ok = (res.status >= 200 && res.status < 300) || accept.includes(res.status);
    steps.push({ what, status: res.status, ok });
    if (!ok) throw new SetupError(what, res.status, res.body);
    return res;
  };
  for (const [kind, name] of [
    ['main', database],
    ['print', printDatabaseName(database)],
  ] as const) {
    const path = `/${encodeURIComponent(name)}`;
    await step(`create ${name}`, 'PUT', path, undefined, [412]);
    await step(`security ${name}`, 'PUT', `${path}/_security`, securityObject(kind));
    const existing = await request('GET', `${path}/_design/casedesk`);
    const current = existing.status === 200 ? (existing.body as { _rev?: string; casedesk_rules_version?: number }) : undefined;
    // never downgrade a server a newer CaseDesk set up
    if (!current || (current.casedesk_rules_version ?? 0) <= SERVER_RULES_VERSION) {
      await step(`rules ${name} v${SERVER_RULES_VERSION}`, 'PUT', `${path}/_design/casedesk`, { ...designDocument(kind), ...(current?._rev ? { _rev: current._rev } : {}) });
    }
  }
  return steps;
}

export async function createTeamUser(
  request: ServerRequest,
  user: { username: string; password: string; roles: readonly TeamRole[]; displayName: string },
): Promise<SetupStep> {
  if (!USERNAME_PATTERN.test(user.username)) throw new SetupError(`user ${user.username}`, 400, 'a user name is 2–40 lower-case letters, digits, _ or -');
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user.username}`)}`;
  const existing = await request('GET', path);
  const rev = existing.status === 200 ? (existing.body as { _rev?: string })._rev : undefined;
  const res = await request('PUT', path, {
    _id: `org.couchdb.user:${user.username}`,
    ...(rev ? { _rev: rev } : {}),
    name: user.username,
    type: 'user',
    password: user.password,
    roles: [...user.roles],
    casedesk_display_name: user.displayName,
  });
  const ok = res.status >= 200 && res.status < 300;
  if (!ok) throw new SetupError(`user ${user.username}`, res.status, res.body);
  return { what: `user ${user.username}`, status: res.status, ok };
}

/** The rules version the server holds for a database, or undefined when it has none (not set up). */
export async function serverRulesVersion(request: ServerRequest, database: string): Promise<number | undefined> {
  const res = await request('GET', `/${encodeURIComponent(database)}/_design/casedesk`);
  if (res.status !== 200) return undefined;
  const version = (res.body as { casedesk_rules_version?: unknown }).casedesk_rules_version;
  return typeof version === 'number' ? version : undefined;
}

export class SetupError extends Error {
  constructor(
    readonly step: string,
    readonly status: number,
    readonly answer: unknown,
  ) {
    super(`${step}: HTTP ${status} ${JSON.stringify(answer).slice(0, 300)}`);
    this.name = 'SetupError';
  }
}
