import { randomUUID } from 'node:crypto';
import type { MailboxAck, MailboxBatch, MailboxMessage } from '../../shared/mailbox';

/**
 * Between the mailbox watchers and the case store (issue 17): a watcher
 * offers a page of messages and waits; the renderer takes it with a long
 * poll (`next`), stores it, and answers (`ack`), which lets the watcher move
 * what is stored and go on. A page handed out and never answered (the window
 * was reloaded mid-import) is offered again after a while; the store knows a
 * message it already has, so a second offer creates nothing twice.
 */
export type AckResults = MailboxAck['results'];

interface Pending {
  batch: MailboxBatch;
  handedOutAt: number | null;
  resolve(results: AckResults): void;
}

/** A page handed out but not answered in this time is offered again. */
export const REOFFER_AFTER_MS = 2 * 60_000;

export class BatchQueue {
  readonly #pending: Pending[] = [];
  readonly #waiters = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Offers messages and resolves with the store's answer for each. */
  deliver(messages: MailboxMessage[]): Promise<AckResults> {
    return new Promise((resolve) => {
      this.#pending.push({ batch: { batchId: randomUUID(), messages }, handedOutAt: null, resolve });
      this.wakeWaiters();
    });
  }

  /** Wakes every long poll, e.g. because a mailbox's state changed and the indicator should show it. */
  wakeWaiters(): void {
    for (const wake of [...this.#waiters]) wake();
  }

  #take(): MailboxBatch | null {
    const now = this.now();
    const next = this.#pending.find((p) => p.handedOutAt === null || now - p.handedOutAt >= REOFFER_AFTER_MS);
    if (!next) return null;
    next.handedOutAt = now;
    return next.batch;
  }

  /** The next page, waiting up to `waitMs`; null when none came, or when something else woke the poll. */
  async next(waitMs: number): Promise<MailboxBatch | null> {
    const ready = this.#take();
    if (ready || waitMs === 0) return ready;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      this.#waiters.add(done);
    });
    return this.#take();
  }

  /** The store's answer for a page; an unknown or already answered page is ignored. */
  ack(ack: MailboxAck): boolean {
    const index = this.#pending.findIndex((p) => p.batch.batchId === ack.batchId);
    if (index < 0) return false;
    const [pending] = this.#pending.splice(index, 1);
    pending!.resolve(ack.results);
    return true;
  }

  /** Pages of one account are dropped (the account was removed or changed): their watcher is stopping. */
  drop(accountId: string): void {
    for (let i = this.#pending.length - 1; i >= 0; i--) {
      const pending = this.#pending[i]!;
      if (pending.batch.messages[0]?.accountId === accountId) {
        this.#pending.splice(i, 1);
        pending.resolve(pending.batch.messages.map((m) => ({ accountId: m.accountId, folder: m.folder, uidValidity: m.uidValidity, uid: m.uid, outcome: 'not-stored' as const })));
      }
    }
  }
}
