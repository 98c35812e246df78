import { describe, expect, it } from 'vitest';
import { DEFAULT_DONE_FOLDER, type MailboxAccount } from '../../shared/mailbox';
import { MemoryAccountStore } from './accountStore';
import { MailboxService } from './mailboxService';
import { MemorySecrets } from './secrets';

// The shell's indicator must never keep showing a state that has passed: a long poll answers at
// once when the states changed since the version the caller last saw.
const account: MailboxAccount = {
  id: 'legal',
  label: '法务邮箱',
  address: 'legal@solutioncl.com',
  enabled: true,
  imap: { host: 'mail.invalid', port: 993, security: 'tls', user: 'legal' },
  folders: ['INBOX'],
  doneFolder: DEFAULT_DONE_FOLDER,
  maxMessageBytes: 1024 * 1024 * 50,
  pollSeconds: 60,
};

function service(connect: () => Promise<never>) {
  const secrets = new MemorySecrets();
  void secrets.set('mailbox.legal.imap', 'pw');
  const store = new MemoryAccountStore();
  void store.save([account]);
  return new MailboxService({
    store,
    secrets,
    connect,
    probe: async () => null,
    smtp: { send: async () => ({ sent: false, problem: 'unreachable' }), verify: async () => ({ ok: false, error: new Error('x') }) },
    now: () => new Date(),
    log: () => undefined,
    watcher: { firstRetryMs: 60_000, maxRetryMs: 60_000 },
  });
}

describe('the mailbox long poll', () => {
  it('answers at once for a caller that has seen nothing, or an older version; waits for one that is up to date', async () => {
    let refuse: (error: Error) => void = () => undefined;
    const mailbox = service(() => new Promise<never>((_resolve, reject) => (refuse = reject)));
    const first = await mailbox.next(25_000);
    expect(first.states[0]?.state).toBe('connecting');

    // up to date: it waits, and the connection failing is what ends the wait
    const waiting = mailbox.next(25_000, first.version);
    let answered = false;
    void waiting.then(() => (answered = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false);
    refuse(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    const changed = await waiting;
    expect(changed.states[0]).toMatchObject({ state: 'error', problem: 'unreachable' });
    expect(changed.version).toBeGreaterThan(first.version);

    // a caller still on the first version is told at once
    const late = await mailbox.next(25_000, first.version);
    expect(late.states[0]?.state).toBe('error');
    await mailbox.stop();
  });
});
