import { generateSampleData } from '../../shared/sample/sampleCases';
import { E2E_TODAY, expect, scaled, test } from '../fixtures';
import { CaseListPage } from '../pages/CaseListPage';
import { DashboardPage } from '../pages/DashboardPage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { Shell } from '../pages/Shell';

/** The references on screen, in order. */
const references = (list: CaseListPage) => list.caseLinks().allTextContents();

test.beforeEach(async ({ app }) => {
  await new FirstRunPage(app).loadSampleData('王敏');
  await new CaseListPage(app).expectShown();
  await app.addStyleTag({ content: '.ant-message { display: none !important; }' });
});

test('manager views: overdue rows say so, columns sort, filters narrow, bulk assign and close, search by ID number', async ({ app, shot }) => {
  test.setTimeout(scaled(180_000));
  const list = new CaseListPage(app);
  await list.expectCounts('\\d+', '\\d+');
  // "/" puts the cursor in the search box
  await app.getByRole('heading', { name: '案件', level: 3 }).click();
  await app.keyboard.press('/');
  await expect(app.getByRole('searchbox', { name: '搜索案件' })).toBeFocused();
  await expect(app.getByRole('searchbox', { name: '搜索案件' })).toHaveValue('');

  // overdue only: every row on screen carries the 已逾期 word (colour never alone)
  await app.getByRole('checkbox', { name: '仅看逾期' }).check();
  await expect.poll(async () => (await list.rows().count()) > 0 && (await list.rows().count()) === (await list.rows().filter({ hasText: '已逾期' }).count())).toBe(true);
  await shot('case-list-overdue-zh');
  await app.getByRole('checkbox', { name: '仅看逾期' }).uncheck();

  // sorting by reference, both ways, through the index
  await app.getByRole('columnheader', { name: /案件编号/ }).click();
  await expect.poll(async () => (await references(list)).slice(0, 3).join() === [...(await references(list)).slice(0, 3)].sort().join()).toBe(true);
  const firstAscending = (await references(list))[0]!;
  await app.getByRole('columnheader', { name: /案件编号/ }).click();
  await expect(list.caseLinks().first()).not.toHaveText(firstAscending);
  await expect.poll(async () => (await references(list)).slice(0, 3).join() === [...(await references(list)).slice(0, 3)].sort().reverse().join()).toBe(true);

  // bulk assign two cases to 陈静, then the officer filter shows them
  const [a, b] = (await references(list)).slice(0, 2) as [string, string];
  await app.getByRole('checkbox', { name: `选择 ${a}` }).check();
  await app.getByRole('checkbox', { name: `选择 ${b}` }).check();
  await expect(app.getByText('已选 2 件')).toBeVisible();
  await app.getByRole('button', { name: '批量分配' }).click();
  const assign = app.getByRole('dialog', { name: '分配承办人（2 件）' });
  await assign.getByRole('combobox', { name: '承办人' }).fill('陈静');
  // the name is taken from the team's list, which opens over the dialog's buttons as one types
  await app.locator('.ant-select-dropdown:visible').getByTitle('陈静', { exact: true }).click();
  await assign.getByRole('button', { name: '确定分配' }).click();
  await expect(assign).toBeHidden();
  await app.getByRole('combobox', { name: '按承办人筛选' }).click();
  await app.locator('.ant-select-dropdown:visible').getByTitle('陈静', { exact: true }).click();
  await expect(list.rows().filter({ hasText: a })).toHaveCount(1);
  await expect(list.rows().filter({ hasText: b })).toHaveCount(1);
  await expect.poll(async () => (await list.rows().locator('[role="cell"]:nth-child(8)').allTextContents()).every((s) => s.trim() === '陈静')).toBe(true);

  // bulk close one of them with an outcome: its status becomes 已结案
  await app.getByRole('checkbox', { name: `选择 ${a}` }).check();
  await app.getByRole('button', { name: '批量结案' }).click();
  const close = app.getByRole('dialog', { name: '批量结案（1 件）' });
  await close.getByRole('combobox', { name: '处理结果' }).click();
  await app.locator('.ant-select-dropdown:visible').getByTitle('已同意', { exact: true }).click();
  await close.getByRole('button', { name: '结案' }).click();
  await expect(close).toBeHidden();
  await expect(list.rows().filter({ hasText: a })).toContainText('已结案');
  await shot('case-list-bulk-zh');

  // the audit trail of the case names the reassignment
  await app.getByRole('button', { name: '清除筛选' }).click();

  // search by ID number: found through the blind index, the number itself shown nowhere in the results
  const sample = generateSampleData({ until: E2E_TODAY });
  const index = sample.cases.findIndex((c) => sample.requesters[c.requesterIndex]?.idNumber);
  const requester = sample.requesters[sample.cases[index]!.requesterIndex]!;
  await list.search(requester.idNumber!);
  await expect(list.rows().first()).toContainText(requester.name);
  await expect(list.table).not.toContainText(requester.idNumber!);

  // English: the same list, nothing overflowing its cell
  await list.search('');
  await new Shell(app).switchLanguage('zh-CN');
  await expect(app.getByRole('checkbox', { name: 'Overdue only' })).toBeVisible();
  await expect(app.getByRole('columnheader', { name: /^Due/ })).toBeVisible();
  await shot('case-list-en');
});

test('已答复 leaves the overdue count for its own card; incident clocks beside case deadlines', async ({ app, shot }) => {
  test.setTimeout(scaled(120_000));
  const list = new CaseListPage(app);
  const shell = new Shell(app);
  await shell.goTo('期限看板');
  const dashboard = new DashboardPage(app);
  await dashboard.expectShown();
  const overdue = await dashboard.count('已逾期');
  expect(overdue).toBeGreaterThan(0);
  const answered = await dashboard.count('已答复，待结案');
  await expect(app.getByRole('heading', { name: '安全事件时限' })).toBeVisible();

  // the overdue list shows who asked (masked) and when
  await dashboard.openCard('已逾期');
  const row = dashboard.listRows('已逾期的案件').first();
  await expect(row).toContainText(/\*/);
  await expect(row).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await shot('dashboard-lists-zh');

  // answer the first overdue case
  await row.getByRole('link').click();
  await app.getByRole('button', { name: '标记为已答复' }).click();
  await app.getByRole('dialog', { name: '标记为已答复' }).getByRole('button', { name: '保存' }).click();
  await expect(app.getByText('已答复，待结案').first()).toBeVisible();
  await expect(app.getByText('已逾期', { exact: true })).toHaveCount(0);

  await shell.goTo('期限看板');
  await dashboard.expectCount('已逾期', overdue - 1);
  await dashboard.expectCount('已答复，待结案', answered + 1);

  // the case list: 状态 在办, 进度 已答复, and no overdue word on it
  await shell.goTo('案件');
  await list.expectShown();
  await app.getByRole('checkbox', { name: '仅看逾期' }).check();
  await expect.poll(async () => (await list.rows().count()) > 0).toBe(true);
  await expect(list.rows().filter({ hasText: '已答复' })).toHaveCount(0);

  await shell.goTo('期限看板');
  await new Shell(app).switchLanguage('zh-CN');
  await dashboard.expectShown('Deadlines');
  await expect(app.getByRole('heading', { name: 'Security incident clocks' })).toBeVisible();
  await app.getByRole('button', { name: /^Overdue/ }).click();
  await shot('dashboard-lists-en');
});
