import { ImapFlow } from 'imapflow';
import type { MailServer } from '../../shared/mailbox';
import { tlsOptionsFor } from './tlsOptions';

/**
 * The few IMAP operations the mailbox needs, over imapflow (issue 17). Kept
 * narrow so that the watcher (accountWatcher.ts) reads as the procedure it
 * is, and so that a test can see exactly what reaches the server.
 */
export interface FolderSnapshot {
  uidValidity: number;
  /** every UID in the folder, ascending */
  uids: number[];
}

export interface MessageMeta {
  uid: number;
  /** INTERNALDATE as an ISO instant; undefined when the server sent none readable */
  internalDate: string | undefined;
  size: number;
}

export interface ImapSession {
  listFolders(): Promise<string[]>;
  /** creates the folder (and its parents) unless it exists */
  ensureFolder(path: string): Promise<void>;
  /** selects the folder: its UIDVALIDITY and UIDs */
  open(folder: string): Promise<FolderSnapshot>;
  /** UID, INTERNALDATE and size of messages of the open folder (never their bodies) */
  meta(uids: readonly number[]): Promise<MessageMeta[]>;
  /** the raw messages of the open folder, byte for byte (BODY.PEEK[]: the \Seen flag is left alone) */
  sources(uids: readonly number[]): Promise<Map<number, Uint8Array>>;
  /** moves messages of the open folder (MOVE, or COPY + EXPUNGE where MOVE is missing: imapflow chooses) */
  move(uids: readonly number[], destination: string): Promise<void>;
  append(folder: string, raw: Uint8Array, flags: string[], date: Date): Promise<void>;
  /** IDLE on the open folder until new mail, `ms` passing, or the connection closing */
  waitForNews(ms: number, stop: AbortSignal): Promise<'news' | 'timeout' | 'closed'>;
  readonly closed: boolean;
  close(): Promise<void>;
}

export type ImapConnector = (server: MailServer, password: string) => Promise<ImapSession>;

const uidSet = (uids: readonly number[]) => uids.join(',');

/**
 * Folder names are written with `/` between levels in CaseDesk's settings
 * (`CaseDesk/已立案`), whatever the server's own hierarchy delimiter is
 * (Dovecot's Maildir uses `.`); imapflow joins a path given as parts with
 * the server's delimiter and adds its namespace prefix.
 */
export function folderParts(name: string): string[] {
  return name.split('/').filter((part) => part !== '');
}

export const connectImap: ImapConnector = async (server, password) => {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    // STARTTLS required, never opportunistic: credentials must not cross in clear text
    ...(server.security === 'starttls' ? { doSTARTTLS: true } : {}),
    auth: { user: server.user, pass: password },
    tls: tlsOptionsFor(server),
    // no logger at all: imapflow's logs would carry addresses and subjects
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 5 * 60_000,
    clientInfo: { name: 'CaseDesk' },
  });
  // an 'error' event without a listener would crash the process; failures reach us through the calls
  client.on('error', () => undefined);
  await client.connect();
  return new ImapFlowSession(client);
};

class ImapFlowSession implements ImapSession {
  #news = false;
  #wake: (() => void) | null = null;

  constructor(private readonly client: ImapFlow) {
    client.on('exists', () => {
      this.#news = true;
      this.#wake?.();
    });
    client.on('close', () => this.#wake?.());
  }

  get closed(): boolean {
    return !this.client.usable;
  }

  /** Every folder, named with `/` between levels. */
  async listFolders(): Promise<string[]> {
    return (await this.client.list()).map((entry) => (entry.delimiter ? entry.path.split(entry.delimiter).join('/') : entry.path));
  }

  async ensureFolder(path: string): Promise<void> {
    const existing = await this.listFolders();
    if (!existing.includes(folderParts(path).join('/'))) await this.client.mailboxCreate(folderParts(path));
  }

  async open(folder: string): Promise<FolderSnapshot> {
    const mailbox = await this.client.mailboxOpen(folderParts(folder));
    this.#news = false;
    const found = mailbox.exists > 0 ? await this.client.search({ all: true }, { uid: true }) : [];
    return { uidValidity: Number(mailbox.uidValidity), uids: [...(found || [])].sort((a, b) => a - b) };
  }

  async meta(uids: readonly number[]): Promise<MessageMeta[]> {
    if (uids.length === 0) return [];
    const found: MessageMeta[] = [];
    for await (const message of this.client.fetch(uidSet(uids), { uid: true, internalDate: true, size: true }, { uid: true })) {
      const date = message.internalDate instanceof Date ? message.internalDate : message.internalDate ? new Date(message.internalDate) : undefined;
      found.push({ uid: message.uid, internalDate: date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined, size: message.size ?? 0 });
    }
    return found;
  }

  async sources(uids: readonly number[]): Promise<Map<number, Uint8Array>> {
    const found = new Map<number, Uint8Array>();
    if (uids.length === 0) return found;
    for await (const message of this.client.fetch(uidSet(uids), { uid: true, source: true }, { uid: true })) {
      if (message.source) found.set(message.uid, new Uint8Array(message.source));
    }
    return found;
  }

  async move(uids: readonly number[], destination: string): Promise<void> {
    if (uids.length === 0) return;
    const moved = await this.client.messageMove(uidSet(uids), folderParts(destination), { uid: true });
    if (moved === false) throw Object.assign(new Error('move refused'), { code: 'MOVE_REFUSED' });
  }

  async append(folder: string, raw: Uint8Array, flags: string[], date: Date): Promise<void> {
    const appended = await this.client.append(folderParts(folder), Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), flags, date);
    if (appended === false) throw Object.assign(new Error('append refused'), { code: 'APPEND_REFUSED' });
  }

  async waitForNews(ms: number, stop: AbortSignal): Promise<'news' | 'timeout' | 'closed'> {
    if (this.closed) return 'closed';
    if (this.#news) return 'news';
    let timer: NodeJS.Timeout | undefined;
    const outcome = await new Promise<'news' | 'timeout' | 'closed'>((resolve) => {
      const settle = () => resolve(this.closed ? 'closed' : this.#news ? 'news' : 'timeout');
      this.#wake = settle;
      timer = setTimeout(settle, ms);
      stop.addEventListener('abort', settle, { once: true });
      // IDLE runs until the next command breaks it; its own end (server timeout) counts as a wake-up too
      this.client.idle().then(settle, settle);
    });
    clearTimeout(timer);
    this.#wake = null;
    return outcome;
  }

  async close(): Promise<void> {
    try {
      await this.client.logout();
    } catch {
      this.client.close();
    }
  }
}
