import { expect, type Locator, type Page } from '@playwright/test';

/** 设置: the working-day calendar (工作日历) and the deadline rules (期限规则) sections. */
export class SettingsPage {
  readonly calendar: Locator;
  readonly rules: Locator;
  readonly preview: Locator;
  readonly recompute: Locator;

  constructor(private readonly page: Page) {
    this.calendar = page.locator('.ant-card').filter({ has: page.getByRole('heading', { level: 2, name: /^(工作日历|Working-day calendar)$/ }) });
    this.rules = page.locator('.ant-card').filter({ has: page.getByRole('heading', { level: 2, name: /^(期限规则|Deadline rules)$/ }) });
    this.preview = page.getByRole('region', { name: /^(变更预览|Preview of the change)$/ });
    this.recompute = page.getByRole('region', { name: /^(重新计算结果|Recomputation)$/ });
  }

  async open() {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: '设置' }).click();
    await expect(this.calendar).toBeVisible();
  }

  /** scrolls a section's top to the top of the page, for a screenshot of it */
  async showFromTop(section: Locator) {
    await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  }

  /** Waits until the section states this calendar version as the one in force. */
  async expectCalendarVersion(version: string) {
    await expect(this.calendar.locator('.ant-descriptions-item').filter({ hasText: '现行版本' }).locator('.ant-descriptions-item-content')).toHaveText(version);
  }

  /** the schedule state of a year in the years table */
  yearRow(year: number): Locator {
    return this.calendar.getByRole('table', { name: '各年安排' }).getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(year), exact: true }) });
  }

  /** Import through the platform's file picker (on the web host, the browser's file chooser). */
  async importIcs(filePath: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.calendar.getByRole('button', { name: '导入 .ics 文件' }).click();
    await (await chooser).setFiles(filePath);
    await expect(this.preview).toBeVisible();
  }

  /** the preview's table of changed days, each row as its cells' text */
  async previewRows(): Promise<string[][]> {
    const rows = this.preview.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    const out: string[][] = [];
    for (const row of (await rows.all()).slice(1)) out.push((await row.getByRole('cell').allTextContents()).map((c) => c.trim()));
    return out;
  }

  async applyPreview() {
    await this.preview.getByRole('button', { name: '应用并重新计算' }).click();
    await expect(this.recompute).toBeVisible();
  }

  /** the moved cases of the recomputation: reference, old date, new date */
  async movedCases(): Promise<{ reference: string; from: string; to: string }[]> {
    const rows = (await this.recompute.getByRole('table').getByRole('row').all()).slice(1);
    const out = [];
    for (const row of rows) {
      const [reference = '', from = '', to = ''] = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
      out.push({ reference, from, to });
    }
    return out;
  }

  /** fills an antd date picker: type the date and confirm with Enter */
  async editDay(edit: { date: string; kind: '法定节假日（休）' | '调休上班日（班）' | '普通日（周一至周五上班，周末休息）'; nameZh?: string }) {
    await this.calendar.getByRole('button', { name: '修改单日' }).click();
    const form = this.page.getByRole('region', { name: '修改单日' });
    const date = form.getByLabel('日期');
    await date.click();
    await date.fill(edit.date);
    await date.press('Enter');
    await form.getByRole('radio', { name: edit.kind }).check();
    if (edit.nameZh !== undefined) {
      await form.getByLabel('名称（中文）').fill(edit.nameZh);
      await form.getByLabel('名称（中文）').blur();
    }
    return form;
  }

  async restoreShipped() {
    await this.calendar.getByRole('button', { name: '恢复随应用发布的日历' }).click();
    await expect(this.preview).toBeVisible();
  }
}
