import { expect, type Page } from '@playwright/test';

/** The frame around every page: navigation and the language switch. */
export class Shell {
  constructor(private readonly page: Page) {}

  async goTo(section: string) {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: section }).click();
  }

  /** the button is named by what it shows, then what it does (issue 14) */
  async switchLanguage(currentLocale: 'zh-CN' | 'en-US') {
    const button = this.page.getByRole('button', { name: currentLocale === 'zh-CN' ? 'English（切换为英文界面）' : '中文 (switch to Chinese)', exact: true });
    await expect(button).toHaveText(currentLocale === 'zh-CN' ? 'English' : '中文');
    await button.click();
  }
}
