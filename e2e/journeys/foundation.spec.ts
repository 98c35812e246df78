import { expect, test } from '../fixtures';
import { CaseDetailPage } from '../pages/CaseDetailPage';
import { CaseListPage } from '../pages/CaseListPage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { Shell } from '../pages/Shell';

test('first run → sample data → the list → a case → English and back', async ({ app, shot }) => {
  const firstRun = new FirstRunPage(app);
  await firstRun.expectShown();
  await firstRun.loadSampleData('王敏');

  const list = new CaseListPage(app);
  await list.expectShown();
  await list.expectCounts(201, 201);
  await expect(list.caseLinks().first()).toBeVisible();

  // the search narrows the list to matching references
  await list.search('CL-2026-000');
  await list.expectCounts('[1-9]', 201);
  await list.search('');
  await list.expectCounts(201, 201);

  // the bundled CJK font really loaded: Chinese is drawn with it, not as empty boxes
  await expect
    .poll(() =>
      app.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some((f) => f.family.includes('CaseDesk Noto Sans SC') && f.status === 'loaded');
      }),
    )
    .toBe(true);
  await shot('case-list-zh');

  const first = list.caseLinks().first();
  await expect(first).toHaveText(/^CL-\d{4}-\d{4,}$/);
  const reference = (await first.textContent())!;
  await list.openCase(reference);
  const detail = new CaseDetailPage(app);
  await detail.expectCase(reference);
  for (const pane of ['申请人', '时间线', '材料', '函件']) await expect(detail.pane(pane)).toBeVisible();
  // the opening of the case is on its timeline, with who did it
  await expect(app.getByText('登记案件')).toBeVisible();
  await shot('case-page-zh');

  const shell = new Shell(app);
  await shell.switchLanguage('zh-CN');
  for (const pane of ['Requester', 'Timeline', 'Documents', 'Letters']) await expect(detail.pane(pane)).toBeVisible();
  await expect(app.getByRole('navigation').getByRole('menuitem', { name: 'Deadlines' })).toBeVisible();
  await shot('case-page-en');

  // the choice survives a restart
  await app.reload();
  await expect(detail.pane('Timeline')).toBeVisible();
  await shell.switchLanguage('en-US');
  await expect(detail.pane('时间线')).toBeVisible();
  await shell.goTo('案件');
  await list.expectShown();
});

test('starting empty shows an empty list and every section is reachable', async ({ app }) => {
  await new FirstRunPage(app).startEmpty('李娜');
  const list = new CaseListPage(app);
  await list.expectShown();
  await list.expectCounts(0, 0);
  const shell = new Shell(app);
  for (const section of ['收件', '期限看板', '安全事件', '函件', '设置']) {
    await shell.goTo(section);
    await expect(app.getByRole('heading', { name: section, level: 3 })).toBeVisible();
  }
});

test('the officer name is required on first run', async ({ app }) => {
  // issue 14: the refused form threw an uncaught page error
  const errors: string[] = [];
  app.on('pageerror', (e) => errors.push(e.message));
  await app.getByRole('button', { name: '载入示例数据' }).click();
  await expect(app.getByText('请填写您的姓名')).toBeVisible();
  await expect(app.getByRole('heading', { name: '欢迎使用 CaseDesk 案件台' })).toBeVisible();
  await app.getByRole('button', { name: '从空白开始' }).click();
  await expect(app.getByRole('heading', { name: '欢迎使用 CaseDesk 案件台' })).toBeVisible();
  expect(errors).toEqual([]);
});
