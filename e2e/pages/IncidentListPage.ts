import { expect, type Locator, type Page } from '@playwright/test';

/** 安全事件: the list and the dialog that records a new incident (zh-CN). */
export class IncidentListPage {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(this.page.getByRole('heading', { name: '安全事件', level: 3 })).toBeVisible();
  }

  /** Records an incident; its discovery time defaults to now unless given as Beijing wall time (`2026-11-30 08:00`). */
  async create(title: string, discoveredAt?: string) {
    await this.page.getByRole('button', { name: '登记安全事件' }).click();
    const dialog = this.page.getByRole('dialog', { name: '登记安全事件' });
    await dialog.getByLabel('事件名称').fill(title);
    if (discoveredAt) {
      // antd's date-time picker: type the value, Enter confirms it
      const input = dialog.getByLabel('发现或获知时间（北京时间）');
      await input.click();
      await input.fill(discoveredAt);
      await input.press('Enter');
    }
    await dialog.getByRole('button', { name: '登记' }).click();
    await expect(dialog).toBeHidden();
  }

  row(reference: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: reference, exact: true }) });
  }
}
