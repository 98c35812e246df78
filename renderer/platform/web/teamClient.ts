import { z } from 'zod';
import type { MessageInput } from '../../../shared/platform/contract';
import { fail, ok, type Result } from '../../../shared/platform/result';
import { decodeFrame, encodeFrame } from '../../../shared/platform/wireFrame';
import { SESSION_HEADER } from './mailboxClient';
import type { SecretVault } from './secretVault';

/**
 * The team server on the web host (issue 10): the page has no Node, so its
 * own server (electron/webHost/) runs the same TeamConnection the desktop's
 * main process runs, and the page calls it over HTTP like the mailbox does.
 * The credentials are kept here, in the browser's vault (the web host's
 * keychain), and handed to the server again after it restarted: the server
 * keeps them in memory only.
 */
const CREDENTIALS_SECRET = 'team.credentials';
const credentialsSchema = z.object({ serverUrl: z.string(), database: z.string(), username: z.string(), password: z.string() });

type TeamName = 'teamSignIn' | 'teamStatus' | 'teamSignOut' | 'teamRequest' | 'teamSetup';

export interface TeamClientDeps {
  vault(): SecretVault;
  fetch: typeof fetch;
  sessionToken(): string | null;
}

export class TeamClient {
  #restoring: Promise<void> | null = null;

  constructor(private readonly deps: TeamClientDeps) {}

  async #post(name: TeamName, value: unknown): Promise<Result<unknown>> {
    const token = this.deps.sessionToken();
    if (!token) return fail('unsupported', 'the team store needs the web host server (npm start) or the desktop app');
    let response: Response;
    try {
      response = await this.deps.fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', [SESSION_HEADER]: token },
        body: encodeFrame(value).slice().buffer,
      });
    } catch {
      return fail('io-failed', 'the web host server did not answer');
    }
    if (response.status === 403) return fail('forbidden-sender', 'reload the page: the web host server was restarted');
    if (!response.ok) return fail('io-failed', `web host server: HTTP ${response.status}`);
    try {
      return decodeFrame(new Uint8Array(await response.arrayBuffer())) as Result<unknown>;
    } catch {
      return fail('internal', 'unreadable answer');
    }
  }

  /** After a restart of the server: sign in again with what this profile's vault keeps. */
  #restore(): Promise<void> {
    this.#restoring ??= (async () => {
      const status = await this.#post('teamStatus', {});
      if (!status.ok || (status.value as { signedIn?: boolean }).signedIn) return;
      const stored = await this.deps.vault().get(CREDENTIALS_SECRET);
      if (!stored.ok || !stored.value.value) return;
      const credentials = credentialsSchema.safeParse(JSON.parse(stored.value.value));
      if (credentials.success) await this.#post('teamSignIn', credentials.data);
    })().finally(() => {
      this.#restoring = null;
    });
    return this.#restoring;
  }

  async signIn(input: MessageInput<'teamSignIn'>): Promise<Result<unknown>> {
    const answer = await this.#post('teamSignIn', input);
    if (answer.ok && (answer.value as { ok?: boolean }).ok) {
      const saved = await this.deps.vault().set(CREDENTIALS_SECRET, JSON.stringify(input));
      if (!saved.ok) return saved;
    }
    return answer;
  }

  async signOut(): Promise<Result<unknown>> {
    await this.deps.vault().delete(CREDENTIALS_SECRET);
    const answer = await this.#post('teamSignOut', {});
    return answer.ok ? answer : ok({});
  }

  async status(): Promise<Result<unknown>> {
    await this.#restore();
    return this.#post('teamStatus', {});
  }

  async request(input: MessageInput<'teamRequest'>): Promise<Result<unknown>> {
    const answer = await this.#post('teamRequest', input);
    // the server forgot the sign-in (restarted): sign in again from the vault, then once more
    if (!answer.ok && answer.error.code === 'not-found') {
      await this.#restore();
      return this.#post('teamRequest', input);
    }
    return answer;
  }

  setup(input: MessageInput<'teamSetup'>): Promise<Result<unknown>> {
    return this.#post('teamSetup', input);
  }
}
