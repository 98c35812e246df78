import { expect, type Locator, type Page } from '@playwright/test';

/** 设置 → 团队案件库: signing in, the join plan, membership (issue 10). */
export class TeamSettings {
  readonly card: Locator;
  constructor(private readonly page: Page) {
    this.card = page.locator('#team');
  }

  /** Signs in and waits for the plan, which comes before anything is uploaded. */
  async signInAndPlan(serverUrl: string, member: { username: string; password: string }, timeout?: number) {
    await this.card.getByLabel('服务器地址').fill(serverUrl);
    await this.card.getByLabel('用户名').fill(member.username);
    await this.card.getByLabel('密码').fill(member.password);
    await this.card.getByRole('button', { name: '登录并查看加入计划' }).click();
    await expect(this.card.getByText('加入计划（尚未执行）')).toBeVisible(timeout === undefined ? {} : { timeout });
  }

  /** Carries the plan out and waits until the card shows the membership. */
  async join(username: string, timeout?: number) {
    await this.card.getByRole('button', { name: '加入团队' }).click();
    await expect(this.card.getByText(`用户 ${username}`)).toBeVisible(timeout === undefined ? {} : { timeout });
  }

  /** The shell's sync indicator. */
  indicator(): Locator {
    return this.page.getByRole('button', { name: /^同步状态: / });
  }
}
