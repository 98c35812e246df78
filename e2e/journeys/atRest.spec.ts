import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { expect, E2E_NOW, scaled, test } from '../fixtures';
import { CaseListPage } from '../pages/CaseListPage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { IntakePage } from '../pages/IntakePage';
import { Shell } from '../pages/Shell';
import config from '../playwright.config';

/**
 * Issue 11: what a case holds is not in the profile's files. A mail with a
 * requester's name, ID number, phone, email and address and a scan attached
 * becomes a case in a Chromium profile on disk; the browser is closed; then
 * every file of the profile is read, as someone who copied it would. The
 * case's reference, which is no personal data and stays plain for its index,
 * must be found there — proof that the files are readable as they are — and
 * none of the personal values, in any of the encodings Chromium stores text in.
 */
const PERSON = {
  name: '欧阳晓明',
  idNumber: '11010519491231002X',
  phone: '13912345678',
  email: 'xiaoming.ouyang@example.cn',
  address: '浙江省宁波市鄞州区天童南路588号',
};
const SCAN = Buffer.from(`\xff\xd8\xff\xe0JFIF scan of an identity card ${'Q7vT2pXk'.repeat(64)}`, 'latin1');

function requestMail(): Buffer {
  const body = `您好：\r\n本人${PERSON.name}，身份证号${PERSON.idNumber}，手机${PERSON.phone}，住址${PERSON.address}，申请查阅我的个人信息。\r\n`;
  return Buffer.from(
    [
      `From: ${PERSON.email}`,
      'To: privacy@solutioncl.com',
      'Subject: =?UTF-8?B?' + Buffer.from('申请查阅个人信息').toString('base64') + '?=',
      'Date: Mon, 30 Nov 2026 09:00:00 +0800',
      'Message-ID: <at-rest-1@example.cn>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(body).toString('base64'),
      '--b1',
      'Content-Type: image/jpeg; name="id-card.jpg"',
      'Content-Disposition: attachment; filename="id-card.jpg"',
      'Content-Transfer-Encoding: base64',
      '',
      SCAN.toString('base64'),
      '--b1--',
      '',
    ].join('\r\n'),
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? filesUnder(full) : [full];
  });
}

test('a case written through the app leaves no personal data in the profile’s files', async () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'casedesk-profile-'));
  try {
    const use = config.use!;
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: use.launchOptions!.executablePath!,
      args: use.launchOptions!.args!,
      baseURL: use.baseURL!,
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
    });
    const app = context.pages()[0] ?? (await context.newPage());
    await app.clock.setSystemTime(E2E_NOW);
    await app.goto('/');
    await new FirstRunPage(app).startEmpty('王敏');
    await new CaseListPage(app).expectShown();
    await new Shell(app).goTo('收件');
    const intake = new IntakePage(app);
    await intake.dropFiles([{ name: 'request.eml', bytes: requestMail() }]);
    await expect.poll(() => intake.counts(), { timeout: scaled(30_000) }).toEqual({ created: 1, joined: 0, duplicates: 0, failed: 0 });
    const reference = (await intake.caseLink(intake.row('request.eml')).textContent())!;
    // the case shows what it holds: the officer reads it in the clear
    await intake.caseLink(intake.row('request.eml')).click();
    await expect(app.getByText(PERSON.email).first()).toBeVisible();
    await context.close();

    const contents = filesUnder(profile).map((file) => readFileSync(file));
    const found = (needle: Buffer) => contents.some((bytes) => bytes.includes(needle));
    const encodings = (text: string) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'latin1')];
    expect(found(Buffer.from(reference, 'latin1'))).toBe(true);
    for (const [field, value] of Object.entries(PERSON)) {
      expect({ field, inProfile: encodings(value).some(found) }).toEqual({ field, inProfile: false });
    }
    expect(found(SCAN.subarray(4, 64))).toBe(false);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
