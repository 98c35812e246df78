import { createHash } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { createTransport } from 'nodemailer';
import PostalMime from 'postal-mime';
import { startDovecot, type RunningDovecot, type TestUser } from '../../electron/mail/test-support/dovecot';
import { requestMail } from '../../electron/mail/test-support/testMail';
import { appendToMailbox, startTestSmtp } from '../../electron/mail/test-support/testSmtp';
import { expect, scaled, test } from '../fixtures';
import { startExtraWebHost, type ExtraWebHost } from '../support/extraWebHost';
import { CaseListPage } from '../pages/CaseListPage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { LettersEditorPage } from '../pages/LettersEditorPage';
import { LettersPage } from '../pages/LettersPage';
import { MailboxSettingsPage } from '../pages/MailboxSettingsPage';
import { Shell } from '../pages/Shell';
import { writeTestPkcs12 } from '../support/signingCertificate';

/**
 * The legal mailbox (issue 17) against real servers the test starts on
 * 127.0.0.1 (ports 43160–43162 of this suite's range): Debian's Dovecot,
 * and an SMTP server that delivers into it — the company's mail server as
 * far as CaseDesk can tell. The web host's own server runs the mailbox.
 */
const IMAPS = 43160;
const IMAP = 43161;
const SMTP = 43162;
const legal: TestUser = { name: 'legal', password: 'legal-pw-5Tz' };
const requester: TestUser = { name: 'requester', password: 'requester-pw-3' };
const SIGNING_PASSWORD = 'e2e-证书-密码';

let dovecot: RunningDovecot;
let smtp: Awaited<ReturnType<typeof startTestSmtp>> | null = null;
const startSmtp = async () => (smtp = await startTestSmtp({ port: SMTP, certificate: dovecot.certificate, login: legal, deliverTo: { imapsPort: IMAPS, users: [legal, requester], catchAll: requester } }));


// The mailbox runs in the web host's server and hands its batches to whichever page of that host asks: these
// journeys get a web host of their own (port 43163), so a journey running beside them in the other worker,
// on the suite's host, never receives their mail.
const HOST = 43163;
let host: ExtraWebHost | undefined;
test.use({ baseURL: `http://127.0.0.1:${HOST}/` });
test.beforeAll(async () => {
  if ((process.env.CASEDESK_E2E_TARGET ?? 'web') === 'web') host = await startExtraWebHost(HOST, scaled(60_000));
});
test.afterAll(async () => {
  await host?.stop();
});

test.beforeEach(async () => {
  dovecot = await startDovecot({ imapsPort: IMAPS, imapPort: IMAP, users: [legal, requester] });
});
test.afterEach(async () => {
  await smtp?.stop();
  smtp = null;
  await dovecot?.stop();
});

const fingerprint = () => dovecot.certificate.sha256.match(/.{2}/g)!.join(':');

/** A requester writes to legal@ from outside: through the company's SMTP server into the legal mailbox. */
async function deliverRequest(n: number, subject: string) {
  const transport = createTransport({ host: '127.0.0.1', port: SMTP, secure: true, tls: { ca: [dovecot.certificate.certPem], servername: 'mail.test.casedesk' } });
  await transport.sendMail({ envelope: { from: `requester${n}@example.cn`, to: ['legal@solutioncl.com'] }, raw: requestMail(n, { subject }) });
  transport.close();
}

function imapClient(user: TestUser): ImapFlow {
  const client = new ImapFlow({ host: '127.0.0.1', port: IMAPS, secure: true, auth: { user: user.name, pass: user.password }, logger: false, tls: { ca: [dovecot.certificate.certPem], servername: 'mail.test.casedesk' } });
  client.on('error', () => undefined);
  return client;
}

/** Someone moves the messages CaseDesk filed back into the inbox (copies, byte for byte). */
async function moveBackToInbox(user: TestUser): Promise<void> {
  const client = imapClient(user);
  await client.connect();
  try {
    await client.mailboxOpen(['CaseDesk', '已立案']);
    await client.messageCopy('1:*', 'INBOX');
  } finally {
    await client.logout();
  }
}

async function folderCount(user: TestUser, folder: string[]): Promise<number> {
  const client = new ImapFlow({ host: '127.0.0.1', port: IMAPS, secure: true, auth: { user: user.name, pass: user.password }, logger: false, tls: { ca: [dovecot.certificate.certPem], servername: 'mail.test.casedesk' } });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const status = await client.status(folder, { messages: true }).catch(() => false as const);
    return status ? (status.messages ?? 0) : 0;
  } finally {
    await client.logout();
  }
}

const LEGAL_IMAP = { host: '127.0.0.1', port: IMAPS, user: 'legal', password: legal.password };
const LEGAL_SMTP = { host: '127.0.0.1', port: SMTP, user: 'legal' };

test('mail to legal@ becomes a case within 5 s, timed by the server; a reload, a UIDVALIDITY change and a wrong password create nothing twice and say so', async ({ app, shot }) => {
  test.setTimeout(120_000);
  await startSmtp();
  await new FirstRunPage(app).startEmpty('王敏');
  const list = new CaseListPage(app);
  await list.expectShown();
  const mailbox = new MailboxSettingsPage(app);
  await expect(mailbox.indicator).toContainText('未配置邮箱');

  // a request waiting in the mailbox before CaseDesk was set up
  await appendToMailbox(IMAPS, dovecot.certificate, legal, requestMail(1, { subject: '申请删除我的通话记录' }), 'INBOX', new Date('2026-11-29T23:15:00.000Z'));

  // Settings: the server's certificate is not trusted until its fingerprint is checked and pinned
  await mailbox.open();
  await mailbox.addPinnedAccount(LEGAL_IMAP, LEGAL_SMTP, fingerprint());
  await expect(mailbox.indicator).toContainText('法务邮箱：已连接', { timeout: 30_000 });
  await shot('mailbox-settings-zh');

  // the waiting request became a case, timed by the server's INTERNALDATE, and left the inbox
  await new Shell(app).goTo('案件');
  const first = list.rows().filter({ hasText: '申请人 1' });
  await expect(first).toHaveCount(1);
  await expect(first).toContainText('删除');
  await expect.poll(() => folderCount(legal, ['INBOX'])).toBe(0);
  expect(await folderCount(legal, ['CaseDesk', '已立案'])).toBe(1);
  await first.getByRole('link').click();
  await expect(app.getByText('申请删除我的通话记录').first()).toBeVisible();
  await expect(app.getByText('公司邮件服务器记录的收件时间（IMAP INTERNALDATE 或 Outlook 投递时间）')).toBeVisible();
  await expect(app.getByText('2026-11-30 07:15').first()).toBeVisible();
  await new Shell(app).goTo('案件');

  // new mail while connected: a case within 5 seconds of delivery
  await deliverRequest(2, '申请查阅个人信息（新邮件）');
  const delivered = Date.now();
  await expect(list.rows().filter({ hasText: '申请人 2' })).toHaveCount(1, { timeout: 5_000 });
  expect(Date.now() - delivered).toBeLessThan(5_000);
  await shot('mailbox-new-case-zh');

  // a restart (reload): the mailbox is read again, nothing is created twice
  await app.reload();
  await expect(mailbox.indicator).toContainText('法务邮箱：已连接', { timeout: 30_000 });
  await list.expectCounts('\\d+', 2);

  // messages already on cases are back in the inbox, and the server renumbers it (UIDVALIDITY):
  // they are recognised by their bytes, no case is opened twice, and they are filed away again
  await moveBackToInbox(legal);
  await dovecot.setUidValidity('legal', 'INBOX', 4242);
  await dovecot.kick('legal');
  await expect.poll(() => folderCount(legal, ['INBOX']), { timeout: 15_000 }).toBe(0);
  expect(await folderCount(legal, ['CaseDesk', '已立案'])).toBe(4);
  await list.expectCounts('\\d+', 2);

  // a wrong password: the indicator says so, in the user's language, and when it tries again
  await mailbox.open();
  await app.getByRole('button', { name: '编辑 法务邮箱' }).click();
  await app.getByLabel('密码', { exact: true }).fill('wrong-password');
  await mailbox.save();
  await expect(mailbox.indicator).toContainText('法务邮箱：用户名或密码被服务器拒绝', { timeout: 15_000 });
  await expect(mailbox.indicator).toContainText('将于');
  await shot('mailbox-wrong-password-zh');
  await new Shell(app).switchLanguage('zh-CN');
  await expect(mailbox.indicator).toContainText('the server refused the user name or password');
  await shot('mailbox-wrong-password-en');
});

test('a signed letter is sent from the case over SMTP: refused while the server is down, then delivered byte for byte and kept on the case', async ({ app, shot }, testInfo) => {
  // issue 14: signing now goes through its confirmation and the PIN (scrypt)
  test.setTimeout(180_000);
  await new FirstRunPage(app).loadSampleData('王敏');
  await new CaseListPage(app).expectShown();
  const mailbox = new MailboxSettingsPage(app);
  await startSmtp();
  await mailbox.open();
  await mailbox.addPinnedAccount(LEGAL_IMAP, LEGAL_SMTP, fingerprint());
  await expect(mailbox.indicator).toContainText('已连接', { timeout: 30_000 });

  // a signed acknowledgement for an open case
  const letters = new LettersPage(app);
  const p12 = testInfo.outputPath('signer.p12');
  writeTestPkcs12(p12, SIGNING_PASSWORD);
  await letters.open('函件设置');
  await letters.importCertificate(p12, SIGNING_PASSWORD);
  await expect(app.getByText('证书已导入：王敏')).toBeVisible();
  await new Shell(app).goTo('案件');
  const list = new CaseListPage(app);
  await list.filterByStatus('在办');
  const reference = (await list.rows().filter({ hasNotText: '身份验证中' }).first().getByRole('link').textContent())!;
  await list.openCase(reference);
  await app.getByRole('button', { name: '新建函件' }).click();
  const editor = new LettersEditorPage(app);
  await editor.chooseKind('收件确认函');
  const sha256 = await editor.sign();

  // the SMTP server is down: not sent, and the letter stays signed and unsent
  await smtp!.stop();
  smtp = null;
  await app.getByRole('button', { name: '通过邮箱发送' }).click();
  await app.getByRole('dialog', { name: '发送答复函' }).getByRole('button', { name: '发送' }).click();
  await expect(app.getByText('未发送，函件仍为“已签署未发送”：无法连接发件服务器')).toBeVisible({ timeout: 30_000 });
  await app.getByRole('dialog', { name: '发送答复函' }).getByRole('button', { name: '取消' }).click();

  // back up: sent, accepted by the server, the letter marked sent, the message on the case
  await startSmtp();
  await app.getByRole('button', { name: '通过邮箱发送' }).click();
  await app.getByRole('dialog', { name: '发送答复函' }).getByRole('button', { name: '发送' }).click();
  await expect(app.getByText(/已发送：服务器于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 接收/)).toBeVisible({ timeout: 30_000 });
  await shot('mailbox-reply-sent-zh');

  // it arrived in the requester's mailbox with the signed PDF attached byte for byte
  await expect.poll(() => folderCount(requester, ['INBOX']), { timeout: 10_000 }).toBe(1);
  const arrived = smtp!.received.at(-1)!;
  const parsed = await PostalMime.parse(arrived.raw);
  expect(parsed.subject).toBe(`收件确认函（案件编号：${reference}）`);
  expect(createHash('sha256').update(new Uint8Array(parsed.attachments[0]!.content as ArrayBuffer)).digest('hex')).toBe(sha256);
  expect(arrived.from).toBe('legal@solutioncl.com');
  expect(await folderCount(legal, ['Sent'])).toBe(1);

  await letters.open('函件登记');
  await expect(letters.row(reference)).toContainText('已发送');
});
