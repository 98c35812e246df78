import { expect, type Locator, type Page } from '@playwright/test';

export class CaseListPage {
  readonly table: Locator;
  /** "显示 N / M 件" (or "Showing N of M"), once the store has answered */
  readonly status: Locator;
  constructor(private readonly page: Page) {
    this.table = page.getByRole('table');
    this.status = page.getByText(/^(显示 \d+ \/ \d+ 件|Showing \d+ of \d+)$/);
  }

  async expectShown(headingName = '案件') {
    await expect(this.page.getByRole('heading', { name: headingName, level: 3 })).toBeVisible();
  }

  /** Waits until the list shows these counts (a number, or a pattern such as /[1-9]/ for either). */
  async expectCounts(shown: number | string, total: number | string) {
    await expect(this.page.getByText(new RegExp(`^(显示 ${shown} / ${total} 件|Showing ${shown} of ${total})$`))).toBeVisible();
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: '搜索案件' }).fill(text);
  }

  caseLinks(): Locator {
    return this.page.getByRole('link', { name: /^CL-\d{4}-\d{4,}$/ });
  }

  /**
   * antd renders the visible options apart from its accessible listbox: pick the visible one by its title,
   * then wait until every row on screen has that status (the rows of the previous filter are gone).
   */
  async filterByStatus(label: string) {
    await this.page.getByRole('combobox', { name: '按状态筛选' }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
    await expect
      .poll(async () => {
        const statuses = await this.rows().locator('[role="cell"]:nth-child(6)').allTextContents();
        return statuses.length > 0 && statuses.every((s) => s.trim() === label);
      })
      .toBe(true);
  }

  rows(): Locator {
    return this.page.getByRole('row').filter({ has: this.caseLinks() });
  }

  async openCase(reference: string) {
    await this.page.getByRole('link', { name: reference, exact: true }).click();
  }
}
