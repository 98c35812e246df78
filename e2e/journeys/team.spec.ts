import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { setUpTeam, startTeamServer, TEAM, type TeamMember, type TeamServer } from '../../shared/sync/test-support/teamServer';
import { expect, scaled, SCREENSHOTS, test } from '../fixtures';
import { CaseListPage } from '../pages/CaseListPage';
import { DashboardPage } from '../pages/DashboardPage';
import { DeadlinePanel } from '../pages/DeadlinePanel';
import { FirstRunPage } from '../pages/FirstRunPage';
import { IntakePage } from '../pages/IntakePage';
import { Shell } from '../pages/Shell';
import { TeamSettings } from '../pages/TeamSettings';
import { startExtraWebHost, type ExtraWebHost } from '../support/extraWebHost';

/**
 * The team's store (issue 10) as three people use it, each on their own
 * workstation — a browser context on its own web host, as each desktop has
 * its own main process — against a CouchDB-protocol server the test starts
 * on 127.0.0.1 (ports 43180–43183 of this suite's range).
 */
const SERVER = 43180;
const HOSTS = { officer: 43181, manager: 43182, print: 43183 } as const;
const DATABASE = 'casedesk';
const MAIL = path.join(import.meta.dirname, '..', 'fixtures', 'mail');
const STATES = ['已逾期', '今日到期', '3 个工作日内到期', '已暂停', '正常'] as const;

let server: TeamServer;
const hosts: ExtraWebHost[] = [];
const contexts: BrowserContext[] = [];

test.beforeEach(async () => {
  server = await startTeamServer(SERVER);
  await setUpTeam(server, DATABASE);
});
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  await Promise.all(hosts.splice(0).map((h) => h.stop()));
  await server.stop();
});

/** A workstation: its own web host and profile, started empty and joined to the team as `member`. */
async function workstation(browser: Browser, port: number, member: TeamMember): Promise<Page> {
  const host = await startExtraWebHost(port, scaled(60_000));
  hosts.push(host);
  const context = await browser.newContext({ baseURL: host.url, locale: 'zh-CN', timezoneId: 'America/New_York', viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  await new FirstRunPage(page).startEmpty(member.displayName);
  await new CaseListPage(page).expectShown();
  await new Shell(page).goTo('设置');
  const team = new TeamSettings(page);
  await team.signInAndPlan(server.url, member);
  await team.join(member.username);
  return page;
}

/** A picture of one workstation's window (the suite's `shot` takes the default page's). */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

function indicator(page: Page) {
  return new TeamSettings(page).indicator();
}

async function dashboardTotal(dashboard: DashboardPage): Promise<number> {
  let total = 0;
  for (const state of STATES) total += await dashboard.count(state);
  return total;
}

test('an officer’s case opened while the server is down reaches the manager’s dashboard by itself; print staff get no case; the server refuses forbidden writes', async ({ browser }) => {
  test.setTimeout(scaled(180_000));
  const officer = await workstation(browser, HOSTS.officer, TEAM.wang);
  const manager = await workstation(browser, HOSTS.manager, TEAM.boss);
  await expect(indicator(officer)).toHaveAttribute('data-sync-state', 'online', { timeout: scaled(30_000) });

  // the manager's dashboard, empty to begin with
  await new Shell(manager).goTo('期限看板');
  const dashboard = new DashboardPage(manager);
  await dashboard.expectShown();
  await expect.poll(() => dashboardTotal(dashboard)).toBe(0);

  // the server goes away; the officer goes on working
  await server.kill();
  await new Shell(officer).goTo('收件');
  const intake = new IntakePage(officer);
  await intake.expectShown();
  await intake.dropFiles([{ name: '01-utf8-base64-access.eml', bytes: readFileSync(path.join(MAIL, '01-utf8-base64-access.eml')) }]);
  await expect.poll(() => intake.counts(), { timeout: scaled(30_000) }).toEqual({ created: 1, joined: 0, duplicates: 0, failed: 0 });
  const reference = (await intake.caseLink(intake.row('01-utf8-base64-access.eml')).textContent())!;
  // a number from the block this workstation holds: final, not provisional, although it is offline
  expect(reference).toMatch(/^CL-\d{4}-\d{4}$/);
  await expect(indicator(officer)).toHaveAttribute('data-sync-state', 'offline', { timeout: scaled(30_000) });
  await expect(indicator(officer)).toHaveAccessibleName(/项待上传/);
  await expect(indicator(officer)).toHaveAccessibleName(/无法连接团队服务器/);
  await shot(officer, 'team-officer-offline');

  // the server is back: the officer's workstation catches up by itself, and the manager's counts follow
  await server.start();
  await expect(indicator(officer)).toHaveAttribute('data-sync-state', 'online', { timeout: scaled(60_000) });
  await expect(indicator(officer)).not.toHaveAccessibleName(/待上传/);
  await expect.poll(() => dashboardTotal(dashboard), { timeout: scaled(30_000) }).toBe(1);
  await new Shell(manager).goTo('案件');
  const list = new CaseListPage(manager);
  await expect(list.rows().filter({ hasText: reference })).toBeVisible();
  await list.openCase(reference);
  // the acting person is the signed-in team user, not a typed name
  await expect(manager.getByText(/登记案件.*wangmin/)).toBeVisible();
  await shot(manager, 'team-manager-sees-case');

  // print staff: a workstation of the print database only, with no case in it
  const print = await workstation(browser, HOSTS.print, TEAM.zhou);
  await expect(indicator(print)).toHaveAttribute('data-sync-state', 'online', { timeout: scaled(30_000) });
  await new Shell(print).goTo('待打印');
  await expect(print.getByText('没有待打印的函件')).toBeVisible();
  await expect(print.getByRole('navigation').getByRole('menuitem', { name: '案件' })).toHaveCount(0);

  // what the UI never offers, sent as raw HTTP with real credentials, is refused by the server itself
  const asOfficer = server.as(TEAM.wang.username, TEAM.wang.password);
  const events = await asOfficer('GET', `/${DATABASE}/_all_docs?include_docs=true&startkey=%22auditLog%3A%22&endkey=%22auditLog%3A%EF%BF%B0%22`);
  const rows = (events.body as { rows: { doc: Record<string, unknown> }[] }).rows;
  expect(rows.length).toBeGreaterThan(0);
  const edited = await asOfficer('PUT', `/${DATABASE}/${encodeURIComponent(String(rows[0]!.doc._id))}`, { ...rows[0]!.doc, row: { ...(rows[0]!.doc.row as object), summary: 'rewritten' } });
  expect(edited.status).toBe(403);
  expect(JSON.stringify(edited.body)).toContain('casedesk:immutable-audit');
  const txn = { chain: `${TEAM.wang.username}.raw`, n: 1, at: new Date().toISOString(), by: TEAM.wang.username, members: {} };
  const rules = await asOfficer('PUT', `/${DATABASE}/settings:deadlineRules`, { table: 'settings', row: { key: 'deadlineRules', value: {} }, txn });
  expect(rules.status).toBe(403);
  expect(JSON.stringify(rules.body)).toContain('casedesk:manager-only');
  const asPrint = server.as(TEAM.zhou.username, TEAM.zhou.password);
  // the print database is theirs; the case database is closed to them (CouchDB answers 401 or 403, by version)
  expect((await asPrint('GET', `/${DATABASE}-print/_all_docs`)).status).toBe(200);
  expect([401, 403]).toContain((await asPrint('GET', `/${DATABASE}/_all_docs`)).status);
});

test('two officers change one case while the server is down: the same record on both, the pause kept, the conflict shown until one of them chooses', async ({ browser }) => {
  test.setTimeout(scaled(180_000));
  const wang = await workstation(browser, HOSTS.officer, TEAM.wang);
  const li = await workstation(browser, HOSTS.manager, TEAM.li);
  await new Shell(wang).goTo('收件');
  const intake = new IntakePage(wang);
  await intake.dropFiles([{ name: '01-utf8-base64-access.eml', bytes: readFileSync(path.join(MAIL, '01-utf8-base64-access.eml')) }]);
  await expect.poll(() => intake.counts(), { timeout: scaled(30_000) }).toEqual({ created: 1, joined: 0, duplicates: 0, failed: 0 });
  const reference = (await intake.caseLink(intake.row('01-utf8-base64-access.eml')).textContent())!;
  await intake.caseLink(intake.row('01-utf8-base64-access.eml')).click();
  await new Shell(li).goTo('案件');
  const list = new CaseListPage(li);
  await expect(list.rows().filter({ hasText: reference })).toBeVisible({ timeout: scaled(30_000) });
  await list.openCase(reference);

  // apart: 王敏 sets an internal target date; 李娜 sets another, and pauses the clock
  await server.kill();
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await new DeadlinePanel(wang).setTarget('2026-12-21');
  await new DeadlinePanel(li).setTarget('2026-12-22');
  await new DeadlinePanel(li).pause(today, '等待申请人补充身份证明材料');

  // together again: both see the conflict, and both keep 李娜's pause
  await server.start();
  for (const page of [wang, li]) {
    await expect(page.getByText('此案件有同步冲突：两位同事离线时修改了同一记录')).toBeVisible({ timeout: scaled(60_000) });
    await expect(page.getByRole('button', { name: '恢复计时' })).toBeVisible();
  }
  await shot(li, 'team-conflict');

  // 李娜 chooses: one record everywhere, the banner gone on both
  const banner = li.getByRole('alert').filter({ hasText: '此案件有同步冲突' });
  for (const group of await banner.getByRole('radiogroup').all()) await group.getByText('另一版本的值').click();
  await banner.getByRole('button', { name: '确认并解决冲突' }).click();
  for (const page of [wang, li]) {
    await expect(page.getByText('此案件有同步冲突：两位同事离线时修改了同一记录')).toBeHidden({ timeout: scaled(60_000) });
    await expect(page.getByRole('button', { name: '恢复计时' })).toBeVisible();
  }
  const targetOf = (page: Page) => page.getByText(/目标日.*2026-12-2[12]/).first().textContent();
  await expect.poll(async () => (await targetOf(wang)) === (await targetOf(li)), { timeout: scaled(30_000) }).toBe(true);
});
