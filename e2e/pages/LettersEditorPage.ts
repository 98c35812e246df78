import { expect, type Locator, type Page } from '@playwright/test';
import { E2E_PIN } from './LettersPage';

/** The letter editor (新建函件 / 函件：CL-…), driven by accessible names (zh-CN). */
export class LettersEditorPage {
  readonly signButton: Locator;
  readonly blockers: Locator;
  readonly preview: Locator;

  constructor(private readonly page: Page) {
    this.signButton = page.getByRole('button', { name: '签署函件' });
    this.blockers = page.getByRole('alert').filter({ hasText: '暂不能签署' });
    this.preview = page.locator('iframe[title="函件预览（PDF）"], iframe[title="Letter preview (PDF)"]');
  }

  /** antd renders the visible options apart from its accessible listbox; pick the visible one by its title */
  async chooseKind(label: string) {
    await this.page.getByLabel('函件类型').fill(label);
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
  }

  /** antd's button-style radios hide the input itself: click the visible label */
  async chooseLayout(label: '中文' | '英文' | '中英双语') {
    await this.page.getByRole('radiogroup', { name: '函件语言' }).getByText(label, { exact: true }).click();
    await expect(this.page.getByRole('radio', { name: label, exact: true })).toBeChecked();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label);
  }

  /** the preview frame has a PDF (a Blob URL) once the letter rendered */
  async expectPreview() {
    await expect(this.preview).toHaveAttribute('src', /^blob:/);
  }

  /**
   * For a screenshot: Chromium's PDF viewer has laid the letter out (its
   * plugin frame sizes #sizer to the pages). The plugin then paints with no
   * event the page can see, so a short settle follows — for the picture only.
   */
  async expectPreviewPainted() {
    await this.expectPreview();
    await expect
      .poll(async () => {
        for (const frame of this.page.frames()) {
          if (!frame.url().startsWith('blob:')) continue;
          const height = await frame.evaluate(() => document.getElementById('sizer')?.getBoundingClientRect().height ?? 0).catch(() => 0);
          if (height > 0) return true;
        }
        return false;
      })
      .toBe(true);
    await this.page.waitForTimeout(600);
  }

  async saveDraft() {
    await this.page.getByRole('button', { name: '保存草稿' }).click();
    await expect(this.page.getByText('草稿已保存')).toBeVisible();
  }

  /** The confirmation 签署函件 opens (issue 14): what will be signed, by whom, and the PIN. */
  get confirmation(): Locator {
    return this.page.getByRole('dialog', { name: '确认签署函件' });
  }

  /** Presses 签署函件 and waits for the confirmation, ready for the PIN. */
  async openConfirmation(): Promise<Locator> {
    await expect(this.signButton).toBeEnabled();
    await this.signButton.click();
    await expect(this.confirmation.getByLabel('签署 PIN')).toBeVisible();
    return this.confirmation;
  }

  /** Types the PIN and confirms; `acknowledge` ticks the box the checks before signing ask for. */
  async confirmWithPin(pin: string, acknowledge: boolean) {
    const dialog = this.confirmation;
    if (acknowledge) await dialog.getByRole('checkbox', { name: '我已核对上述提示，仍要签署' }).check();
    await dialog.getByLabel('签署 PIN').fill(pin);
    await dialog.getByRole('button', { name: '确认签署' }).click();
  }

  /**
   * Signs through the confirmation with the journeys' PIN. The box under the
   * checks is ticked when the dialog shows it (it is drawn with the dialog,
   * so once the PIN field is there it is too, or never).
   */
  async sign(pin = E2E_PIN): Promise<string> {
    const dialog = await this.openConfirmation();
    await this.confirmWithPin(pin, await dialog.getByRole('checkbox', { name: '我已核对上述提示，仍要签署' }).isVisible());
    const done = this.page.getByText(/^函件已签署，SHA-256：[0-9a-f]{64}$/);
    await expect(done).toBeVisible();
    await expect(dialog).toBeHidden();
    return ((await done.textContent()) ?? '').replace(/^.*：/, '');
  }
}
