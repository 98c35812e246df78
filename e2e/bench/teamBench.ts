// The team store's figures of npm run bench (issue 10), run through
// electron/runTs.mjs: a pouchdb-server on 127.0.0.1, two workstations in
// Debian's Chromium, each on its own web host (the host carries the team
// requests, as the desktop's main process does).
//  1. an officer's solo store of CASEDESK_BENCH_TEAM cases (default 10,000),
//     each with a 2 KB .eml, joins the team: time until everything is on the
//     server;
//  2. a fresh workstation joins: time until it holds every case (goal ≤ 60 s),
//     beside a floor — the same documents read in one plain HTTP request;
//  3. one change on the first workstation, seen on the second: median of 20
//     (goal ≤ 2 s), beside the server's own floor — a write seen through a
//     long-polled _changes feed.
// Ports 43190–43192 unless CASEDESK_BENCH_TEAM_PORT.
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { setUpTeam, startTeamServer, TEAM, type TeamMember } from '../../shared/sync/test-support/teamServer';
import { createApiRoutes } from '../../electron/webHost/apiRoutes';
import { newToken } from '../../electron/webHost/healthProof';
import { startWebHost } from '../../electron/webHost/server';
import { TeamConnection } from '../../electron/team/teamConnection';
import { teamHandlers } from '../../electron/team/teamHandlers';
import { TeamSettings } from '../pages/TeamSettings';

const COUNT = Number(process.env.CASEDESK_BENCH_TEAM ?? 10_000);
const BASE = Number(process.env.CASEDESK_BENCH_TEAM_PORT ?? 43190);
const CHANGES = 20;
const CHROMIUM = process.env.CASEDESK_CHROMIUM ?? '/usr/bin/chromium';
const DATABASE = 'casedesk';
const root = path.resolve(process.cwd());
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

type BenchWindow = Window & {
  casedeskBench: {
    seed(n: number, until: string): Promise<number>;
    storeDueDates(until: string): Promise<void>;
    seedDocuments(): Promise<number>;
    markFirstRunDone(): Promise<void>;
    reopen(): Promise<boolean>;
    caseCount(): Promise<number>;
    blobCount(): Promise<number>;
    touchCase(id: string, summary: string): Promise<number>;
    seenCase(id: string, summary: string, timeoutMs: number): Promise<number>;
  };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function injectBench(page: Page, script: string): Promise<void> {
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => 'casedeskBench' in window);
}

/** Until the shell says everything is on the server (no "n pending"). */
async function synced(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-sync-state]')?.getAttribute('aria-label') === '同步状态: 已同步', undefined, { timeout: timeoutMs, polling: 100 });
}

async function signIn(page: Page, serverUrl: string, member: TeamMember): Promise<TeamSettings> {
  await page.getByRole('navigation').getByRole('menuitem', { name: '设置' }).click();
  const team = new TeamSettings(page);
  // a store of 10,000 cases takes a while to plan on a loaded machine (outside a test, expect waits 5 s)
  await team.signInAndPlan(serverUrl, member, 600_000);
  return team;
}

async function main(): Promise<void> {
  if (COUNT <= 0) return;
  if (!existsSync(CHROMIUM)) throw new Error(`team bench: needs ${CHROMIUM}`);
  const [load1 = 0, load5 = 0, load15 = 0] = loadavg();
  console.log(`team bench: load average ${load1.toFixed(2)} ${load5.toFixed(2)} ${load15.toFixed(2)} on ${cpus().length} cores`);
  const rendererRoot = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(rendererRoot, 'index.html'))) execFileSync('npm', ['run', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  const bundle = await build({ entryPoints: [path.join(root, 'e2e', 'bench', 'browser', 'bench.ts')], bundle: true, format: 'esm', write: false, target: 'chrome120', logLevel: 'warning' });
  const script = bundle.outputFiles[0]!.text;

  const server = await startTeamServer(BASE);
  await setUpTeam(server, DATABASE);
  const hosts = await Promise.all(
    [BASE + 1, BASE + 2].map((port) =>
      startWebHost({ root: rendererRoot, port, launchToken: newToken(), sessionToken: newToken(), api: createApiRoutes({ ...teamHandlers(new TeamConnection({ fetch })) }, () => undefined) }),
    ),
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
  try {
    // the officer's solo store, seeded through the app's own modules
    const officer = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    await officer.goto(hosts[0]!.url);
    await injectBench(officer, script);
    await officer.evaluate(([n, until]) => (window as unknown as BenchWindow).casedeskBench.seed(n as number, until as string), [COUNT, today] as const);
    await officer.evaluate((until) => (window as unknown as BenchWindow).casedeskBench.storeDueDates(until), today);
    await officer.evaluate(() => (window as unknown as BenchWindow).casedeskBench.seedDocuments());
    await officer.evaluate(() => (window as unknown as BenchWindow).casedeskBench.markFirstRunDone());
    await officer.reload();
    await officer.getByRole('navigation').waitFor({ timeout: 120_000 });

    // 1. the solo store joins: every case, requester, document and file goes up
    const officerTeam = await signIn(officer, server.url, TEAM.wang);
    const joining = Date.now();
    await officerTeam.join(TEAM.wang.username, 600_000);
    await synced(officer, 30 * 60_000);
    const uploadMs = Date.now() - joining;
    console.log(`join: everything on the server after ${uploadMs} ms`);

    // the floor of the first sync: the same documents, read in one plain request
    const floorStarted = Date.now();
    const all = await server.as(TEAM.boss.username, TEAM.boss.password)('GET', `/${DATABASE}/_all_docs?include_docs=true&attachments=true`);
    const floorMs = Date.now() - floorStarted;
    const docCount = (all.body as { rows?: unknown[] }).rows?.length ?? 0;

    // 2. a fresh workstation joins and receives it all
    const manager = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    await manager.goto(hosts[1]!.url);
    await manager.getByLabel('您的姓名').fill(TEAM.boss.displayName);
    await manager.getByRole('button', { name: '从空白开始' }).click();
    await manager.getByRole('navigation').waitFor();
    const managerTeam = await signIn(manager, server.url, TEAM.boss);
    const started = Date.now();
    await managerTeam.join(TEAM.boss.username, 600_000);
    const joinedMs = Date.now() - started;
    await injectBench(manager, script);
    const casesThere = await manager.evaluate(() => (window as unknown as BenchWindow).casedeskBench.caseCount());
    await manager.waitForFunction((n) => (window as unknown as BenchWindow).casedeskBench.caseCount().then((c) => c >= n), COUNT, { timeout: 30 * 60_000, polling: 250 });
    const casesMs = Date.now() - started;
    // every case with its file: the first sync is done when the last file is here
    await manager.waitForFunction((n) => (window as unknown as BenchWindow).casedeskBench.blobCount().then((c) => c >= n), COUNT, { timeout: 30 * 60_000, polling: 250 });
    const firstSyncMs = Date.now() - started;
    await synced(manager, 10 * 60_000);
    console.log(`first sync: join done after ${joinedMs} ms (${casesThere} cases there then), every case after ${casesMs} ms, every file after ${firstSyncMs} ms, indicator 已同步 after ${Date.now() - started} ms`);

    // 3. one change there, seen here: written through a store handle that is captured for the team
    await injectBench(officer, script);
    await manager.evaluate(() => (window as unknown as BenchWindow).casedeskBench.reopen());
    const latencies: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const summary = `bench change ${i} ${Date.now()}`;
      const written = await officer.evaluate(([id, s]) => (window as unknown as BenchWindow).casedeskBench.touchCase(id!, s!), ['c0', summary]);
      const seen = await manager.evaluate(([id, s, wait]) => (window as unknown as BenchWindow).casedeskBench.seenCase(id as string, s as string, wait as number), ['c0', summary, 30_000] as const);
      latencies.push(seen < 0 ? Number.POSITIVE_INFINITY : seen - written);
      await new Promise((r) => setTimeout(r, 300));
    }
    // the floor of a change: one write seen by a long-polled _changes feed of the server itself
    const floors: number[] = [];
    const reader = server.as(TEAM.boss.username, TEAM.boss.password);
    const writer = server.as(TEAM.wang.username, TEAM.wang.password);
    for (let i = 0; i < CHANGES; i++) {
      const since = ((await reader('GET', `/${DATABASE}`)).body as { update_seq: string | number }).update_seq;
      const feed = reader('GET', `/${DATABASE}/_changes?feed=longpoll&since=${encodeURIComponent(String(since))}&timeout=30000`);
      const put = Date.now();
      await writer('PUT', `/${DATABASE}/refblock:bench:${i}:${Date.now()}`, { by: TEAM.wang.username });
      await feed;
      floors.push(Date.now() - put);
    }

    const [after1 = 0] = loadavg();
    console.table([
      { figure: `solo store of ${COUNT.toLocaleString('en')} cases joins (all on the server)`, 'measured (s)': (uploadMs / 1000).toFixed(1), floor: '', ratio: '', goal: '', met: '' },
      {
        figure: `first sync of ${COUNT.toLocaleString('en')} cases (${docCount.toLocaleString('en')} documents) into a fresh workstation`,
        'measured (s)': (firstSyncMs / 1000).toFixed(1),
        floor: `the same documents in one GET: ${(floorMs / 1000).toFixed(1)} s`,
        ratio: `${(firstSyncMs / floorMs).toFixed(1)}×`,
        goal: '≤ 60 s',
        met: firstSyncMs <= 60_000 ? 'yes' : 'NO',
      },
      {
        figure: `one change seen on another workstation, median of ${CHANGES}`,
        'measured (s)': (median(latencies) / 1000).toFixed(2),
        floor: `server write → _changes: ${median(floors)} ms`,
        ratio: `${(median(latencies) / Math.max(1, median(floors))).toFixed(1)}×`,
        goal: '≤ 2 s',
        met: median(latencies) <= 2000 ? 'yes' : 'NO',
      },
    ]);
    console.log(`change latencies (ms): ${latencies.map((l) => (Number.isFinite(l) ? l : 'lost')).join(' ')}; load average at the end ${after1.toFixed(2)}`);
  } finally {
    await browser.close();
    await Promise.all(hosts.map((h) => h.close()));
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
