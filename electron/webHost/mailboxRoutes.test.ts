import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DONE_FOLDER, type MailboxAccount } from '../../shared/mailbox';
import { decodeFrame, encodeFrame } from '../../shared/platform/wireFrame';
import { createApiRoutes } from './apiRoutes';
import { newToken } from './healthProof';
import { createWebHostMailbox, RESTORE_ROUTE } from './mailboxRoutes';
import { SESSION_HEADER, startWebHost } from './server';

// The web host's own server runs the mailbox (issue 17): the page restores its accounts and passwords
// once per load, then uses the same platform messages as the desktop. A port of this suite's range.
const PORT = 43166;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const sessionToken = newToken();
const mailbox = createWebHostMailbox(() => undefined);
let host: Awaited<ReturnType<typeof startWebHost>>;

beforeAll(async () => {
  host = await startWebHost({
    root: '/nonexistent',
    port: PORT,
    launchToken: newToken(),
    sessionToken,
    api: createApiRoutes(mailbox.handlers, () => undefined),
    privateRoutes: { [RESTORE_ROUTE]: (body) => mailbox.restore(body) },
  });
});
afterAll(async () => {
  await mailbox.service.stop();
  await host.close();
});

async function call(route: string, value: unknown): Promise<unknown> {
  const response = await fetch(`${ORIGIN}/api/${route}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', origin: ORIGIN, [SESSION_HEADER]: sessionToken }, body: encodeFrame(value) });
  expect(response.status).toBe(200);
  return decodeFrame(new Uint8Array(await response.arrayBuffer()));
}

const account: MailboxAccount = {
  id: 'legal',
  label: '法务邮箱',
  address: 'legal@solutioncl.com',
  // nothing listens here: the state says so, which is all this test needs
  enabled: true,
  imap: { host: '127.0.0.1', port: 43177, security: 'tls', user: 'legal' },
  folders: ['INBOX'],
  doneFolder: DEFAULT_DONE_FOLDER,
  maxMessageBytes: 50 * 1024 * 1024,
  pollSeconds: 60,
};

describe('the mailbox in the web host\'s server', () => {
  it('takes the accounts and passwords the page restores, never gives a password back, and reports each state', async () => {
    expect(await call(RESTORE_ROUTE, { accounts: [account], passwords: [{ accountId: 'legal', server: 'imap', value: 'secret-pw' }] })).toEqual({ ok: true, value: {} });
    const listed = await call('mailboxAccounts', {});
    expect(listed).toMatchObject({ ok: true, value: { accounts: [{ account: { id: 'legal' }, hasImapPassword: true, hasSmtpPassword: false }] } });
    expect(JSON.stringify(listed)).not.toContain('secret-pw');
    await expect.poll(async () => ((await call('mailboxStatus', {})) as { value: { states: { problem?: string }[] } }).value.states[0]?.problem, { timeout: 10_000 }).toBe('unreachable');
  });

  it('refuses a malformed restore and an account that breaks the schema', async () => {
    expect(await call(RESTORE_ROUTE, { accounts: [{ ...account, imap: { ...account.imap, security: 'none' } }], passwords: [] })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('mailboxSave', { account: { ...account, folders: [DEFAULT_DONE_FOLDER] } })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('forgets every account when the page restores none (a fresh profile)', async () => {
    await call(RESTORE_ROUTE, { accounts: [], passwords: [] });
    expect(await call('mailboxAccounts', {})).toEqual({ ok: true, value: { accounts: [] } });
  });
});
