import { passwordSecretName, type ConnectionTest, type MailboxAccount, type MailboxAck, type MailboxBatch, type MailboxSendOutcome, type MailboxState, type MailServer } from '../../shared/mailbox';
import type { CertificateInfo } from '../../shared/mailbox';
import { AccountWatcher } from './accountWatcher';
import type { AccountStore } from './accountStore';
import { BatchQueue } from './batchQueue';
import type { ImapConnector } from './imapSession';
import { classifyMailError } from './mailErrors';
import type { SecretsLike } from './secrets';
import type { SmtpClient } from './smtpSender';

/**
 * The legal mailbox where a Node process runs (issue 17): the desktop's main
 * process, or the web host's own server — the same code behind the same
 * platform messages (mailboxHandlers.ts). It keeps the accounts, starts a
 * watcher per enabled account, hands their pages to the store through the
 * batch queue, and sends replies. Passwords are read from the keychain each
 * time they are needed and never kept in a field.
 */
export interface MailboxServiceDeps {
  store: AccountStore;
  secrets: SecretsLike;
  connect: ImapConnector;
  probe(server: MailServer, protocol: 'imap' | 'smtp'): Promise<CertificateInfo | null>;
  smtp: SmtpClient;
  now(): Date;
  log(message: string): void;
  /** for tests: pages and retries in the watcher */
  watcher?: { pageSize?: number; pageBytes?: number; firstRetryMs?: number; maxRetryMs?: number };
}

type PasswordResult = { ok: true; value: string } | { ok: false; problem: 'no-password' | 'keychain-unavailable' };

export class MailboxService {
  readonly #deps: MailboxServiceDeps;
  readonly #queue = new BatchQueue();
  readonly #watchers = new Map<string, AccountWatcher>();
  #accounts: MailboxAccount[] = [];
  #started: Promise<void> | null = null;
  /** counts every change of the states, so that a long poll can tell a caller what it has not seen */
  #version = 0;

  constructor(deps: MailboxServiceDeps) {
    this.#deps = deps;
  }

  /** Loads the accounts and starts reading the enabled ones; idempotent. */
  start(): Promise<void> {
    this.#started ??= (async () => {
      this.#accounts = await this.#deps.store.load();
      for (const account of this.#accounts) this.#startWatcher(account);
    })();
    return this.#started;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.#watchers.values()].map((w) => w.stop()));
    this.#watchers.clear();
  }

  async #password(accountId: string, server: 'imap' | 'smtp'): Promise<PasswordResult> {
    const stored = await this.#deps.secrets.get(passwordSecretName(accountId, server));
    if (!stored.ok) return { ok: false, problem: 'keychain-unavailable' };
    if (stored.value.value) return { ok: true, value: stored.value.value };
    // an SMTP server without a password of its own uses the mailbox's login (the common case)
    if (server === 'smtp') return this.#password(accountId, 'imap');
    return { ok: false, problem: 'no-password' };
  }

  #startWatcher(account: MailboxAccount): void {
    if (!account.enabled) return;
    const watcher = new AccountWatcher({
      account,
      password: () => this.#password(account.id, 'imap'),
      connect: this.#deps.connect,
      probe: (server) => this.#deps.probe(server, 'imap'),
      deliver: (messages) => this.#queue.deliver(messages),
      onState: () => this.#changed(),
      now: this.#deps.now,
      log: this.#deps.log,
      ...this.#deps.watcher,
    });
    this.#watchers.set(account.id, watcher);
    watcher.start();
  }

  #changed(): void {
    this.#version++;
    this.#queue.wakeWaiters();
  }

  async #restart(accountId: string): Promise<void> {
    const watcher = this.#watchers.get(accountId);
    this.#watchers.delete(accountId);
    this.#queue.drop(accountId);
    await watcher?.stop();
    const account = this.#accounts.find((a) => a.id === accountId);
    if (account) this.#startWatcher(account);
    this.#changed();
  }

  async accounts(): Promise<{ account: MailboxAccount; hasImapPassword: boolean; hasSmtpPassword: boolean }[]> {
    await this.start();
    const has = async (id: string, server: 'imap' | 'smtp') => {
      const stored = await this.#deps.secrets.get(passwordSecretName(id, server));
      return stored.ok && stored.value.value !== null;
    };
    return Promise.all(this.#accounts.map(async (account) => ({ account, hasImapPassword: await has(account.id, 'imap'), hasSmtpPassword: await has(account.id, 'smtp') })));
  }

  /** Saves an account (passwords to the keychain first), then reads it afresh. */
  async save(account: MailboxAccount, passwords: { imap?: string; smtp?: string }): Promise<{ ok: true } | { ok: false; reason: 'keychain-unavailable' | 'io-failed' }> {
    await this.start();
    for (const server of ['imap', 'smtp'] as const) {
      const password = passwords[server];
      if (password === undefined) continue;
      const saved = await this.#deps.secrets.set(passwordSecretName(account.id, server), password);
      if (!saved.ok) return { ok: false, reason: 'keychain-unavailable' };
    }
    const next = [...this.#accounts.filter((a) => a.id !== account.id), account];
    try {
      await this.#deps.store.save(next);
    } catch {
      return { ok: false, reason: 'io-failed' };
    }
    this.#accounts = next;
    await this.#restart(account.id);
    return { ok: true };
  }

  async remove(accountId: string): Promise<void> {
    await this.start();
    this.#accounts = this.#accounts.filter((a) => a.id !== accountId);
    await this.#deps.store.save(this.#accounts);
    await this.#deps.secrets.delete(passwordSecretName(accountId, 'imap'));
    await this.#deps.secrets.delete(passwordSecretName(accountId, 'smtp'));
    await this.#restart(accountId);
  }

  /** Replaces every account at once (the web host's page restoring what its vault holds). */
  async replaceAll(accounts: readonly MailboxAccount[]): Promise<void> {
    await this.start();
    await this.#deps.store.save(accounts);
    const ids = new Set([...this.#accounts, ...accounts].map((a) => a.id));
    this.#accounts = [...accounts];
    for (const id of ids) await this.#restart(id);
  }

  async #testServer(server: MailServer, protocol: 'imap' | 'smtp', password: PasswordResult): Promise<ConnectionTest> {
    if (!password.ok) return { ok: false, problem: password.problem };
    try {
      if (protocol === 'imap') {
        const session = await this.#deps.connect(server, password.value);
        try {
          return { ok: true, folders: (await session.listFolders()).slice(0, 1000) };
        } finally {
          await session.close().catch(() => undefined);
        }
      }
      const verified = await this.#deps.smtp.verify(server, password.value);
      if (verified.ok) return { ok: true, folders: [] };
      throw verified.error;
    } catch (error) {
      const { problem, detail } = classifyMailError(error);
      const certificate = problem === 'tls-untrusted' ? await this.#deps.probe(server, protocol) : null;
      return { ok: false, problem, ...(detail ? { detail } : {}), ...(certificate ? { certificate } : {}) };
    }
  }

  /** Tries an account as typed (typed passwords, else the stored ones), before it is saved. */
  async test(account: MailboxAccount, passwords: { imap?: string; smtp?: string }): Promise<{ imap: ConnectionTest; smtp?: ConnectionTest }> {
    const typed = (server: 'imap' | 'smtp'): Promise<PasswordResult> => {
      const value = passwords[server] ?? (server === 'smtp' ? passwords.imap : undefined);
      return value !== undefined ? Promise.resolve({ ok: true, value }) : this.#password(account.id, server);
    };
    const imap = await this.#testServer(account.imap, 'imap', await typed('imap'));
    if (!account.smtp) return { imap };
    return { imap, smtp: await this.#testServer(account.smtp, 'smtp', await typed('smtp')) };
  }

  states(): MailboxState[] {
    return this.#accounts.map(
      (account) => this.#watchers.get(account.id)?.state ?? { accountId: account.id, label: account.label, state: 'off' as const, imported: 0, tooLarge: 0 },
    );
  }

  /** The next page, or the states as soon as they differ from version `seen` (at once when `seen` is absent). */
  async next(waitMs: number, seen?: number): Promise<{ batch: MailboxBatch | null; states: MailboxState[]; version: number }> {
    await this.start();
    const batch = await this.#queue.next(seen === undefined || seen !== this.#version ? 0 : waitMs);
    return { batch, states: this.states(), version: this.#version };
  }

  ack(ack: MailboxAck): void {
    this.#queue.ack(ack);
  }

  /** Sends a reply; then appends it to the sent folder, which may fail without undoing the sending. */
  async send(accountId: string, eml: Uint8Array, recipients: readonly string[]): Promise<MailboxSendOutcome> {
    await this.start();
    const account = this.#accounts.find((a) => a.id === accountId);
    if (!account?.smtp) return { sent: false, problem: 'no-account' };
    const password = await this.#password(account.id, 'smtp');
    if (!password.ok) return { sent: false, problem: password.problem };
    const outcome = await this.#deps.smtp.send(account.smtp, password.value, { from: account.address, recipients, raw: eml });
    if (!outcome.sent) {
      this.#deps.log(`mailbox ${account.id}: reply not sent (${outcome.problem}${outcome.detail ? ` ${outcome.detail}` : ''})`);
      return { sent: false, problem: outcome.problem, ...(outcome.detail ? { detail: outcome.detail } : {}) };
    }
    // the server's 250 to the message: its acceptance, the moment the letter counts as sent
    const acceptedAt = this.#deps.now();
    return { sent: true, acceptedAt: acceptedAt.toISOString(), response: outcome.response, savedToSent: await this.#saveToSent(account, eml, acceptedAt) };
  }

  async #saveToSent(account: MailboxAccount, eml: Uint8Array, at: Date): Promise<boolean> {
    if (!account.sentFolder) return false;
    const password = await this.#password(account.id, 'imap');
    if (!password.ok) return false;
    try {
      const session = await this.#deps.connect(account.imap, password.value);
      try {
        await session.ensureFolder(account.sentFolder);
        await session.append(account.sentFolder, eml, ['\\Seen'], at);
        return true;
      } finally {
        await session.close().catch(() => undefined);
      }
    } catch (error) {
      this.#deps.log(`mailbox ${account.id}: sent reply not appended to the sent folder (${classifyMailError(error).problem})`);
      return false;
    }
  }
}
