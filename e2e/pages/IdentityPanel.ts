import { expect, type Locator, type Page } from '@playwright/test';

/** The 身份验证 panel on a case page, driven by its accessible names (zh-CN). */
export class IdentityPanel {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: /^(身份验证|Identity verification)$/ });
  }

  async expectShown() {
    await expect(this.root).toBeVisible();
  }

  item(id: string): Locator {
    return this.root.getByTestId(`checklist-${id}`);
  }

  /**
   * Records one checklist item through its dialog: the method (when the item
   * offers more than one), an uploaded evidence file, the result and a note.
   */
  async recordItem(itemLabel: string, options: { method?: string; upload?: { name: string; bytes: Buffer }; note?: string; result?: '通过' | '不通过' } = {}) {
    await this.root.getByRole('button', { name: `记录核验：${itemLabel}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `记录核验：${itemLabel}` });
    await expect(dialog).toBeVisible();
    if (options.method) {
      await dialog.getByLabel('核验方式').click();
      await this.page.locator('.ant-select-dropdown:visible').getByTitle(options.method, { exact: true }).click();
    }
    if (options.upload) {
      const chooser = this.page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: '上传证明文件' }).click();
      await (await chooser).setFiles({ name: options.upload.name, mimeType: 'image/jpeg', buffer: options.upload.bytes });
      // the new document is chosen as the item's evidence once it is stored
      await expect(dialog.getByText(options.upload.name)).toBeVisible();
    }
    if (options.result) await dialog.getByRole('radio', { name: options.result }).check();
    if (options.note) await dialog.getByLabel('备注').fill(options.note);
    await dialog.getByRole('button', { name: '保存记录' }).click();
    await expect(dialog).toBeHidden();
  }

  idNumberField(): Locator {
    return this.root.getByRole('textbox', { name: '身份证号' });
  }

  async typeIdNumber(value: string) {
    await this.idNumberField().fill(value);
  }

  async saveIdNumber() {
    await this.root.getByRole('button', { name: '保存号码' }).click();
    await expect(this.idNumberField()).toHaveValue('');
  }

  outcomeButton(label: '已验证' | '未通过' | '材料不足'): Locator {
    return this.root.getByRole('button', { name: label, exact: true });
  }

  /** 已验证 at once; 未通过 and 材料不足 ask for their reason first. */
  async decide(label: '已验证' | '未通过' | '材料不足', reason?: string) {
    await this.outcomeButton(label).click();
    if (label === '已验证') return;
    const dialog = this.page.getByRole('dialog', { name: /^记录结论：/ });
    await dialog.getByLabel('理由').fill(reason ?? '');
    // antd spaces a two-character Chinese label: 确 认
    await dialog.getByRole('button', { name: /^确\s?认$/ }).click();
    await expect(dialog).toBeHidden();
  }

  outcomeTag(): Locator {
    return this.root.getByTestId('identity-outcome-tag');
  }

  async revealIdNumber(): Promise<string> {
    await this.root.getByRole('button', { name: '查看完整号码' }).click();
    await expect(this.root.getByRole('button', { name: '隐藏号码' })).toBeVisible();
    return (await this.root.getByTestId('id-number').textContent()) ?? '';
  }

  maskedIdNumber(): Locator {
    return this.root.getByTestId('id-number');
  }

  evidence(fileName: string): Locator {
    return this.root.getByTestId('identity-evidence').filter({ hasText: fileName });
  }

  async purge(fileName: string) {
    await this.root.getByRole('button', { name: `清除扫描件：${fileName}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `清除扫描件：${fileName}` });
    await expect(dialog.getByLabel('清除理由')).not.toHaveValue('');
    await dialog.getByRole('button', { name: '清除扫描件' }).click();
    await expect(dialog).toBeHidden();
  }

  async hideIdNumber() {
    await this.root.getByRole('button', { name: '隐藏号码' }).click();
  }

  /**
   * Brings the panel's top (or the element given) to the top of the window
   * for a screenshot, once the confirmations have faded. They fade by
   * Date.now(), which the journeys fix: the fixed time moves on by the few
   * seconds a confirmation stays, again if one appeared meanwhile.
   */
  async scrollForScreenshot(to: Locator = this.root) {
    // a confirmation under the mouse pointer never fades (antd pauses its timer on hover)
    await this.page.mouse.move(0, 0);
    await expect(async () => {
      const now = await this.page.evaluate(() => Date.now());
      await this.page.clock.setFixedTime(now + 5_000);
      await expect(this.page.locator('.ant-message-notice:visible')).toHaveCount(0, { timeout: 1_000 });
    }).toPass();
    await to.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  }
}
