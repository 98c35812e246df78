import { createHash } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DONE_FOLDER, type MailboxAccount, type MailboxBatch, type MailboxMessage, type MailboxState } from '../../shared/mailbox';
import { MemoryAccountStore } from './accountStore';
import type { AckResults } from './batchQueue';
import { probeCertificate } from './certificateProbe';
import { connectImap } from './imapSession';
import { MailboxService } from './mailboxService';
import { MemorySecrets } from './secrets';
import { smtpClient } from './smtpSender';
import { dovecotInstalled, startDovecot, type RunningDovecot, type TestUser } from './test-support/dovecot';
import { startDroppingProxy } from './test-support/droppingProxy';
import { requestMail } from './test-support/testMail';
import { appendToMailbox, startTestSmtp } from './test-support/testSmtp';

// Issue 17 against real servers on 127.0.0.1 (this suite's ports, 43168–43172):
// Debian's Dovecot, an SMTP server that delivers into it, and a proxy that
// drops the connection mid-fetch. The store is a stand-in that remembers
// what it has by SHA-256, as the case store does.
const IMAPS = 43168;
const IMAP = 43169;
const SMTP = 43171;
const PROXY = 43172;

const user = (name: string): TestUser => ({ name, password: `pw-${name}-7Kq` });
const USERS = ['legal', 'bulk', 'restart', 'validity', 'drop', 'wrongpw', 'untrusted', 'big', 'sender', 'requester'].map(user);
const U = Object.fromEntries(USERS.map((u) => [u.name, u])) as Record<string, TestUser>;

let dovecot: RunningDovecot;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

beforeAll(async () => {
  dovecot = await startDovecot({ imapsPort: IMAPS, imapPort: IMAP, users: USERS });
  smtp = await startTestSmtp({ port: SMTP, certificate: dovecot.certificate, login: U.sender!, deliverTo: { imapsPort: IMAPS, users: USERS } });
}, 30_000);
afterAll(async () => {
  await smtp?.stop();
  await dovecot?.stop();
}, 20_000);

function pin() {
  return { sha256: dovecot.certificate.sha256, pem: dovecot.certificate.certPem, subject: 'CN=mail.test.casedesk', pinnedAt: '2026-12-01T00:00:00.000Z', pinnedBy: '王敏' };
}

function account(name: string, overrides: Partial<MailboxAccount> = {}): MailboxAccount {
  return {
    id: name,
    label: `${name} mailbox`,
    address: `${name}@solutioncl.com`,
    enabled: true,
    imap: { host: '127.0.0.1', port: IMAPS, security: 'tls', user: name, pinnedCertificate: pin() },
    folders: ['INBOX'],
    doneFolder: DEFAULT_DONE_FOLDER,
    sentFolder: 'Sent',
    maxMessageBytes: 50 * 1024 * 1024,
    pollSeconds: 60,
    ...overrides,
  };
}

/** The case store as far as the mailbox can tell: it keeps each message once, by digest. */
class FakeStore {
  readonly digests = new Map<string, MailboxMessage>();
  readonly offered: MailboxMessage[] = [];
  readonly batches: MailboxBatch[] = [];
  refuse: (m: MailboxMessage) => boolean = () => false;
  handle(batch: MailboxBatch): AckResults {
    this.batches.push(batch);
    return batch.messages.map((m) => {
      this.offered.push(m);
      if (this.refuse(m)) return { ...source(m), outcome: 'not-stored' as const };
      const digest = createHash('sha256').update(m.raw).digest('hex');
      if (!this.digests.has(digest)) this.digests.set(digest, m);
      return { ...source(m), outcome: 'stored' as const };
    });
  }
}
const source = (m: MailboxMessage) => ({ accountId: m.accountId, folder: m.folder, uidValidity: m.uidValidity, uid: m.uid });

/** A service with its store pulling as the renderer does, until stopped. */
async function running(accounts: MailboxAccount[], passwords: Record<string, string>, store = new FakeStore()) {
  const secrets = new MemorySecrets();
  for (const [name, value] of Object.entries(passwords)) await secrets.set(name, value);
  const accountStore = new MemoryAccountStore();
  await accountStore.save(accounts);
  const states: MailboxState[][] = [];
  const service = new MailboxService({
    store: accountStore,
    secrets,
    connect: connectImap,
    probe: probeCertificate,
    smtp: smtpClient,
    now: () => new Date(),
    log: () => undefined,
    watcher: { firstRetryMs: 300, maxRetryMs: 1000 },
  });
  let stopped = false;
  const loop = (async () => {
    let seen: number | undefined;
    while (!stopped) {
      const { batch, states: now, version } = await service.next(200, seen);
      seen = version;
      states.push(now);
      if (batch) service.ack({ batchId: batch.batchId, results: store.handle(batch) });
    }
  })();
  return {
    service,
    store,
    states,
    state: (id: string) => service.states().find((s) => s.accountId === id),
    stop: async () => {
      stopped = true;
      await loop;
      await service.stop();
    },
  };
}
const passwordOf = (u: TestUser) => ({ [`mailbox.${u.name}.imap`]: u.password });

/** How many messages a user's folder holds, read by a client of its own. */
async function count(u: TestUser, folder: string): Promise<number> {
  const client = new ImapFlow({ host: '127.0.0.1', port: IMAPS, secure: true, auth: { user: u.name, pass: u.password }, logger: false, tls: { ca: [dovecot.certificate.certPem], servername: 'mail.test.casedesk' } });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const status = await client.status(folder.split('/'), { messages: true }).catch(() => false as const);
    return status ? (status.messages ?? 0) : 0;
  } finally {
    await client.logout();
  }
}

describe.skipIf(!dovecotInstalled)('the legal mailbox against Dovecot', { timeout: 30_000 }, () => {
  it('hands new mail to the store within 5 s of delivery, with its INTERNALDATE, then moves it to the done folder', async () => {
    const app = await running([account('legal')], passwordOf(U.legal!));
    try {
      await expect.poll(() => app.state('legal'), { timeout: 10_000 }).toMatchObject({ state: 'watching' });
      const delivered = Date.now();
      await appendToMailbox(IMAPS, dovecot.certificate, U.legal!, requestMail(1), 'INBOX', new Date('2026-11-30T01:23:45.000Z'));
      await expect.poll(() => app.store.offered.length, { timeout: 5_000, interval: 50 }).toBe(1);
      expect(Date.now() - delivered).toBeLessThan(5_000);
      const [message] = app.store.offered;
      expect(message).toMatchObject({ accountId: 'legal', folder: 'INBOX', uid: 1, internalDate: '2026-11-30T01:23:45.000Z' });
      expect(Buffer.from(message!.raw).toString()).toContain('Subject: =?UTF-8?B?');
      await expect.poll(() => count(U.legal!, DEFAULT_DONE_FOLDER), { timeout: 5_000 }).toBe(1);
      expect(await count(U.legal!, 'INBOX')).toBe(0);
    } finally {
      await app.stop();
    }
  });

  it('reads a full mailbox on first connection in pages of at most 100, each message once, with progress, and moves them all', async () => {
    for (let n = 1; n <= 120; n++) await appendToMailbox(IMAPS, dovecot.certificate, U.bulk!, requestMail(n));
    const app = await running([account('bulk')], passwordOf(U.bulk!));
    try {
      await expect.poll(() => app.store.digests.size, { timeout: 30_000 }).toBe(120);
      expect(app.store.offered).toHaveLength(120);
      expect(Math.max(...app.store.batches.map((b) => b.messages.length))).toBeLessThanOrEqual(100);
      expect(app.store.batches.length).toBeGreaterThanOrEqual(2);
      const progress = app.states.flat().filter((s) => s.accountId === 'bulk' && s.state === 'syncing').map((s) => s.progress?.total);
      expect(progress).toContain(120);
      await expect.poll(() => count(U.bulk!, 'INBOX'), { timeout: 10_000 }).toBe(0);
      expect(await count(U.bulk!, DEFAULT_DONE_FOLDER)).toBe(120);
    } finally {
      await app.stop();
    }
  }, 60_000);

  it('after a restart offers only what is new: what is on a case was moved out of the watched folder', async () => {
    for (let n = 1; n <= 3; n++) await appendToMailbox(IMAPS, dovecot.certificate, U.restart!, requestMail(n));
    const store = new FakeStore();
    const first = await running([account('restart')], passwordOf(U.restart!), store);
    await expect.poll(() => count(U.restart!, DEFAULT_DONE_FOLDER), { timeout: 10_000 }).toBe(3);
    await first.stop();

    const second = await running([account('restart')], passwordOf(U.restart!), store);
    try {
      await expect.poll(() => second.state('restart')?.state, { timeout: 10_000 }).toBe('watching');
      await appendToMailbox(IMAPS, dovecot.certificate, U.restart!, requestMail(4));
      await expect.poll(() => store.offered.length, { timeout: 5_000 }).toBe(4);
      expect(store.digests.size).toBe(4);
    } finally {
      await second.stop();
    }
  }, 30_000);

  it('after a UIDVALIDITY change forgets the old UIDs and offers what the folder holds under the new ones', async () => {
    await appendToMailbox(IMAPS, dovecot.certificate, U.validity!, requestMail(1));
    const store = new FakeStore();
    store.refuse = () => true; // the store cannot take it: it stays in the folder
    const app = await running([account('validity')], passwordOf(U.validity!), store);
    try {
      await expect.poll(() => store.offered.length, { timeout: 10_000 }).toBe(1);
      const before = store.offered[0]!.uidValidity;
      store.refuse = () => false;
      await dovecot.setUidValidity('validity', 'INBOX', before + 1000);
      await dovecot.kick('validity');
      await expect.poll(() => store.digests.size, { timeout: 15_000 }).toBe(1);
      expect(store.offered.map((m) => m.uidValidity)).toEqual([before, before + 1000]);
      await expect.poll(() => count(U.validity!, 'INBOX'), { timeout: 10_000 }).toBe(0);
    } finally {
      await app.stop();
    }
  }, 30_000);

  it('survives a connection dropped in the middle of a page: every message reaches the store exactly once', async () => {
    for (let n = 1; n <= 40; n++) await appendToMailbox(IMAPS, dovecot.certificate, U.drop!, requestMail(n, { padding: 20_000 }));
    const proxy = await startDroppingProxy({ port: PROXY, target: IMAPS, dropAfterBytes: 300_000, drops: 1 });
    const app = await running([account('drop', { imap: { ...account('drop').imap, port: PROXY } })], passwordOf(U.drop!));
    try {
      await expect.poll(() => app.store.digests.size, { timeout: 30_000 }).toBe(40);
      expect(proxy.drops).toBe(1);
      expect(app.states.flat().some((s) => s.accountId === 'drop' && s.problem === 'connection-lost')).toBe(true);
      expect(app.store.offered).toHaveLength(40);
      await expect.poll(() => count(U.drop!, 'INBOX'), { timeout: 10_000 }).toBe(0);
    } finally {
      await app.stop();
      await proxy.stop();
    }
  }, 60_000);

  it('says a wrong password, and takes nothing', async () => {
    await appendToMailbox(IMAPS, dovecot.certificate, U.wrongpw!, requestMail(1));
    const app = await running([account('wrongpw')], { 'mailbox.wrongpw.imap': 'not-the-password' });
    try {
      await expect.poll(() => app.state('wrongpw')?.problem, { timeout: 10_000 }).toBe('auth-failed');
      expect(app.state('wrongpw')?.retryAt).toBeDefined();
      expect(app.store.offered).toHaveLength(0);
      expect(await count(U.wrongpw!, 'INBOX')).toBe(1);
    } finally {
      await app.stop();
    }
  });

  it('refuses a certificate nobody pinned, shows it, and connects once it is pinned', async () => {
    const unpinned = account('untrusted', { imap: { host: '127.0.0.1', port: IMAPS, security: 'tls', user: 'untrusted' } });
    const app = await running([unpinned], passwordOf(U.untrusted!));
    try {
      await expect.poll(() => app.state('untrusted')?.problem, { timeout: 10_000 }).toBe('tls-untrusted');
      expect(app.state('untrusted')?.certificate?.sha256).toBe(dovecot.certificate.sha256);
      const test = await app.service.test(unpinned, {});
      expect(test.imap).toMatchObject({ ok: false, problem: 'tls-untrusted', certificate: { sha256: dovecot.certificate.sha256 } });
      const pinned = await app.service.test(account('untrusted'), {});
      expect(pinned.imap).toMatchObject({ ok: true });
      // STARTTLS (required, never opportunistic) on the other port, with the same pin
      const starttls = await app.service.test(account('untrusted', { imap: { ...account('untrusted').imap, port: IMAP, security: 'starttls' } }), {});
      expect(starttls.imap).toMatchObject({ ok: true });
    } finally {
      await app.stop();
    }
  });

  it('leaves a message over the size limit in the mailbox, counts it, and takes the rest', async () => {
    await appendToMailbox(IMAPS, dovecot.certificate, U.big!, requestMail(1, { padding: 1_500_000 }));
    await appendToMailbox(IMAPS, dovecot.certificate, U.big!, requestMail(2));
    const app = await running([account('big', { maxMessageBytes: 1024 * 1024 })], passwordOf(U.big!));
    try {
      await expect.poll(() => app.state('big')?.tooLarge, { timeout: 10_000 }).toBe(1);
      await expect.poll(() => app.store.digests.size, { timeout: 10_000 }).toBe(1);
      await expect.poll(() => count(U.big!, 'INBOX'), { timeout: 10_000 }).toBe(1);
    } finally {
      await app.stop();
    }
  });

  it('sends a reply over SMTP that arrives in the requester\'s mailbox byte for byte, and keeps a copy in Sent', async () => {
    const sender = account('sender', { enabled: false, smtp: { host: '127.0.0.1', port: SMTP, security: 'tls', user: 'sender', pinnedCertificate: pin() } });
    const app = await running([sender], { ...passwordOf(U.sender!), 'mailbox.sender.smtp': U.sender!.password });
    try {
      const eml = Buffer.from(requestMail(99, { from: 'sender@solutioncl.com', subject: '答复函 CL-2026-0001' }));
      const outcome = await app.service.send('sender', eml, ['requester@example.cn']);
      expect(outcome).toMatchObject({ sent: true, savedToSent: true, response: expect.stringContaining('250') });
      expect(smtp.received.at(-1)?.raw.equals(eml)).toBe(true);
      expect(await count(U.requester!, 'INBOX')).toBe(1);
      expect(await count(U.sender!, 'Sent')).toBe(1);

      await expect(app.service.send('sender', eml, ['refuse@example.cn'])).resolves.toMatchObject({ sent: false, problem: 'rejected' });
      await app.service.save(sender, { smtp: 'wrong' });
      await expect(app.service.send('sender', eml, ['requester@example.cn'])).resolves.toMatchObject({ sent: false, problem: 'auth-failed' });
      expect(await count(U.requester!, 'INBOX')).toBe(1);
    } finally {
      await app.stop();
    }
  });
});
