// npm run bench: the figures users feel, measured in Debian's Chromium on the
// web host (real IndexedDB, the app's own modules), each beside its floor (the
// least IndexedDB itself spends on the same question, in the same run) and
// the ratio of the two. Absolute times move with the machine and its load, so
// the load average at start is printed first: read a loaded run by its
// ratios. Exits 0; a goal not met is marked, not fatal.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { benchIntake } from './intake.mjs';
import { benchLetters } from './letters.mjs';
import { benchBackup } from './backup.mjs';
import { measureStartup } from './startup.mjs';

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

const [load1, load5, load15] = loadavg();
console.log(`load average at start: ${load1.toFixed(2)} ${load5.toFixed(2)} ${load15.toFixed(2)} on ${cpus().length} cores${load1 > cpus().length * 0.75 ? ' — a loaded machine: compare the ratios, not the times' : ''}`);

// built into a folder of its own: a suite serving dist/ beside the bench is left alone
const outDir = mkdtempSync(path.join(tmpdir(), 'casedesk-bench-'));
console.log('building the renderer…');
execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, 'browser/bench.ts')],
  bundle: true,
  // a module: the bench first opens the store with the app's key (top-level await)
  format: 'esm',
  write: false,
  target: 'chrome120',
  logLevel: 'warning',
});
const benchScript = bundle.outputFiles[0].text;

// detached, so that the whole group (npx, vite) is ended at the close
const server = spawn('npx', ['vite', 'preview', '--config', 'renderer/vite.config.ts', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
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

/** One line of the main table: a figure, its floor, the ratio, and the goal it is held to. */
const figures = [];
const ms = (v) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
function figure(name, measured, floorName, floor, goal, met) {
  figures.push({
    figure: name,
    'measured (ms)': ms(measured),
    floor: floorName,
    'floor (ms)': floor === undefined ? '' : ms(floor),
    ratio: floor ? `${(measured / floor).toFixed(1)}×` : '',
    goal: goal ?? '',
    met: met === undefined ? '' : met ? 'yes' : 'NO',
  });
}

const detailRows = [];
const dashboardBySize = new Map();
const intakeRows = [];
const shapeRows = [];
const letterRows = [];
const backupRows = [];
let startup;
try {
  startup = await measureStartup({ browser, url });
  for (const size of SIZES) {
    // the bench script is injected as an inline script, which the app's CSP rightly forbids
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: benchScript, type: 'module' });
    await page.waitForFunction(() => 'casedeskBench' in window);
    const seedMs = await page.evaluate(([n, until]) => window.casedeskBench.seed(n, until), [size, today]);
    await page.evaluate((until) => window.casedeskBench.storeDueDates(until), today);
    // while the page still shows the first run: the app is not reading the case list beside them
    const dashboard = await page.evaluate((until) => window.casedeskBench.dashboard(until), today);
    const recompute = await page.evaluate((until) => window.casedeskBench.recompute(until), today);
    const list = await page.evaluate(() => window.casedeskBench.caseList());
    await page.evaluate(() => window.casedeskBench.markFirstRunDone());

    // start-up with this store: a reload until the shell is up, then until the first case row
    const reloads = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.getByRole('navigation').waitFor({ timeout: 60_000 });
      const shellMs = await page.evaluate(() => performance.now());
      await page.getByRole('link', { name: /^CL-\d{4}-\d{4,}$/ }).first().waitFor({ timeout: 60_000 });
      const rowMs = await page.evaluate(() => performance.now());
      reloads.push({ shellMs, rowMs });
    }
    reloads.sort((a, b) => a.rowMs - b.rowMs);
    const reload = reloads[1];

    dashboardBySize.set(size, dashboard.ms);
    const n = size.toLocaleString('en');
    figure(`dashboard, ${n} cases`, dashboard.ms, 'one state count, raw', dashboard.floorMs, size >= 50_000 ? '≤ 100 ms' : undefined, size >= 50_000 ? dashboard.ms <= 100 : undefined);
    figure(`case list: count + first window, ${n}`, list.firstMs, 'the same rows read raw', list.floorMs);
    figure(`case list: reload → first row after the shell, ${n}`, reload.rowMs - reload.shellMs, '', undefined, size >= 50_000 ? '≤ 300 ms' : undefined, size >= 50_000 ? reload.rowMs - reload.shellMs <= 300 : undefined);
    figure(`recompute open cases, ${n}`, recompute.ms, `${recompute.floorRows} cases read raw`, recompute.floorMs, size >= 50_000 ? '≤ 300 ms' : undefined, size >= 50_000 ? recompute.ms <= 300 : undefined);
    detailRows.push({
      cases: size,
      'seed (s)': (seedMs / 1000).toFixed(1),
      'dashboard parts: counts / workload / month / 13 months (ms)': [dashboard.countsMs, dashboard.workloadMs, dashboard.calendarMs, dashboard.figuresMs].map(ms).join(' / '),
      'live cases': dashboard.live,
      'closed in 13 months': dashboard.closedInFigures,
      'list: middle window / open by due date (ms)': `${ms(list.middleMs)} / ${ms(list.byDueMs)}`,
      'search CL-2026-01 (ms)': `${ms(list.referenceMs)} (${list.referenceFound})`,
      'search 删除: first matches / whole store (ms)': `${ms(list.wordsFirstMs)} / ${ms(list.wordsMs)} (${list.wordsFound})`,
      'reload: shell / first row (ms)': `${ms(reload.shellMs)} / ${ms(reload.rowMs)}`,
      'recompute: checked / moved': `${recompute.checked} / ${recompute.moved}`,
    });
    await context.close();
  }
  if (dashboardBySize.size >= 2) {
    const sizes = [...dashboardBySize.keys()].sort((a, b) => a - b);
    const [small, large] = [sizes[0], sizes.at(-1)];
    const ratio = dashboardBySize.get(large) / dashboardBySize.get(small);
    figures.push({
      figure: `dashboard ${large.toLocaleString('en')} ÷ ${small.toLocaleString('en')}`,
      'measured (ms)': '',
      floor: '',
      'floor (ms)': '',
      ratio: `${ratio.toFixed(2)}×`,
      goal: '≤ 2×',
      met: ratio <= 2 ? 'yes' : 'NO',
    });
  }
  if (MAIL_COUNT > 0) {
    const intake = await benchIntake({ browser, url, benchScript, count: MAIL_COUNT });
    intakeRows.push(intake.import);
    shapeRows.push(...intake.shapes);
  }
  if (LETTER_COUNT > 0) letterRows.push(await benchLetters({ browser, url, benchScript, count: LETTER_COUNT }));
  // issue 11: backup and restore of a store with blobs (CASEDESK_BENCH_BACKUP=cases:KB, 0 skips)
  if ((process.env.CASEDESK_BENCH_BACKUP ?? '') !== '0') backupRows.push(await benchBackup({ browser, url, benchScript, today }));
} finally {
  await browser.close();
  process.kill(-server.pid);
  rmSync(outDir, { recursive: true, force: true });
}
if (startup) {
  figure('start, fresh profile → first-run form usable', startup.formMs, '', undefined, '≤ 1000 ms', startup.formMs <= 1000);
  figures.push({
    figure: 'fetched before the first paint',
    'measured (ms)': `${(startup.bytesBeforePaint / 1e6).toFixed(2)} MB`,
    floor: '',
    'floor (ms)': '',
    ratio: '',
    goal: '≤ 5 MB',
    met: startup.bytesBeforePaint <= 5e6 ? 'yes' : 'NO',
  });
}
console.table(figures);
if (startup) console.table([{ 'first paint (ms)': ms(startup.firstPaintMs), 'form usable (ms)': ms(startup.formMs), 'MB before first paint': (startup.bytesBeforePaint / 1e6).toFixed(2), 'MB by form usable': (startup.bytesByForm / 1e6).toFixed(2), requests: startup.requests, 'largest files': startup.largest }]);
if (detailRows.length) console.table(detailRows);
if (intakeRows.length) console.table(intakeRows);
if (shapeRows.length) console.table(shapeRows);
if (letterRows.length) console.table(letterRows);
if (backupRows.length) console.table(backupRows);

// issue 17: the legal mailbox's first connection and delivery delay, against Dovecot (its own process:
// it runs our TypeScript servers through electron/runTs.mjs); CASEDESK_BENCH_MAILBOX=0 skips it
if (Number(process.env.CASEDESK_BENCH_MAILBOX ?? 5000) > 0) {
  execFileSync(process.execPath, [path.join(root, 'electron/runTs.mjs'), path.join(import.meta.dirname, 'mailboxBench.ts')], { cwd: root, stdio: 'inherit' });
}

// issue 10: the team store — a solo store joining, the first sync of a fresh workstation, one change seen
// elsewhere — against a pouchdb-server, in its own process like the mailbox's; CASEDESK_BENCH_TEAM=0 skips it
if (Number(process.env.CASEDESK_BENCH_TEAM ?? 10000) > 0) {
  execFileSync(process.execPath, [path.join(root, 'electron/runTs.mjs'), path.join(import.meta.dirname, 'teamBench.ts')], { cwd: root, stdio: 'inherit' });
}
