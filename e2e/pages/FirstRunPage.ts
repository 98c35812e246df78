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
}
