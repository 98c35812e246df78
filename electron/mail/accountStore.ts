import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { mailboxAccountSchema, type MailboxAccount } from '../../shared/mailbox';
import { writeFileAtomic } from '../fs/atomicWrite';

/**
 * Where the mailbox accounts of this workstation are kept (no passwords: the
 * keychain holds those). The desktop keeps a file in its profile; the web
 * host's server keeps them in memory, restored from the browser's vault by
 * the page at each launch (renderer/platform/web/mailboxClient.ts).
 */
export interface AccountStore {
  load(): Promise<MailboxAccount[]>;
  save(accounts: readonly MailboxAccount[]): Promise<void>;
}

const fileSchema = z.object({ version: z.literal(1), accounts: z.array(mailboxAccountSchema).max(20) });

export class FileAccountStore implements AccountStore {
  constructor(private readonly file: string) {}

  async load(): Promise<MailboxAccount[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.accounts : [];
    } catch {
      return [];
    }
  }

  async save(accounts: readonly MailboxAccount[]): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify({ version: 1, accounts }), { mode: 0o600 });
  }
}

export class MemoryAccountStore implements AccountStore {
  #accounts: MailboxAccount[] = [];
  async load(): Promise<MailboxAccount[]> {
    return [...this.#accounts];
  }
  async save(accounts: readonly MailboxAccount[]): Promise<void> {
    this.#accounts = [...accounts];
  }
}
