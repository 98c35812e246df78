import type { CertificateInfo, MailboxAccount, MailboxMessage, MailboxProblem, MailboxState, MailServer } from '../../shared/mailbox';
import type { AckResults } from './batchQueue';
import type { ImapConnector, ImapSession, MessageMeta } from './imapSession';
import { classifyMailError } from './mailErrors';

/**
 * One mailbox, read for as long as the app runs (issue 17): connect; make
 * sure the done folder exists; move what the store took last time but could
 * not be moved; then for each watched folder hand every message not yet
 * handled to the store, a page at a time, and move each stored one to the
 * done folder; then IDLE on the first folder (and poll the others) until
 * new mail comes. Any fault is a state with a problem and a retry time,
 * never a lost message: nothing leaves a watched folder before the store
 * has it, and a message over the size limit is left where it is.
 */
export interface WatcherDeps {
  account: MailboxAccount;
  password(): Promise<{ ok: true; value: string } | { ok: false; problem: 'no-password' | 'keychain-unavailable' }>;
  connect: ImapConnector;
  probe(server: MailServer): Promise<CertificateInfo | null>;
  deliver(messages: MailboxMessage[]): Promise<AckResults>;
  onState(state: MailboxState): void;
  now(): Date;
  log(message: string): void;
  /** messages per page, and the bytes a page may hold (a page has at least one message) */
  pageSize?: number;
  pageBytes?: number;
  /** the first wait after a fault; doubles up to `maxRetryMs` */
  firstRetryMs?: number;
  maxRetryMs?: number;
}

const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_PAGE_BYTES = 20 * 1024 * 1024;
const NEEDS_A_PERSON: ReadonlySet<MailboxProblem> = new Set(['auth-failed', 'tls-untrusted', 'no-password', 'keychain-unavailable']);
/** UIDs whose size and date are asked for at once */
const META_CHUNK = 500;

class WatcherError extends Error {
  constructor(
    readonly problem: MailboxProblem,
    readonly detail?: string,
  ) {
    super(problem);
  }
}

/** Splits metas into pages of at most `size` messages and `bytes` bytes (one message alone may exceed `bytes`). */
export function pagesOf(metas: readonly MessageMeta[], size: number, bytes: number): MessageMeta[][] {
  const pages: MessageMeta[][] = [];
  let page: MessageMeta[] = [];
  let total = 0;
  for (const meta of metas) {
    if (page.length > 0 && (page.length >= size || total + meta.size > bytes)) {
      pages.push(page);
      page = [];
      total = 0;
    }
    page.push(meta);
    total += meta.size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export class AccountWatcher {
  readonly #deps: WatcherDeps;
  readonly #stop = new AbortController();
  #wake: (() => void) | null = null;
  #running: Promise<void> | null = null;
  #state: MailboxState;
  /** per `folder|uidValidity`: UIDs handed out, left (too large) or stored and awaiting their move, this session */
  readonly #handled = new Map<string, Set<number>>();
  /** per `folder|uidValidity`: UIDs the store refused; tried again on the next connection */
  readonly #refused = new Map<string, Set<number>>();
  /** stored messages whose move failed or could not run (connection gone): moved on the next connection */
  readonly #pendingMoves = new Map<string, { folder: string; uidValidity: number; uids: Set<number> }>();
  readonly #tooLarge = new Set<string>();
  #imported = 0;

  constructor(deps: WatcherDeps) {
    this.#deps = deps;
    this.#state = { accountId: deps.account.id, label: deps.account.label, state: 'connecting', imported: 0, tooLarge: 0 };
  }

  get state(): MailboxState {
    return this.#state;
  }

  start(): void {
    this.#running ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    this.#wake?.();
    await this.#running;
  }

  #setState(next: Omit<MailboxState, 'accountId' | 'label' | 'imported' | 'tooLarge'>): void {
    this.#state = { accountId: this.#deps.account.id, label: this.#deps.account.label, imported: this.#imported, tooLarge: this.#tooLarge.size, ...next };
    this.#deps.onState(this.#state);
  }

  /** Waits `ms`, or less if stopped; true when it should go on. */
  #sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = null;
        resolve(!this.#stop.signal.aborted);
      };
      const timer = setTimeout(done, ms);
      this.#wake = done;
      if (this.#stop.signal.aborted) done();
    });
  }

  async #run(): Promise<void> {
    const first = this.#deps.firstRetryMs ?? 5_000;
    const max = this.#deps.maxRetryMs ?? 5 * 60_000;
    let retry = first;
    while (!this.#stop.signal.aborted) {
      let session: ImapSession | null = null;
      try {
        const password = await this.#deps.password();
        if (!password.ok) throw new WatcherError(password.problem);
        this.#setState({ state: 'connecting' });
        session = await this.#deps.connect(this.#deps.account.imap, password.value);
        await this.#serve(session, () => (retry = first));
      } catch (error) {
        if (this.#stop.signal.aborted) break;
        const { problem, detail } = error instanceof WatcherError ? { problem: error.problem, detail: error.detail } : classifyMailError(error);
        const certificate = problem === 'tls-untrusted' ? await this.#deps.probe(this.#deps.account.imap) : null;
        this.#deps.log(`mailbox ${this.#deps.account.id}: ${problem}${detail ? ` (${detail})` : ''}`);
        // a refused login or certificate needs a person (Settings restarts the watcher when they act);
        // trying again soon would only add failed logins, which may lock the account on the server
        const wait = NEEDS_A_PERSON.has(problem) ? Math.max(retry, max) : retry;
        const retryAt = new Date(this.#deps.now().getTime() + wait).toISOString();
        this.#setState({ state: 'error', problem, ...(detail ? { detail } : {}), ...(certificate ? { certificate } : {}), retryAt });
        // the store's refusals are tried again on the next connection
        this.#refused.clear();
        if (!(await this.#sleep(wait))) break;
        retry = Math.min(retry * 2, max);
      } finally {
        await session?.close().catch(() => undefined);
      }
    }
    this.#setState({ state: 'off' });
  }

  async #serve(session: ImapSession, connected: () => void): Promise<void> {
    const { account } = this.#deps;
    try {
      await session.ensureFolder(account.doneFolder);
    } catch (error) {
      throw new WatcherError('folder-missing', classifyMailError(error).detail ?? 'done-folder');
    }
    connected();
    while (!this.#stop.signal.aborted) {
      let handedOut = 0;
      for (const folder of account.folders) handedOut += await this.#syncFolder(session, folder);
      if (this.#stop.signal.aborted) return;
      // back on the first folder, to IDLE there; mail that came meanwhile is read at once
      const snapshot = await this.#open(session, account.folders[0]!);
      await this.#movePending(session, account.folders[0]!, snapshot.uidValidity);
      if (handedOut > 0 || this.#unhandled(account.folders[0]!, snapshot).length > 0) continue;
      this.#setState({ state: 'watching', lastCheckedAt: this.#deps.now().toISOString() });
      const outcome = await session.waitForNews(account.pollSeconds * 1000, this.#stop.signal);
      if (outcome === 'closed') throw new WatcherError('connection-lost');
    }
  }

  async #open(session: ImapSession, folder: string) {
    try {
      return await session.open(folder);
    } catch (error) {
      const classified = classifyMailError(error);
      // a NO to SELECT: the folder is not there (or not ours to read)
      if (classified.problem === 'protocol') throw new WatcherError('folder-missing', classified.detail);
      throw error;
    }
  }

  #unhandled(folder: string, snapshot: { uidValidity: number; uids: number[] }): number[] {
    const key = `${folder}|${snapshot.uidValidity}`;
    const handled = this.#handled.get(key);
    const refused = this.#refused.get(key);
    return snapshot.uids.filter((uid) => !handled?.has(uid) && !refused?.has(uid));
  }

  #mark(map: Map<string, Set<number>>, key: string, uids: Iterable<number>): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    for (const uid of uids) set.add(uid);
  }

  /** Moves stored messages whose move is owed, if the folder still has the UIDVALIDITY they were stored under. */
  async #movePending(session: ImapSession, folder: string, uidValidity: number): Promise<void> {
    const key = `${folder}|${uidValidity}`;
    const pending = this.#pendingMoves.get(key);
    if (!pending || pending.uids.size === 0) return;
    try {
      await session.move([...pending.uids], this.#deps.account.doneFolder);
      this.#pendingMoves.delete(key);
    } catch (error) {
      if (session.closed) throw error;
      // stays owed; the state says so, and the messages stay safely where they are
      this.#setState({ state: 'error', problem: 'move-failed', ...(classifyMailError(error).detail ? { detail: classifyMailError(error).detail! } : {}) });
    }
  }

  /** Hands every unhandled message of a folder to the store; the number handed out. */
  async #syncFolder(session: ImapSession, folder: string): Promise<number> {
    const { account } = this.#deps;
    const snapshot = await this.#open(session, folder);
    const key = `${folder}|${snapshot.uidValidity}`;
    // a UIDVALIDITY that changed makes the old UIDs meaningless: what they were is forgotten, and
    // the store recognises the messages by their digest, so nothing already on a case is imported again
    for (const map of [this.#handled, this.#refused]) for (const k of map.keys()) if (k.startsWith(`${folder}|`) && k !== key) map.delete(k);
    await this.#movePending(session, folder, snapshot.uidValidity);
    const uids = this.#unhandled(folder, snapshot);
    if (uids.length === 0) return 0;
    const total = uids.length;
    let done = 0;
    this.#setState({ state: 'syncing', progress: { done, total } });
    for (let i = 0; i < uids.length; i += META_CHUNK) {
      const metas = await session.meta(uids.slice(i, i + META_CHUNK));
      const fitting: MessageMeta[] = [];
      for (const meta of metas) {
        if (meta.size <= account.maxMessageBytes) fitting.push(meta);
        else {
          // issue 17: over the limit, the message stays in the mailbox and the state counts it
          this.#tooLarge.add(`${key}|${meta.uid}`);
          this.#mark(this.#handled, key, [meta.uid]);
          this.#deps.log(`mailbox ${account.id}: a message of ${meta.size} bytes is over the limit and stays in the mailbox`);
        }
      }
      done += metas.length - fitting.length;
      // one page waits for the store while the next is fetched: the import and the download overlap
      let waiting: Promise<void> | null = null;
      try {
        for (const page of pagesOf(fitting, this.#deps.pageSize ?? DEFAULT_PAGE_SIZE, this.#deps.pageBytes ?? DEFAULT_PAGE_BYTES)) {
          if (this.#stop.signal.aborted) break;
          const sources = await session.sources(page.map((m) => m.uid));
          const messages: MailboxMessage[] = [];
          for (const meta of page) {
            const raw = sources.get(meta.uid);
            // gone between the listing and the fetch (deleted on the server): nothing to hand over
            if (!raw) continue;
            messages.push({ accountId: account.id, folder, uidValidity: snapshot.uidValidity, uid: meta.uid, ...(meta.internalDate ? { internalDate: meta.internalDate } : {}), size: raw.byteLength, raw });
          }
          if (waiting) await waiting;
          // handled from the moment it is offered, not before: a page fetched but never offered is read again
          this.#mark(this.#handled, key, messages.map((m) => m.uid));
          waiting = messages.length > 0 ? this.#handOver(session, folder, snapshot.uidValidity, messages) : null;
          // a failure is awaited below (or by the next page); never left unhandled meanwhile
          waiting?.catch(() => undefined);
          done += page.length;
          this.#setState({ state: 'syncing', progress: { done, total } });
        }
      } finally {
        if (waiting) await waiting;
      }
    }
    return total;
  }

  async #handOver(session: ImapSession, folder: string, uidValidity: number, messages: MailboxMessage[]): Promise<void> {
    const key = `${folder}|${uidValidity}`;
    const results = await this.#deps.deliver(messages);
    const offered = new Set(messages.map((m) => m.uid));
    const stored = results.filter((r) => r.outcome === 'stored' && r.folder === folder && r.uidValidity === uidValidity && offered.has(r.uid)).map((r) => r.uid);
    const refused = messages.map((m) => m.uid).filter((uid) => !stored.includes(uid));
    if (refused.length > 0) {
      this.#mark(this.#refused, key, refused);
      const handled = this.#handled.get(key);
      for (const uid of refused) handled?.delete(uid);
    }
    this.#imported += stored.length;
    if (stored.length === 0) return;
    const owed = this.#pendingMoves.get(key) ?? { folder, uidValidity, uids: new Set<number>() };
    for (const uid of stored) owed.uids.add(uid);
    this.#pendingMoves.set(key, owed);
    if (session.closed) throw new WatcherError('connection-lost');
    await this.#movePending(session, folder, uidValidity);
  }
}
