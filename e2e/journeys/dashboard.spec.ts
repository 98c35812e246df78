import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { expect, scaled, test } from '../fixtures';
import { DashboardPage } from '../pages/DashboardPage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { Shell } from '../pages/Shell';
import { brokenWords } from '../pages/layout';

const STATES = ['已逾期', '今日到期', '3 个工作日内到期', '已暂停', '正常'] as const;

test('the dashboard: each count is the list behind it; officers, the calendar, exports; zh and en', async ({ app, shot }) => {
  // a long journey: sample data, five lists, two exports, two languages
  test.setTimeout(scaled(180_000));
  await new FirstRunPage(app).loadSampleData('王敏');
  // antd's messages time out by Date.now, which the fixed clock stops: they would stay on
  // every picture (in use they go after 3 s), so the pictures leave them out
  await app.addStyleTag({ content: '.ant-message { display: none !important; }' });
  const shell = new Shell(app);
  await shell.goTo('期限看板');
  const dashboard = new DashboardPage(app);
  await dashboard.expectShown();

  // every card: click it, count the rows of the list that opens
  const counts: Record<string, number> = {};
  for (const state of STATES) {
    const count = await dashboard.count(state);
    counts[state] = count;
    await dashboard.openCard(state);
    const title = `${state}的案件`;
    await dashboard.expectListCount(title, count);
    await expect(dashboard.listRows(title), state).toHaveCount(count);
  }
  // the sample store has cases in most states (200 cases, the newest still open)
  expect(counts['已逾期']! + counts['3 个工作日内到期']! + counts['正常']!).toBeGreaterThan(0);
  expect(counts['已暂停']).toBeGreaterThan(0);

  // an overdue case says so in its row
  await dashboard.openCard('已逾期');
  if (counts['已逾期']! > 0) await expect(dashboard.listRows('已逾期的案件').first()).toContainText('逾期');
  await shot('dashboard-zh');

  // the .xlsx of the list has a header and one row per case
  const [xlsx] = await Promise.all([app.waitForEvent('download'), dashboard.list('已逾期的案件').getByRole('button', { name: '导出清单（.xlsx）' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^CaseDesk-overdue-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheet = strFromU8(unzipSync(await readFile((await xlsx.path())!))['xl/worksheets/sheet1.xml']!);
  expect(sheet.match(/<row /g) ?? []).toHaveLength(counts['已逾期']! + 1);

  // the .ics holds one event per running case with a due date: the four running cards together
  const [ics] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: '导出到期日（.ics）' }).click()]);
  const text = await readFile((await ics.path())!, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.match(/^BEGIN:VEVENT$/gm) ?? []).toHaveLength(counts['已逾期']! + counts['今日到期']! + counts['3 个工作日内到期']! + counts['正常']!);

  // an officer's row opens that officer's live cases: as many as the row says
  const officerRow = app.getByRole('row').filter({ has: dashboard.officerButton('王敏') });
  await expect(officerRow.getByRole('cell').nth(1)).toHaveText(/^\d+$/);
  const [, open, paused] = (await officerRow.getByRole('cell').allTextContents()).map(Number);
  await dashboard.officerButton('王敏').click();
  await expect(dashboard.listRows('王敏 承办的未结案件')).toHaveCount(open! + paused!);

  // a day of the calendar with cases due opens them; the month shows the official calendar's marks
  const calendar = dashboard.region('到期日历');
  // the sample store has running cases due in November 2026, the month of the journeys' today
  const day = calendar.getByRole('button', { name: /件到期$/ }).first();
  await expect(day).toHaveAttribute('aria-label', /^\d{4}-\d{2}-\d{2}.*\d+ 件到期$/);
  const label = (await day.getAttribute('aria-label'))!;
  const [date] = /^\d{4}-\d{2}-\d{2}/.exec(label)!;
  const due = Number(/(\d+) 件到期$/.exec(label)![1]);
  await day.click();
  await expect(dashboard.listRows(`${date} 到期的案件`)).toHaveCount(due);
  // October 2026: National Day holidays (休) and the make-up Saturday 10-10 (班), a month before today's
  await expect(calendar.getByText('2026 年 11 月')).toBeVisible();
  await calendar.getByRole('button', { name: '上个月' }).click();
  await expect(calendar.getByText('2026 年 10 月')).toBeVisible();
  await expect(calendar.getByRole('img', { name: /^2026-10-01 星期四，法定节假日 国庆节/ }).or(calendar.getByRole('button', { name: /^2026-10-01 星期四，法定节假日 国庆节/ }))).toBeVisible();
  await expect(calendar.getByRole('img', { name: /^2026-10-10 星期六，调休上班/ }).or(calendar.getByRole('button', { name: /^2026-10-10 星期六，调休上班/ }))).toBeVisible();
  await calendar.scrollIntoViewIfNeeded();
  await shot('dashboard-zh-october');
  await calendar.getByRole('button', { name: '本月' }).click();

  // the monthly charts are images named by their data
  await expect(app.getByRole('img', { name: /^按期办结率：/ })).toBeVisible();
  await expect(app.getByRole('img', { name: /^答复用时中位数（工作日）：/ })).toBeVisible();
  await dashboard.openCard('已逾期');
  await calendar.scrollIntoViewIfNeeded();
  await shot('dashboard-zh-calendar');

  await app.getByRole('heading', { name: '承办人工作量' }).scrollIntoViewIfNeeded();
  await shot('dashboard-zh-workload');

  // English: the same counts under English names
  await shell.switchLanguage('zh-CN');
  await dashboard.expectShown('Deadlines');
  await expect(dashboard.list('Cases: Overdue')).toBeVisible();
  await expect(dashboard.card('Overdue')).toHaveAttribute('aria-label', `Overdue: ${counts['已逾期']} cases, show the list`);
  await app.getByRole('heading', { name: 'Deadlines', level: 3 }).scrollIntoViewIfNeeded();
  // no English word broken inside a table cell ("Overdu/e", issue 14)
  await expect(app.getByRole('table').first()).toBeVisible();
  await expect.poll(() => brokenWords(app.locator('table'))).toEqual([]);
  await shot('dashboard-en');
  await dashboard.region('Due-date calendar').scrollIntoViewIfNeeded();
  await shot('dashboard-en-calendar');
});

test('an empty store shows zero everywhere and no list rows', async ({ app }) => {
  await new FirstRunPage(app).startEmpty('李娜');
  await new Shell(app).goTo('期限看板');
  const dashboard = new DashboardPage(app);
  for (const state of STATES) await dashboard.expectCount(state, 0);
  await dashboard.openCard('已逾期');
  await expect(dashboard.list('已逾期的案件').getByText('没有案件')).toBeVisible();
});
