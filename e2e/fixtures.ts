import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadFactor, scaled } from './load';

export { scaled };

/**
 * `app`: the CaseDesk window, in a fresh profile for every test. On the web
 * host that is a new browser context (its own IndexedDB); with
 * CASEDESK_E2E_TARGET=electron it is the desktop app started with an empty
 * user-data folder.
 */
export const SCREENSHOTS = path.join(import.meta.dirname, 'artifacts', 'screenshots');

/**
 * Every journey runs on the same day: Monday 2026-11-30, 10:00 in Shanghai.
 * The sample data is generated up to "today", so a fixed day makes every
 * case, due date and screenshot the same on every run, whenever it is run.
 */
export const E2E_NOW = new Date('2026-11-30T02:00:00.000Z');
export const E2E_TODAY = '2026-11-30';

export const test = base.extend<{ app: Page; shot: (name: string) => Promise<void> }>({
  app: async ({ page }, use, testInfo) => {
    // the machine's load now, not only when the run began (a journey that sets its own timeout scales it too)
    testInfo.setTimeout(Math.max(testInfo.timeout, Math.round(60_000 * loadFactor())));
    if ((process.env.CASEDESK_E2E_TARGET ?? 'web') === 'electron') {
      const { _electron } = await import('@playwright/test');
      const userData = testInfo.outputPath('user-data');
      const root = path.join(import.meta.dirname, '..');
      // the binary's path as the electron package records it (require('electron') would try to download it)
      const executablePath = path.join(root, 'node_modules', 'electron', 'dist', readFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'utf8').trim());
      const electronApp = await _electron.launch({
        executablePath,
        args: ['dist/electron/main.cjs'],
        cwd: root,
        env: { ...process.env, CASEDESK_USER_DATA: userData },
      });
      const window = await electronApp.firstWindow();
      await window.clock.setSystemTime(E2E_NOW);
      await window.reload();
      await use(window);
      await electronApp.close();
      return;
    }
    // the day is set, but time runs on from it (a frozen Date.now would keep antd's toasts open for ever)
    await page.clock.setSystemTime(E2E_NOW);
    await page.goto('/');
    await use(page);
  },
  shot: async ({ app }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name: string) => {
      // wait until every font the page asked for has arrived, so the picture shows real glyphs
      await app.evaluate(() => document.fonts.ready.then(() => undefined));
      // the pictures leave antd's confirmations out: they fade by a timer, which a loaded machine (or a
      // pointer resting on one) keeps from running; waiting for them made journeys fail beside stress-ng
      const hidden = await app.addStyleTag({ content: '.ant-message { display: none !important; }' });
      await app.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
      await hidden.evaluate((style) => (style as Element).remove());
    });
  },
});

export { expect };
