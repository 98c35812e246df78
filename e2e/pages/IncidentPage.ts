import { expect, type Locator, type Page } from '@playwright/test';

/** One incident's page, driven by accessible names (zh-CN unless said otherwise). */
export class IncidentPage {
  constructor(private readonly page: Page) {}

  async expectIncident(reference: string) {
    await expect(this.page.getByRole('heading', { level: 3, name: new RegExp(`^${reference} `) })).toBeVisible();
  }

  async openTab(name: string) {
    await this.page.getByRole('tab', { name }).click();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async check(label: string) {
    await this.page.getByRole('checkbox', { name: label, exact: true }).check();
  }

  async saveRecord() {
    await this.page.getByRole('button', { name: '保存记录' }).click();
    await expect(this.page.getByText('有尚未保存的修改')).toBeHidden();
  }

  /** One obligation in 报告与通知义务, by its name. */
  obligation(name: string): Locator {
    return this.page.getByRole('article', { name });
  }

  async markDone(name: string, note: string) {
    const item = this.obligation(name);
    await item.getByRole('button', { name: `标记完成：${name}` }).click();
    await item.getByLabel('方式与回执（如报送渠道、回执号）').fill(note);
    await item.getByRole('button', { name: `确认完成：${name}` }).click();
  }

  /** antd's button-style radios draw a label over a hidden input: click the label, then see the radio checked */
  async pickDraft(name: string) {
    const picker = this.page.getByRole('radiogroup', { name: /^(选择草稿|Choose a draft)$/ });
    await picker.locator('label', { has: this.page.getByRole('radio', { name, exact: true }) }).click();
    await expect(picker.getByRole('radio', { name, exact: true })).toBeChecked();
  }

  /** The checklist entry of an element, with data-missing="true" while it is missing. */
  checklistItem(element: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: element });
  }

  draftText(kind: string): Locator {
    return this.page.getByRole('textbox', { name: `草稿正文：${kind}` });
  }

  async importPeople(name: string, buffer: Buffer) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '导入名单（CSV）' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
  }
}
