import { expect, type Locator, type Page } from '@playwright/test';

/** 期限看板: the managers' dashboard. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async expectShown(heading = '期限看板') {
    await expect(this.page.getByRole('heading', { name: heading, level: 3 })).toBeVisible();
  }

  /** The card of a state by its label (已逾期, 今日到期…): a button named "<label>：<n> 件，查看清单". */
  card(label: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${label}(：|: )\\d+`) });
  }

  /** Waits until a card shows this number. */
  async expectCount(label: string, count: number) {
    await expect(this.card(label)).toHaveAttribute('aria-label', new RegExp(`^${label}(：|: )${count}\\D`));
  }

  /** The number on a card, once the store has answered (to use as input; to assert one, expectCount). */
  async count(label: string): Promise<number> {
    const card = this.card(label);
    await expect(card).toBeVisible();
    const name = (await card.getAttribute('aria-label')) ?? '';
    return Number(/(?:：|: )(\d+)/.exec(name)?.[1] ?? NaN);
  }

  async openCard(label: string) {
    await this.card(label).click();
    await expect(this.card(label)).toHaveAttribute('aria-pressed', 'true');
  }

  /** The list region under the cards, named by its heading. */
  list(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** The rows of the open list that carry a case (the header row carries none). */
  listRows(title: string | RegExp): Locator {
    return this.list(title)
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: /^CL-\d{4}-\d{4,}$/ }) });
  }

  /** Waits until "共 N 件" beside the list's heading shows this number. */
  async expectListCount(title: string | RegExp, count: number) {
    await expect(this.list(title).getByTestId('list-count')).toHaveText(new RegExp(`(^|\\D)${count}(\\D|$)`));
  }

  /** The officer rows' buttons of the workload table. */
  officerButton(name: string): Locator {
    return this.page.getByRole('button', { name: `查看 ${name} 的案件` });
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name });
  }
}
