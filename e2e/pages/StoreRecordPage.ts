import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → 备份与恢复 and 保存期限与清除 (issue 11). */
export class StoreRecordPage {
  readonly backup: Locator;
  readonly retention: Locator;

  constructor(private readonly page: Page) {
    this.backup = page.locator('.ant-card').filter({ has: page.getByRole('heading', { level: 2, name: /^(备份与恢复|Backup and restore)$/ }) });
    this.retention = page.locator('.ant-card').filter({ has: page.getByRole('heading', { level: 2, name: /^(保存期限与清除|Retention and purge)$/ }) });
  }

  async open() {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: '设置' }).click();
    await expect(this.backup).toBeVisible();
  }

  /** Backs up under a passphrase; resolves with the downloaded file's path once it is saved. */
  async backUp(passphrase: string, saveTo: string): Promise<string> {
    const form = this.backup.getByRole('form', { name: '立即备份' });
    await form.getByLabel('备份口令', { exact: true }).fill(passphrase);
    await form.getByLabel('再次输入口令').fill(passphrase);
    const download = this.page.waitForEvent('download');
    await form.getByRole('button', { name: '立即备份' }).click();
    const file = await download;
    await file.saveAs(saveTo);
    await expect(this.page.getByText(`备份已保存：${file.suggestedFilename()}`)).toBeVisible();
    return saveTo;
  }

  /** Starts a restore; the caller waits for what follows (success, a refusal, the confirmation). */
  async startRestore(file: string, passphrase: string) {
    const form = this.backup.getByRole('form', { name: '从备份恢复' });
    await form.getByLabel('选择备份文件').setInputFiles(file);
    await form.getByLabel('备份口令').fill(passphrase);
    await form.getByRole('button', { name: '验证并恢复' }).click();
  }
}
