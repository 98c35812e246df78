// The mailbox figures of npm run bench (issue 17), run through
// electron/runTs.mjs: a Dovecot of CASEDESK_BENCH_MAILBOX messages (default
// 5,000), the web host's own server running the mailbox, and Debian's
// Chromium with the app. Measured: the first connection until every message
// is a case and the inbox is empty (and the longest gap between frames
// meanwhile: the UI stays usable), then the delay from one new delivery to
// its case. Prints a table; ports 43173–43175 unless CASEDESK_BENCH_MAILBOX_PORT.
import { chromium, type Page } from '@playwright/test';
import { ImapFlow } from 'imapflow';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startDovecot, type TestUser } from '../../electron/mail/test-support/dovecot';
import { requestMail } from '../../electron/mail/test-support/testMail';
import { appendToMailbox } from '../../electron/mail/test-support/testSmtp';
import { createApiRoutes } from '../../electron/webHost/apiRoutes';
import { newToken } from '../../electron/webHost/healthProof';
import { createWebHostMailbox, RESTORE_ROUTE } from '../../electron/webHost/mailboxRoutes';
import { startWebHost } from '../../electron/webHost/server';
import { MailboxSettingsPage } from '../pages/MailboxSettingsPage';

const COUNT = Number(process.env.CASEDESK_BENCH_MAILBOX ?? 5000);
const BASE = Number(process.env.CASEDESK_BENCH_MAILBOX_PORT ?? 43173);
const CHROMIUM = process.env.CASEDESK_CHROMIUM ?? '/usr/bin/chromium';
const root = path.resolve(process.cwd());
const legal: TestUser = { name: 'legal', password: 'bench-pw-8Hn' };

async function casesInStore(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('casedesk');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('cases')) return resolve(0), db.close();
          const count = db.transaction('cases').objectStore('cases').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
        open.onerror = () => resolve(-1);
      }),
  );
}

async function inboxCount(imapsPort: number, certPem: string): Promise<number> {
  const client = new ImapFlow({ host: '127.0.0.1', port: imapsPort, secure: true, auth: { user: legal.name, pass: legal.password }, logger: false, tls: { ca: [certPem], servername: 'mail.test.casedesk' } });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const status = await client.status('INBOX', { messages: true });
    return status ? (status.messages ?? 0) : -1;
  } finally {
    await client.logout();
  }
}

async function fill(imapsPort: number, certPem: string): Promise<number> {
  const client = new ImapFlow({ host: '127.0.0.1', port: imapsPort, secure: true, auth: { user: legal.name, pass: legal.password }, logger: false, tls: { ca: [certPem], servername: 'mail.test.casedesk' } });
  client.on('error', () => undefined);
  await client.connect();
  let bytes = 0;
  try {
    for (let n = 1; n <= COUNT; n++) {
      // requests of a few kB, as typed by people (some longer)
      const raw = requestMail(n, { padding: 1500 + ((n * 7919) % 6000) });
      bytes += raw.length;
      await client.append('INBOX', raw, [], new Date(Date.UTC(2026, 10, 1) + n * 60_000));
    }
  } finally {
    await client.logout();
  }
  return bytes;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync('/usr/sbin/dovecot')) {
    console.error('mailbox bench: needs /usr/bin/chromium and dovecot-imapd');
    process.exit(1);
  }
  const [imapsPort, imapPort, webPort] = [BASE, BASE + 1, BASE + 2];
  const dovecot = await startDovecot({ imapsPort, imapPort, users: [legal] });
  const mailbox = createWebHostMailbox(() => undefined);
  const host = await startWebHost({
    root: path.join(root, 'dist', 'renderer'),
    port: webPort,
    launchToken: newToken(),
    sessionToken: newToken(),
    api: createApiRoutes(mailbox.handlers, () => undefined),
    privateRoutes: { [RESTORE_ROUTE]: (body) => mailbox.restore(body) },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
  try {
    const filling = Date.now();
    const bytes = await fill(imapsPort, dovecot.certificate.certPem);
    const fillMs = Date.now() - filling;

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.goto(host.url);
    await page.getByLabel('您的姓名').fill('王敏');
    await page.getByRole('button', { name: '从空白开始' }).click();
    const settings = new MailboxSettingsPage(page);
    await settings.open();
    await settings.startAccount({ host: '127.0.0.1', port: imapsPort, user: legal.name, password: legal.password });
    await settings.test();
    await settings.pin('IMAP');
    // the longest gap between two frames while the first synchronisation runs: the UI stays usable
    await page.evaluate(() => {
      const w = window as Window & { __gap?: number };
      w.__gap = 0;
      let last = performance.now();
      const tick = (now: number) => {
        w.__gap = Math.max(w.__gap ?? 0, now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    for (;;) {
      if ((await casesInStore(page)) >= COUNT && (await inboxCount(imapsPort, dovecot.certificate.certPem)) === 0) break;
      if (Date.now() - started > 30 * 60_000) throw new Error('first connection took over 30 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    const firstMs = Date.now() - started;
    const gap = await page.evaluate(() => (window as Window & { __gap?: number }).__gap ?? 0);

    // one new message, delivered once the mailbox is idle again
    await settings.indicator.getByText('已连接').waitFor({ timeout: 60_000 });
    const delays: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const before = await casesInStore(page);
      await appendToMailbox(imapsPort, dovecot.certificate, legal, requestMail(COUNT + i));
      const delivered = Date.now();
      while ((await casesInStore(page)) <= before) await new Promise((r) => setTimeout(r, 20));
      delays.push(Date.now() - delivered);
      await new Promise((r) => setTimeout(r, 1000));
    }
    delays.sort((a, b) => a - b);
    console.table([
      {
        messages: COUNT,
        'MB in the mailbox': (bytes / 1024 / 1024).toFixed(1),
        'filling Dovecot (s)': (fillMs / 1000).toFixed(1),
        'first connection → all cases, inbox empty (s)': (firstMs / 1000).toFixed(1),
        'messages/s': (COUNT / (firstMs / 1000)).toFixed(0),
        'longest frame gap meanwhile (ms)': gap.toFixed(0),
        'delivery → case, median of 5 (ms)': delays[2],
        'delivery → case, worst of 5 (ms)': delays[4],
      },
    ]);
  } finally {
    await browser.close();
    await mailbox.service.stop();
    await host.close();
    await dovecot.stop();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
