// npm run bench: the figures users feel, measured in Debian's Chromium on the
// web host (real IndexedDB, the app's own modules). Prints a table; exits 0.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { benchIntake } from './intake.mjs';
import { benchLetters } from './letters.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CASEDESK_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  process.exit(1);
}
const PORT = Number(process.env.CASEDESK_BENCH_PORT ?? 4183);
const SIZES = (process.env.CASEDESK_BENCH_SIZES ?? '10000,50000').split(',').filter(Boolean).map(Number);
const MAIL_COUNT = Number(process.env.CASEDESK_BENCH_MAIL ?? 1000);
const LETTER_COUNT = Number(process.env.CASEDESK_BENCH_LETTERS ?? 100);
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

console.log('building the renderer…');
execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, 'browser/bench.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
  logLevel: 'warning',
});
const benchScript = bundle.outputFiles[0].text;

const server = spawn('npx', ['vite', 'preview', '--config', 'renderer/vite.config.ts', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
const url = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const rows = [];
const dashboardRows = [];
const intakeRows = [];
const letterRows = [];
try {
  for (const size of SIZES) {
    // the bench script is injected as an inline script, which the app's CSP rightly forbids
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: benchScript });
    const seedMs = await page.evaluate(([n, until]) => window.casedeskBench.seed(n, until), [size, today]);
    // the dashboard's figures (期限看板) and recomputing every open case after a calendar change,
    // while the page still shows the first run: the app is not loading the case list beside them
    await page.evaluate((until) => window.casedeskBench.storeDueDates(until), today);
    const dashboard = await page.evaluate((until) => window.casedeskBench.dashboard(until), today);
    const recompute = await page.evaluate((until) => window.casedeskBench.recompute(until), today);
    await page.evaluate(() => window.casedeskBench.markFirstRunDone());
    const list = await page.evaluate(() => window.casedeskBench.caseList());

    // start-up: a reload until the newest cases can be opened, then until every case is listed
    const started = Date.now();
    await page.reload();
    await page.getByRole('link', { name: /^CL-\d{4}-\d{4,}$/ }).first().waitFor({ timeout: 60_000 });
    const firstRowsMs = Date.now() - started;
    // list.rows, not size: the sample data adds SPEC §3's worked example to whatever it generates
    await page.getByText(new RegExp(`^显示 ${list.rows} / ${list.rows} 件$`)).waitFor({ timeout: 60_000 });
    const completeMs = Date.now() - started;

    rows.push({ cases: size, 'seed (s)': (seedMs / 1000).toFixed(1), 'list load (ms)': list.loadMs.toFixed(0), 'search (ms)': list.searchMs.toFixed(1), 'filters (ms)': list.combinedFilterMs.toFixed(1), 'start → first rows (ms)': firstRowsMs, 'start → all rows (ms)': completeMs });
    dashboardRows.push({
      cases: size,
      'dashboard (ms)': dashboard.totalMs.toFixed(0),
      'counts (ms)': dashboard.countsMs.toFixed(1),
      'workload (ms)': dashboard.workloadMs.toFixed(0),
      'month (ms)': dashboard.calendarMs.toFixed(1),
      '13 months (ms)': dashboard.figuresMs.toFixed(0),
      'dashboard again (ms)': dashboard.againMs.toFixed(0),
      'overdue list (ms)': `${dashboard.overdueListMs.toFixed(0)} (${dashboard.overdue})`,
      'live cases': dashboard.live,
      'closed read': dashboard.closedRead,
      'recompute (ms)': recompute.ms.toFixed(0),
      'open checked': recompute.checked,
      moved: recompute.moved,
    });
    await context.close();
  }
  if (MAIL_COUNT > 0) intakeRows.push(await benchIntake({ browser, url, benchScript, count: MAIL_COUNT }));
  if (LETTER_COUNT > 0) letterRows.push(await benchLetters({ browser, url, benchScript, count: LETTER_COUNT }));
} finally {
  await browser.close();
  server.kill();
}
if (rows.length) console.table(rows);
if (dashboardRows.length) console.table(dashboardRows);
if (intakeRows.length) console.table(intakeRows);
if (letterRows.length) console.table(letterRows);

// issue 17: the legal mailbox's first connection and delivery delay, against Dovecot (its own process:
// it runs our TypeScript servers through electron/runTs.mjs); CASEDESK_BENCH_MAILBOX=0 skips it
if (Number(process.env.CASEDESK_BENCH_MAILBOX ?? 5000) > 0) {
  execFileSync(process.execPath, [path.join(root, 'electron/runTs.mjs'), path.join(import.meta.dirname, 'mailboxBench.ts')], { cwd: root, stdio: 'inherit' });
}
