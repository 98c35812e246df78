import { expect, type Locator, type Page } from '@playwright/test';

/** The 期限 panel of a case page. */
export class DeadlinePanel {
  readonly legalDue: Locator;
  constructor(private readonly page: Page) {
    this.legalDue = page.getByTestId('legal-due-date');
  }

  async dueDate(): Promise<string> {
    await expect(this.legalDue).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    return (await this.legalDue.textContent())!;
  }

  /** Opens "why is the due date this day?" and gives its dialog (assert on its lines: the assertions wait). */
  async explanation(): Promise<Locator> {
    await this.page.getByRole('button', { name: '为何是这一天？' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^期限计算说明/ });
    await expect(dialog.getByRole('listitem').first()).toBeVisible();
    return dialog;
  }

  async closeExplanation() {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  /** fills an antd date picker: type the date and confirm with Enter */
  private async pickDate(label: string, date: string) {
    const input = this.page.getByRole('dialog').getByLabel(label);
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }

  async pause(from: string, reason: string) {
    await this.page.getByRole('button', { name: '暂停计时' }).click();
    await this.pickDate('暂停日期', from);
    await this.page.getByRole('dialog').getByLabel('暂停原因').fill(reason);
    await this.page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  /** the internal target date (内部目标日) */
  async setTarget(date: string) {
    await this.page.getByRole('button', { name: '设置内部目标日' }).click();
    await this.pickDate('目标日', date);
    await this.page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  async resume(on: string) {
    await this.page.getByRole('button', { name: '恢复计时' }).click();
    await this.pickDate('申请人答复日期', on);
    await this.page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }

  /** 重新打开 or 作废: each asks for its reason before it saves (issue 14) */
  async withReason(button: '重新打开' | '作废', reasonLabel: string, reason: string) {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: button });
    // saved empty: the form says what is missing, and nothing escapes as an uncaught page error (issue 14)
    const errors: string[] = [];
    const onError = (e: Error) => errors.push(e.message);
    this.page.on('pageerror', onError);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('必填')).toBeVisible();
    await dialog.getByLabel(reasonLabel).fill(' ');
    await expect(dialog.getByText('必填')).toBeVisible();
    this.page.off('pageerror', onError);
    expect(errors).toEqual([]);
    await dialog.getByLabel(reasonLabel).fill(reason);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }
}
