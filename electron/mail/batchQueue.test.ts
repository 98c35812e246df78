import { describe, expect, it } from 'vitest';
import type { MailboxMessage } from '../../shared/mailbox';
import { BatchQueue, REOFFER_AFTER_MS } from './batchQueue';

const message = (uid: number, accountId = 'legal'): MailboxMessage => ({ accountId, folder: 'INBOX', uidValidity: 7, uid, size: 3, raw: new Uint8Array([1, 2, 3]) });

describe('the queue between the mailbox and the store', () => {
  it('hands a page to the store and resolves the watcher with the store\'s answer', async () => {
    const queue = new BatchQueue();
    const answered = queue.deliver([message(1), message(2)]);
    const batch = await queue.next(0);
    expect(batch?.messages.map((m) => m.uid)).toEqual([1, 2]);
    queue.ack({ batchId: batch!.batchId, results: [{ accountId: 'legal', folder: 'INBOX', uidValidity: 7, uid: 1, outcome: 'stored' }] });
    await expect(answered).resolves.toEqual([{ accountId: 'legal', folder: 'INBOX', uidValidity: 7, uid: 1, outcome: 'stored' }]);
    expect(await queue.next(0)).toBeNull();
  });

  it('wakes a waiting long poll as soon as a page arrives', async () => {
    const queue = new BatchQueue();
    const polled = queue.next(10_000);
    void queue.deliver([message(1)]);
    await expect(polled).resolves.toMatchObject({ messages: [{ uid: 1 }] });
  });

  it('offers a page handed out but never answered again after a while, not before', async () => {
    let now = 0;
    const queue = new BatchQueue(() => now);
    void queue.deliver([message(1)]);
    const first = await queue.next(0);
    expect(await queue.next(0)).toBeNull();
    now += REOFFER_AFTER_MS;
    expect((await queue.next(0))?.batchId).toBe(first?.batchId);
  });

  it('answers "not stored" for the pages of an account that is dropped, so its watcher can stop', async () => {
    const queue = new BatchQueue();
    const answered = queue.deliver([message(1, 'old')]);
    void queue.deliver([message(2, 'other')]);
    queue.drop('old');
    await expect(answered).resolves.toEqual([{ accountId: 'old', folder: 'INBOX', uidValidity: 7, uid: 1, outcome: 'not-stored' }]);
    expect((await queue.next(0))?.messages[0]?.accountId).toBe('other');
  });
});
