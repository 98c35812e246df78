import { z } from 'zod';
import { mailboxAccountSchema, passwordSecretName, type MailboxAccount } from '../../../shared/mailbox';
import type { MessageInput } from '../../../shared/platform/contract';
import { fail, ok, type Result } from '../../../shared/platform/result';
import { decodeFrame, encodeFrame } from '../../../shared/platform/wireFrame';
import type { SecretVault } from './secretVault';

/**
 * The mailbox on the web host (issue 17): the page has no Node, so its own
 * server (electron/webHost/) runs the very MailboxService the desktop runs,
 * and the page calls it over HTTP — `POST /api/<message>` with a wire frame,
 * the session token the server wrote into the page, and our own origin.
 * The accounts and passwords are kept here, in the browser's vault (the web
 * host's keychain), and handed to the server once per launch: the server
 * keeps nothing on disk. Served by Vite's dev server (no token in the page),
 * the mailbox answers `unsupported`.
 */
export const SESSION_META = 'casedesk-session';
export const SESSION_HEADER = 'x-casedesk-session';
const ACCOUNTS_SECRET = 'mailbox.accounts';
const RESTORE_ROUTE = '_mailboxRestore';

const storedAccountsSchema = z.array(mailboxAccountSchema).max(20);

type MailboxName = 'mailboxAccounts' | 'mailboxSave' | 'mailboxRemove' | 'mailboxTest' | 'mailboxStatus' | 'mailboxNext' | 'mailboxAck' | 'mailboxSend';

export interface MailboxClientDeps {
  vault(): SecretVault;
  fetch: typeof fetch;
  /** the token of the page's <meta>, or null when the page was not served by the web host's server */
  sessionToken(): string | null;
}

export function pageSessionToken(): string | null {
  if (typeof document === 'undefined') return null;
  return document.querySelector(`meta[name="${SESSION_META}"]`)?.getAttribute('content') ?? null;
}

export class MailboxClient {
  #restored: Promise<Result<unknown>> | null = null;

  constructor(private readonly deps: MailboxClientDeps) {}

  async #post(route: string, value: unknown): Promise<Result<unknown>> {
    const token = this.deps.sessionToken();
    if (!token) return fail('unsupported', 'the mailbox needs the web host server (npm start) or the desktop app');
    let response: Response;
    try {
      response = await this.deps.fetch(`/api/${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', [SESSION_HEADER]: token },
        body: encodeFrame(value).slice().buffer,
      });
    } catch {
      return fail('io-failed', 'the web host server did not answer');
    }
    // 403 after the server restarted: this page carries the last launch's token
    if (response.status === 403) return fail('forbidden-sender', 'reload the page: the web host server was restarted');
    if (!response.ok) return fail('io-failed', `web host server: HTTP ${response.status}`);
    try {
      return decodeFrame(new Uint8Array(await response.arrayBuffer())) as Result<unknown>;
    } catch {
      return fail('internal', 'unreadable answer');
    }
  }

  async #accounts(): Promise<MailboxAccount[]> {
    const stored = await this.deps.vault().get(ACCOUNTS_SECRET);
    if (!stored.ok || stored.value.value === null) return [];
    try {
      const parsed = storedAccountsSchema.safeParse(JSON.parse(stored.value.value));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  /** Hands this profile's accounts and passwords to the server, once per page (the server keeps them in memory only). */
  #restore(): Promise<Result<unknown>> {
    this.#restored ??= (async () => {
      if (!this.deps.sessionToken()) return ok({});
      const accounts = await this.#accounts();
      const passwords: { accountId: string; server: 'imap' | 'smtp'; value: string }[] = [];
      for (const account of accounts) {
        for (const server of ['imap', 'smtp'] as const) {
          const secret = await this.deps.vault().get(passwordSecretName(account.id, server));
          if (secret.ok && secret.value.value) passwords.push({ accountId: account.id, server, value: secret.value.value });
        }
      }
      const answer = await this.#post(RESTORE_ROUTE, { accounts, passwords });
      if (!answer.ok) this.#restored = null; // tried again on the next call
      return answer;
    })();
    return this.#restored;
  }

  async call<N extends MailboxName>(name: N, input: MessageInput<N>): Promise<unknown> {
    const restored = await this.#restore();
    if (!restored.ok) return restored;
    if (name === 'mailboxSave') return this.#save(input as MessageInput<'mailboxSave'>);
    if (name === 'mailboxRemove') return this.#remove(input as MessageInput<'mailboxRemove'>);
    return this.#post(name, input);
  }

  async #save(input: MessageInput<'mailboxSave'>): Promise<Result<unknown>> {
    const vault = this.deps.vault();
    for (const [server, value] of [['imap', input.imapPassword], ['smtp', input.smtpPassword]] as const) {
      if (value === undefined) continue;
      const saved = await vault.set(passwordSecretName(input.account.id, server), value);
      if (!saved.ok) return saved;
    }
    const accounts = (await this.#accounts()).filter((a) => a.id !== input.account.id);
    const saved = await vault.set(ACCOUNTS_SECRET, JSON.stringify([...accounts, input.account]));
    if (!saved.ok) return saved;
    return this.#post('mailboxSave', input);
  }

  async #remove(input: MessageInput<'mailboxRemove'>): Promise<Result<unknown>> {
    const vault = this.deps.vault();
    const accounts = (await this.#accounts()).filter((a) => a.id !== input.accountId);
    const saved = await vault.set(ACCOUNTS_SECRET, JSON.stringify(accounts));
    if (!saved.ok) return saved;
    await vault.delete(passwordSecretName(input.accountId, 'imap'));
    await vault.delete(passwordSecretName(input.accountId, 'smtp'));
    return this.#post('mailboxRemove', input);
  }
}
