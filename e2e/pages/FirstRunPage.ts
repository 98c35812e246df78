import { expect, type Page } from '@playwright/test';

export class FirstRunPage {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(this.page.getByRole('heading', { name: '欢迎使用 CaseDesk 案件台' })).toBeVisible();
  }

  async loadSampleData(officerName: string) {
    await this.page.getByLabel('您的姓名').fill(officerName);
    await this.page.getByRole('button', { name: '载入示例数据' }).click();
  }

  async startEmpty(officerName: string) {
    await this.page.getByLabel('您的姓名').fill(officerName);
    await this.page.getByRole('button', { name: '从空白开始' }).click();
  }

  /** A new profile restored from a backup file, without starting empty first (issue 11). */
  async restoreFromBackup(file: string, passphrase: string) {
    await this.page.getByRole('button', { name: '从备份恢复' }).click();
    const form = this.page.getByRole('form', { name: '从备份恢复' });
    await form.getByLabel('选择备份文件').setInputFiles(file);
    await form.getByLabel('备份口令').fill(passphrase);
    await form.getByRole('button', { name: '验证并恢复' }).click();
  }
}
