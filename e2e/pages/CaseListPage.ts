import { expect, type Locator, type Page } from '@playwright/test';

export class CaseListPage {
  readonly table: Locator;
  constructor(private readonly page: Page) {
    this.table = page.getByRole('table');
  }

  async expectShown(headingName = '案件') {
    await expect(this.page.getByRole('heading', { name: headingName, level: 3 })).toBeVisible();
  }

  /** the "showing N of M" line, once the store has answered */
  async counts(): Promise<{ shown: number; total: number }> {
    const status = this.page.getByText(/^(显示 \d+ \/ \d+ 件|Showing \d+ of \d+)$/);
    await expect(status).toBeVisible();
    const numbers = ((await status.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
    return { shown: numbers[0] ?? NaN, total: numbers[1] ?? NaN };
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: '搜索案件' }).fill(text);
  }

  caseLinks(): Locator {
    return this.page.getByRole('link', { name: /^CL-\d{4}-\d{4,}$/ });
  }

  /** antd renders the visible options apart from its accessible listbox; pick the visible one by its title */
  async filterByStatus(label: string) {
    await this.page.getByRole('combobox', { name: '按状态筛选' }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  }

  rows(): Locator {
    return this.page.getByRole('row').filter({ has: this.caseLinks() });
  }

  async openCase(reference: string) {
    await this.page.getByRole('link', { name: reference, exact: true }).click();
  }
}
