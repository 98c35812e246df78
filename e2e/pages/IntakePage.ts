import { expect, type Locator, type Page } from '@playwright/test';
import { scaled } from '../load';

export interface DroppedFile {
  name: string;
  bytes: Buffer;
  /** ms since epoch */
  lastModified?: number;
}

export interface PaperRequest {
  channel?: '邮寄' | '电话热线' | '在线客服' | '现场';
  receivedDate: string;
  receivedTime?: string;
  postmarkDate?: string;
  trackingNumber?: string;
  name: string;
  address?: string;
  postcode?: string;
  phone?: string;
  requestText: string;
}

/** A case picker (CasePicker.tsx): type the reference, then choose the visible option that starts with it. */
export async function pickCase(page: Page, dialog: Locator, label: string, reference: string) {
  const box = dialog.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(reference);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: reference }).first().click();
}

/** 收件: the mail drop zone and its import summary, and the form for letters on paper (zh-CN names). */
export class IntakePage {
  readonly dropZone: Locator;
  readonly summary: Locator;
  /** 未归类材料 (issue 14): dropped files that are not mail */
  readonly unsortedTray: Locator;

  constructor(private readonly page: Page) {
    this.dropZone = page.getByRole('region', { name: /^邮件拖放区/ });
    this.summary = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '导入结果', level: 2 }) });
    this.unsortedTray = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: /^(未归类材料|Unsorted files)$/, level: 2 }) });
  }

  /** The tray's row of a file. */
  unsortedRow(fileName: string): Locator {
    return this.unsortedTray.getByRole('row').filter({ hasText: fileName });
  }

  /** 归入案件…: the file goes to the case with this reference, chosen by typing it. */
  async attachUnsorted(fileName: string, reference: string) {
    await this.unsortedTray.getByRole('button', { name: `将 ${fileName} 归入案件` }).click();
    const dialog = this.page.getByRole('dialog', { name: `将“${fileName}”归入案件` });
    await pickCase(this.page, dialog, '案件', reference);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }

  /** 舍弃…: asks for the reason first. */
  async discardUnsorted(fileName: string, reason: string) {
    await this.unsortedTray.getByRole('button', { name: `舍弃 ${fileName}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `舍弃“${fileName}”` });
    await dialog.getByRole('button', { name: '舍弃' }).click();
    await expect(dialog.getByText('请填写此项')).toBeVisible();
    await dialog.getByLabel('舍弃原因').fill(reason);
    await dialog.getByRole('button', { name: '舍弃' }).click();
    await expect(dialog).toBeHidden();
  }

  async expectShown() {
    await expect(this.page.getByRole('heading', { name: '收件', level: 3 })).toBeVisible();
  }

  /** Picks files through the 选择邮件文件… button (the web host's file chooser stands in for the desktop dialog). */
  async pickFiles(paths: string[]) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dropZone.getByRole('button', { name: '选择邮件文件…' }).click();
    await (await chooser).setFiles(paths);
  }

  /** Drops files onto the screen as a file manager would: a drop event whose DataTransfer carries File objects. */
  async dropFiles(files: DroppedFile[]) {
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], f.name, { type: 'message/rfc822', ...(f.lastModified ? { lastModified: f.lastModified } : {}) }));
      }
      return data;
    }, files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64'), lastModified: f.lastModified })));
    await this.dropZone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await this.dropZone.dispatchEvent('dragover', { dataTransfer: transfer });
    await expect(this.dropZone.getByText('松开鼠标即开始导入')).toBeVisible();
    await this.dropZone.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** The four numbers of the summary, once the import has ended. */
  async counts(): Promise<{ created: number; joined: number; duplicates: number; failed: number }> {
    await expect(this.summary).toBeVisible({ timeout: scaled(60_000) });
    const read = async (key: string) => Number(/(\d+)$/.exec((await this.summary.getByTestId(`import-count-${key}`).getAttribute('aria-label')) ?? '')?.[1] ?? NaN);
    return { created: await read('created'), joined: await read('joined'), duplicates: await read('duplicates'), failed: await read('failed') };
  }

  /** The summary row of a file (or of the n-th message of an mbox). */
  row(fileName: string, mboxItem?: number): Locator {
    const rows = this.summary.getByRole('row').filter({ hasText: fileName });
    return mboxItem === undefined ? rows : rows.filter({ hasText: `第 ${mboxItem} 封` });
  }

  caseLink(row: Locator): Locator {
    return row.getByRole('link', { name: /^CL-\d{4}-\d{4,}$/ });
  }

  /** The summary's top (its four numbers) at the top of the window (the shot fixture leaves the confirmations out). */
  async scrollForScreenshot() {
    // a notice under the pointer stays (antd pauses its timer on hover): the pointer goes where no notice is
    await this.page.mouse.move(5, 890);
    // a notice that has faded can stay in the DOM a while (its leave animation beside a CPU hog): only visible ones count
    await expect(this.page.locator('.ant-message-notice').filter({ visible: true })).toHaveCount(0);
    await this.summary.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  }

  async clearSummary() {
    await this.summary.getByRole('button', { name: '清除导入结果' }).click();
    await expect(this.summary).toBeHidden();
  }

  async openPaperForm() {
    await this.page.getByRole('tab', { name: '邮寄及其他渠道' }).click();
    await expect(this.page.getByRole('heading', { name: '登记来件', level: 2 })).toBeVisible();
  }

  /** fills an antd date or time picker: type the value and confirm with Enter */
  private async pick(label: string, value: string) {
    const input = this.page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  async fillPaper(request: PaperRequest) {
    if (request.channel) await this.page.getByRole('radio', { name: request.channel }).check();
    const postal = (request.channel ?? '邮寄') === '邮寄';
    await this.pick(postal ? '签收日期' : '收件日期', request.receivedDate);
    if (request.receivedTime) await this.pick('时间（可选）', request.receivedTime);
    if (request.postmarkDate) await this.pick('邮戳日期（可选）', request.postmarkDate);
    if (request.trackingNumber) await this.page.getByLabel('快递单号 / 挂号号码（可选）').fill(request.trackingNumber);
    await this.page.getByLabel(postal ? '寄件人姓名' : '申请人姓名').fill(request.name);
    if (request.address) await this.page.getByLabel('地址', { exact: true }).fill(request.address);
    if (request.postcode) await this.page.getByLabel('邮政编码').fill(request.postcode);
    if (request.phone) await this.page.getByLabel('电话', { exact: true }).fill(request.phone);
    await this.page.getByLabel('请求内容（原文录入或摘要）').fill(request.requestText);
  }

  async addScans(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '添加扫描件…' }).click();
    await (await chooser).setFiles(files);
    for (const f of files) await expect(this.page.getByText(f.name, { exact: true })).toBeVisible();
  }

  async submitPaper() {
    await this.page.getByRole('button', { name: '保存并登记' }).click();
  }

  /** The reference of the case the form just opened. */
  async savedReference(): Promise<string> {
    const link = this.page.getByRole('link', { name: /^打开案件 CL-\d{4}-\d{4,}$/ });
    await expect(link).toBeVisible();
    return (await link.textContent())!;
  }

  fieldError(text: string): Locator {
    return this.page.locator('.ant-form-item-explain-error').filter({ hasText: text });
  }
}
