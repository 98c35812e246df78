import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { scaled } from './load';

/**
 * The e2e journeys drive the web host (the built renderer served on
 * 127.0.0.1) in Debian's Chromium. Playwright's own browser download cannot
 * run on our machines, so the system Chromium is required.
 * With CASEDESK_E2E_TARGET=electron they drive the desktop app instead (see fixtures.ts).
 */
export const CHROMIUM = process.env.CASEDESK_CHROMIUM ?? '/usr/bin/chromium';
const target = process.env.CASEDESK_E2E_TARGET ?? 'web';
if (target === 'web' && !existsSync(CHROMIUM)) {
  throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CASEDESK_CHROMIUM).`);
}
const PORT = Number(process.env.CASEDESK_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './journeys',
  // several engineers (and their helpers) may run suites at once on one machine: each can name its own folder
  outputDir: process.env.CASEDESK_E2E_OUT ?? './artifacts/results',
  // stretched by the machine's load when the run starts (load.ts); each journey again when it starts (fixtures.ts)
  timeout: scaled(60_000),
  expect: { timeout: scaled(15_000) },
  // two workstations at once on our two cores: a journey mostly waits (IndexedDB, timers, servers), and one at a
  // time ran the suite past npm test's 15 minutes; the tests of one file still run in order, in one worker
  // (the mailbox's and the team's servers use fixed ports). CASEDESK_E2E_WORKERS=1 runs them one by one.
  fullyParallel: false,
  workers: Number(process.env.CASEDESK_E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'zh-CN',
    // as an officer who turned on "reduce motion" has it: no dialog zoom, fading notice or ripple to wait out
    // (each animation frame is drawn by Chromium's software compositor on our GPU-less machines)
    reducedMotion: 'reduce',
    timezoneId: 'America/New_York', // deadlines must not depend on the workstation's zone
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        // as root Chromium needs --no-sandbox
        '--no-sandbox',
        // no GPU on these machines (nor on CI's): no GPU rasterisation or compositing, no software GL
        // emulating one, and no GPU process of its own beside the page (issue 15: it took more CPU than the page)
        '--disable-gpu',
        '--disable-gpu-compositing',
        '--disable-software-rasterizer',
        '--in-process-gpu',
        // the rest keep it off the closed network
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer:
    target === 'web'
      ? {
          // our own web host (electron/webHost/): security headers, the mailbox routes, and a fixed
          // port — a server already on it is never reused, since it would be another app's origin;
          // CASEDESK_E2E_ROOT serves another build (to check that a journey fails against a broken one)
          command: `node electron/runTs.mjs electron/webHost/cli.ts --port ${PORT}${process.env.CASEDESK_E2E_ROOT ? ` --root ${process.env.CASEDESK_E2E_ROOT}` : ''}`,
          cwd: '..',
          url: `http://127.0.0.1:${PORT}/`,
          reuseExistingServer: false,
          timeout: 60_000,
        }
      : undefined,
});
