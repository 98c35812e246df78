import { expect, type Page } from '@playwright/test';

export class CaseDetailPage {
  constructor(private readonly page: Page) {}

  async expectCase(reference: string) {
    await expect(this.page.getByRole('heading', { name: reference, level: 3 })).toBeVisible();
  }

  pane(name: string) {
    return this.page.getByRole('heading', { name, level: 2 });
  }
}
