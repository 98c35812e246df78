import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_NOW, expect, test } from '../fixtures';
import { CaseDetailPage } from '../pages/CaseDetailPage';
import { CaseListPage } from '../pages/CaseListPage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { StoreRecordPage } from '../pages/StoreRecordPage';

/**
 * The store as a system of record (issue 11): a backup restored into a wiped
 * profile gives every table back identical; a purge survives the restore of
 * an older backup; a tampered audit event is reported at start.
 */
const PASSPHRASE = '案件台备份口令-2026';

// the probe below is injected as an inline script, which the web host's CSP rightly refuses: only these journeys lift it
test.use({ bypassCSP: true });

let probe: string | undefined;
/** The app's own digest and audit modules, bundled and injected into the page (as the benchmark does). */
async function injectProbe(page: Page) {
  if (!probe) {
    const bundle = await build({ entryPoints: [path.join(import.meta.dirname, '../support/storeProbe.ts')], bundle: true, format: 'esm', write: false, target: 'chrome120', logLevel: 'warning' });
    probe = bundle.outputFiles[0]!.text;
  }
  await page.addScriptTag({ content: probe, type: 'module' });
  await page.waitForFunction(() => 'casedeskProbe' in window);
}

test('back up, wipe the profile, restore: every table is identical and the audit log verifies', async ({ app, browser }, testInfo) => {
  await new FirstRunPage(app).loadSampleData('王敏');
  await new CaseListPage(app).expectCounts(201, 201);
  await injectProbe(app);
  const before = await app.evaluate(() => window.casedeskProbe.digests(false));
  expect(before.cases?.rows).toBe(201);

  const settings = new StoreRecordPage(app);
  await settings.open();
  const file = await settings.backUp(PASSPHRASE, testInfo.outputPath('store.cdbackup'));

  // a wiped profile: a new browser profile, its own store and its own key
  const use = testInfo.project.use;
  const fresh = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, viewport: use.viewport, bypassCSP: true });
  const page = await fresh.newPage();
  await page.clock.setSystemTime(E2E_NOW);
  await page.goto('/');
  // the new profile is restored from its first-run page, without starting empty first
  const firstRun = new FirstRunPage(page);
  await firstRun.expectShown();

  // a wrong passphrase is refused and changes nothing
  await firstRun.restoreFromBackup(file, 'not the passphrase at all');
  await expect(page.getByText('口令不正确，无法打开此备份。案件库未作任何更改。')).toBeVisible();
  await firstRun.expectShown();

  await page.getByRole('form', { name: '从备份恢复' }).getByLabel('备份口令').fill(PASSPHRASE);
  await page.getByRole('form', { name: '从备份恢复' }).getByRole('button', { name: '验证并恢复' }).click();
  await expect(page.getByText(/^已恢复 .* 的备份：1 条审计链已验证，0 项清除已重新执行$/)).toBeVisible();
  // the restored settings end the first run: the shell opens on the restored cases
  await new CaseListPage(page).expectCounts(201, 201);
  await injectProbe(page);
  expect(await page.evaluate(() => window.casedeskProbe.digests(true))).toEqual(before);
  expect(await page.evaluate(() => window.casedeskProbe.auditOk())).toBe(true);
  await fresh.close();
});

test('a purge past retention comes back when an older backup is restored', async ({ app }, testInfo) => {
  await new FirstRunPage(app).loadSampleData('王敏');
  await new CaseListPage(app).expectCounts(201, 201);
  const settings = new StoreRecordPage(app);
  await settings.open();
  const older = await settings.backUp(PASSPHRASE, testInfo.outputPath('older.cdbackup'));

  // one year instead of three, so the sample's cases closed before 2025-11-30 are due
  await settings.retention.getByLabel('结案后保存年限').fill('1');
  await settings.retention.getByRole('button', { name: '保存' }).click();
  const first = settings.retention.getByRole('checkbox', { name: /^CL-\d{4}-\d{4}$/ }).first();
  await expect(first).toBeVisible();
  const reference = (await first.getAttribute('aria-label'))!;
  await first.check();
  await settings.retention.getByRole('button', { name: '清除所选案件的个人信息' }).click();
  await app.getByRole('dialog').getByRole('button', { name: '确认清除' }).click();
  await expect(app.getByText('已清除 1 个案件的个人信息')).toBeVisible();
  await expect(settings.retention.getByRole('checkbox', { name: reference })).toHaveCount(0);

  // the older backup still holds that case's personal data: restoring it applies the purge again
  await settings.startRestore(older, PASSPHRASE);
  const confirm = app.getByRole('dialog').filter({ hasText: '替换当前案件库？' });
  const safety = app.waitForEvent('download');
  await confirm.getByRole('button', { name: '先备份，再恢复' }).click();
  expect((await safety).suggestedFilename()).toMatch(/^casedesk-before-restore-\d{8}-\d{6}Z\.cdbackup$/);
  await expect(app.getByText(/^已恢复 .* 的备份：1 条审计链已验证，1 项清除已重新执行$/)).toBeVisible();

  await app.getByRole('navigation').getByRole('menuitem', { name: '案件' }).click();
  const list = new CaseListPage(app);
  await list.search(reference);
  await list.openCase(reference);
  await new CaseDetailPage(app).expectCase(reference);
  await expect(app.getByText(/^个人信息已于 \d{4}-\d{2}-\d{2} 按保存期限清除$/)).toBeVisible();
});

test('a tampered audit event is reported at start', async ({ app }) => {
  await new FirstRunPage(app).startEmpty('王敏');
  await new CaseListPage(app).expectShown();
  await expect(app.getByTestId('audit-start-banner')).toHaveCount(0);
  await injectProbe(app);
  await app.evaluate(() => window.casedeskTamper());
  await app.reload();
  await expect(app.getByTestId('audit-start-banner')).toContainText('审计日志异常');
});

test('a store whose key is gone: the failure screen says so, and leads to a restore only once the officer confirms', async ({ app, shot }) => {
  await new FirstRunPage(app).startEmpty('王敏');
  await new CaseListPage(app).expectShown();
  // the keychain lost the store's key (a reinstalled system, say): the vault's database goes as the page unloads
  await app.evaluate(() => void indexedDB.deleteDatabase('casedesk-keyring'));
  await app.reload();
  await expect(app.getByText('案件库存在，但其密钥已不在系统钥匙串中')).toBeVisible();
  await shot('store-key-missing');
  await app.getByRole('button', { name: '从备份恢复', exact: true }).click();
  const confirm = app.getByRole('dialog').filter({ hasText: '删除无法读取的案件库，从备份恢复？' });
  await expect(confirm).toContainText('请先点“导出可读取的数据”');
  await confirm.getByRole('button', { name: '删除并从备份恢复' }).click();
  // an empty store under a new key, whose first-run page restores a backup
  await new FirstRunPage(app).expectShown();
  await expect(app.getByRole('button', { name: '从备份恢复', exact: true })).toBeVisible();
});
