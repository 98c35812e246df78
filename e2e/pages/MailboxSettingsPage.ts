import { expect, type Page } from '@playwright/test';

export interface ServerFields {
  host: string;
  port: number;
  user: string;
  password?: string;
}

/** 设置 → 邮箱设置 (issue 17), and the shell's mailbox indicator. */
export class MailboxSettingsPage {
  constructor(readonly page: Page) {}

  get indicator() {
    return this.page.getByRole('status', { name: /^(邮箱|Mailbox)$/ });
  }

  async open() {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: '设置' }).click();
    await this.page.getByRole('link', { name: '法务邮箱（IMAP 收件、SMTP 发送）' }).click();
    await expect(this.page.getByRole('heading', { name: '邮箱设置', level: 3 })).toBeVisible();
  }

  private section(title: string) {
    return this.page.locator('.ant-form').filter({ hasText: title });
  }

  private async fillServer(prefix: 'IMAP' | 'SMTP', fields: ServerFields) {
    const form = this.page.locator('.ant-card').filter({ hasText: '邮箱账户' });
    const index = prefix === 'IMAP' ? 0 : 1;
    await form.getByLabel('服务器地址').nth(index).fill(fields.host);
    await form.getByLabel('端口').nth(index).fill(String(fields.port));
    await form.getByLabel('用户名').nth(index).fill(fields.user);
    if (fields.password !== undefined) await form.getByLabel(prefix === 'IMAP' ? '密码' : 'SMTP 密码', { exact: true }).fill(fields.password);
  }

  async startAccount(imap: ServerFields, smtp?: ServerFields) {
    await this.page.getByRole('button', { name: '添加邮箱' }).click();
    await this.fillServer('IMAP', imap);
    if (smtp) await this.fillServer('SMTP', smtp);
    else await this.page.getByRole('switch', { name: '从案件直接发送答复函' }).click();
  }

  async test() {
    await this.page.getByRole('button', { name: '测试连接' }).click();
  }

  certificate(server: 'IMAP' | 'SMTP') {
    return this.page.getByRole('alert').filter({ hasText: `${server} · 服务器证书（未受信任）` });
  }

  async pin(server: 'IMAP' | 'SMTP') {
    await this.certificate(server).getByRole('button', { name: '固定此证书' }).click();
    await this.page.locator('.ant-popconfirm:visible').getByRole('button', { name: '固定此证书' }).click();
    await expect(this.certificate(server)).toBeHidden();
  }

  async save() {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.page.getByText('已保存，正在连接邮箱。')).toBeVisible();
  }

  /** Adds an account whose servers show the test certificate, pinned after checking its fingerprint. */
  async addPinnedAccount(imap: ServerFields, smtp: ServerFields | undefined, fingerprint: string) {
    await this.startAccount(imap, smtp);
    await this.test();
    await expect(this.page.getByText('IMAP：服务器证书不受信任，需经理核对后固定证书')).toBeVisible();
    await expect(this.certificate('IMAP').getByText(fingerprint)).toBeVisible();
    await this.pin('IMAP');
    if (smtp) await this.pin('SMTP');
    await this.test();
    await expect(this.page.getByText(/^IMAP：连接成功/)).toBeVisible();
    if (smtp) await expect(this.page.getByText('SMTP：连接成功')).toBeVisible();
    await this.save();
  }
}
