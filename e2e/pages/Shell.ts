import type { Page } from '@playwright/test';

/** The frame around every page: navigation and the language switch. */
export class Shell {
  constructor(private readonly page: Page) {}

  async goTo(section: string) {
    await this.page.getByRole('navigation').getByRole('menuitem', { name: section }).click();
  }

  async switchLanguage(currentLocale: 'zh-CN' | 'en-US') {
    await this.page.getByRole('button', { name: currentLocale === 'zh-CN' ? '切换语言' : 'Switch language' }).click();
  }
}
