import { expect, type Locator, type Page } from '@playwright/test';

/** The officer's signing PIN in the journeys (issue 14: the key is kept under it). */
export const E2E_PIN = '246810-签署';

/** The 函件 page: register, verification and letter settings (zh-CN names). */
export class LettersPage {
  constructor(readonly page: Page) {}

  async open(tab: '函件登记' | '核验 PDF' | '函件设置' = '函件登记') {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: '函件' }).click();
    await expect(this.page.getByRole('heading', { name: '函件', level: 3 })).toBeVisible();
    await this.page.getByRole('tab', { name: tab }).click();
  }

  rows(): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: /^CL-\d{4}-\d{4,}$/ }) });
  }

  row(reference: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name: reference, exact: true }) });
  }

  /** Imports the signing certificate through the file chooser, with its password and the signing PIN it is kept under. */
  async importCertificate(file: string, password: string, pin = E2E_PIN) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择证书文件（.p12/.pfx）…' }).click();
    await (await chooser).setFiles(file);
    await this.page.getByLabel('证书密码').fill(password);
    await this.page.getByLabel('签署 PIN（至少 6 个字符，仅由您本人掌握）').fill(pin);
    await this.page.getByLabel('再次输入签署 PIN').fill(pin);
    await this.page.getByRole('button', { name: '导入证书' }).click();
  }

  async uploadImage(buttonName: string, name: string, png: Uint8Array) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: buttonName }).click();
    await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: Buffer.from(png) });
  }

  async verifyFile(file: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '选择 PDF 文件…' }).click();
    await (await chooser).setFiles(file);
  }

  result(name: string): Locator {
    return this.page.getByRole('region', { name: '核验结果' }).locator('.ant-card').filter({ has: this.page.getByRole('heading', { name, level: 3 }) });
  }
}
