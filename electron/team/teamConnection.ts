import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/platform/result';
import { createTeamUser, installServerRules, serverRulesVersion, SetupError, type ServerRequest } from '../../shared/sync/serverSetup';
import { ROLES, SERVER_RULES_VERSION } from '../../shared/sync/serverRules';
import {
  isAcceptableServerUrl,
  isTeamPath,
  type TeamRequestInput,
  type TeamResponse,
  type TeamSetupInput,
  type TeamSignInOutcome,
} from '../../shared/team/teamMessages';

/**
 * The host's side of the team server (issue 10), plain Node so the desktop's
 * main process and the web host's server run the same code: it signs in,
 * keeps the credentials (the desktop through safeStorage, the web host in
 * memory for its lifetime — its page keeps them in its vault), and carries
 * every request of the page's replicator to the team's two databases only,
 * adding the credentials itself. Nothing it logs holds a value.
 */
export interface Keychain {
  get(name: string): Promise<Result<{ value: string | null }>>;
  set(name: string, value: string): Promise<Result<Record<string, never>>>;
  delete(name: string): Promise<Result<Record<string, never>>>;
}

export interface TeamConnectionDeps {
  fetch: typeof fetch;
  /** where the credentials persist; none on the web host's server */
  keychain?: Keychain;
}

const CREDENTIALS_SECRET = 'team.credentials';
const credentialsSchema = z.object({ serverUrl: z.string(), database: z.string(), username: z.string(), password: z.string() });
type Credentials = z.infer<typeof credentialsSchema>;

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

export class TeamConnection {
  private credentials: Credentials | undefined;
  private loaded = false;

  constructor(private readonly deps: TeamConnectionDeps) {}

  async signIn(input: { serverUrl: string; database: string; username: string; password: string }): Promise<Result<TeamSignInOutcome>> {
    if (!isAcceptableServerUrl(input.serverUrl)) return ok({ ok: false, problem: 'insecure-url' });
    const call = this.requester(input.serverUrl, basic(input.username, input.password));
    let session: { status: number; body: unknown };
    try {
      session = await call('GET', '/_session');
    } catch {
      return ok({ ok: false, problem: 'unreachable' });
    }
    if (session.status === 401) return ok({ ok: false, problem: 'unauthorized' });
    const userCtx = z.object({ userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) }) }).safeParse(session.body);
    if (!userCtx.success) return ok({ ok: false, problem: 'not-couchdb' });
    if (userCtx.data.userCtx.name !== input.username) return ok({ ok: false, problem: 'unauthorized' });
    const roles = userCtx.data.userCtx.roles.filter((r): r is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(r));
    const database = roles.includes('print') && !roles.includes('officer') && !roles.includes('manager') ? `${input.database}-print` : input.database;
    const access = await call('GET', `/${encodeURIComponent(database)}`).catch(() => undefined);
    if (!access) return ok({ ok: false, problem: 'unreachable' });
    if (access.status === 401 || access.status === 403 || !roles.length) return ok({ ok: false, problem: 'no-access' });
    const version = await serverRulesVersion(call, database).catch(() => undefined);
    if (version === undefined) return ok({ ok: false, problem: 'rules-missing' });
    if (version < SERVER_RULES_VERSION) return ok({ ok: false, problem: 'rules-outdated' });
    const profile = await call('GET', `/_users/${encodeURIComponent(`org.couchdb.user:${input.username}`)}`).catch(() => undefined);
    const displayName = z.object({ casedesk_display_name: z.string() }).safeParse(profile?.body);
    this.credentials = { ...input };
    this.loaded = true;
    if (this.deps.keychain) {
      const saved = await this.deps.keychain.set(CREDENTIALS_SECRET, JSON.stringify(this.credentials));
      if (!saved.ok) return saved;
    }
    return ok({ ok: true, user: { username: input.username, roles, displayName: displayName.success ? displayName.data.casedesk_display_name : input.username } });
  }

  async status(): Promise<Result<{ signedIn: boolean; serverUrl?: string; database?: string; username?: string }>> {
    const credentials = await this.current();
    if (!credentials) return ok({ signedIn: false });
    return ok({ signedIn: true, serverUrl: credentials.serverUrl, database: credentials.database, username: credentials.username });
  }

  async signOut(): Promise<Result<Record<string, never>>> {
    this.credentials = undefined;
    this.loaded = true;
    if (this.deps.keychain) return this.deps.keychain.delete(CREDENTIALS_SECRET);
    return ok({});
  }

  /** One request of the page's replicator: the team's databases only, with the stored credentials. */
  async request(input: TeamRequestInput): Promise<Result<TeamResponse>> {
    const credentials = await this.current();
    if (!credentials) return fail('not-found', 'not signed in to a team server');
    if (!isTeamPath(input.path, credentials.database)) return fail('forbidden-sender', 'not a path of the team databases');
    if (input.query && !/^\?[\w.%=&+\-:"[\],{}]*$/.test(input.query)) return fail('invalid-argument', 'query');
    const headers: Record<string, string> = { authorization: basic(credentials.username, credentials.password), accept: 'application/json' };
    if (input.contentType) headers['content-type'] = input.contentType;
    let response: Response;
    try {
      response = await this.deps.fetch(credentials.serverUrl + input.path + input.query, {
        method: input.method,
        headers,
        ...(input.body ? { body: input.body } : {}),
        redirect: 'error',
      });
    } catch {
      // the page's replicator retries by itself; status 0 says "not reached"
      return ok({ status: 0, contentType: 'text/plain', body: new Uint8Array() });
    }
    return ok({ status: response.status, contentType: response.headers.get('content-type') ?? 'application/octet-stream', body: new Uint8Array(await response.arrayBuffer()) });
  }

  /** IT's setup with a server admin's account, which is used once and never kept. */
  async setup(input: TeamSetupInput): Promise<Result<{ ok: true; steps: { what: string; status: number }[] } | { ok: false; problem: 'insecure-url' | 'unreachable' | 'unauthorized' | 'refused'; step?: string }>> {
    if (!isAcceptableServerUrl(input.serverUrl)) return ok({ ok: false, problem: 'insecure-url' });
    const call = this.requester(input.serverUrl, basic(input.adminUsername, input.adminPassword));
    try {
      const steps = await installServerRules(call, input.database);
      for (const user of input.users) steps.push(await createTeamUser(call, user));
      return ok({ ok: true, steps: steps.map(({ what, status }) => ({ what, status })) });
    } catch (error) {
      if (error instanceof SetupError) return ok({ ok: false, problem: error.status === 401 ? 'unauthorized' : 'refused', step: error.step });
      return ok({ ok: false, problem: 'unreachable' });
    }
  }

  private async current(): Promise<Credentials | undefined> {
    if (!this.loaded && this.deps.keychain) {
      this.loaded = true;
      const stored = await this.deps.keychain.get(CREDENTIALS_SECRET);
      if (stored.ok && stored.value.value) {
        const parsed = credentialsSchema.safeParse(JSON.parse(stored.value.value));
        if (parsed.success) this.credentials = parsed.data;
      }
    }
    return this.credentials;
  }

  private requester(serverUrl: string, authorization: string): ServerRequest {
    return async (method, path, body) => {
      const res = await this.deps.fetch(serverUrl + path, {
        method,
        headers: { authorization, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        redirect: 'error',
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON
      }
      return { status: res.status, body: parsed };
    };
  }
}
