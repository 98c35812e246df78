import { WORKED_EXAMPLE_SUBJECT } from '../../shared/sample/sampleCases';
import { expect, test } from '../fixtures';
import { CaseListPage } from '../pages/CaseListPage';
import { DeadlinePanel } from '../pages/DeadlinePanel';
import { FirstRunPage } from '../pages/FirstRunPage';

/** Adds working days on the plain Monday–Friday rule (valid for December 2026: no holiday, no make-up day). */
function addWeekdays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  while (n > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n--;
  }
  return d.toISOString().slice(0, 10);
}

test.beforeEach(async ({ app }) => {
  await new FirstRunPage(app).loadSampleData('王敏');
  await new CaseListPage(app).expectShown();
});

test('why is the due date this day: 15 working days from 2026-09-28 across National Day', async ({ app, shot }) => {
  const list = new CaseListPage(app);
  await list.search(WORKED_EXAMPLE_SUBJECT);
  await list.expectCounts(1, '\\d+');
  await list.caseLinks().first().click();
  const panel = new DeadlinePanel(app);
  await expect(panel.legalDue).toHaveText('2026-10-23');
  const lines = await panel.explanation();
  await expect(lines).toContainText('2026-09-28');
  await expect(lines).toContainText('国庆节 2026-10-01 至 2026-10-07');
  await expect(lines).toContainText('2026-10-10（星期六，国庆节调休）');
  await expect(lines).toContainText('到期日：2026-10-23');
  await expect(lines).toContainText('2026.1'); // the calendar version used
  await shot('deadline-explanation-zh');
});

test('pausing a case moves its due date by the working days spent waiting', async ({ app, shot }) => {
  const list = new CaseListPage(app);
  await list.filterByStatus('在办');
  // an open, verified case (its stage is 处理中, not 身份验证中)
  const row = list.rows().filter({ hasNotText: '身份验证中' }).first();
  const reference = (await row.getByRole('link').textContent())!;
  await list.openCase(reference);
  const panel = new DeadlinePanel(app);
  const before = await panel.dueDate();
  expect(before >= '2026-11-30').toBe(true);

  await panel.pause('2026-11-30', '等待申请人补充身份证明材料');
  await expect(app.getByText('已暂停').first()).toBeVisible();
  await shot('case-paused-zh');

  // three days later the requester answers: 12-01, 12-02 and 12-03 did not count
  await app.clock.setSystemTime(new Date('2026-12-03T02:00:00.000Z'));
  await app.reload();
  await panel.resume('2026-12-03');
  await expect(panel.legalDue).toHaveText(addWeekdays(before, 3));
  await expect(await panel.explanation()).toContainText('暂停：2026-11-30 至 2026-12-03，顺延 3 个工作日');
  await panel.closeExplanation();
  // and the timeline says who paused and resumed
  await expect(app.getByText('暂停计时').first()).toBeVisible();
  await expect(app.getByText('恢复计时').first()).toBeVisible();
});

test('a refusal cannot be closed without its reasons (PIPL 50)', async ({ app }) => {
  const list = new CaseListPage(app);
  await list.filterByStatus('在办');
  await list.caseLinks().first().click();
  await app.getByRole('button', { name: '结案' }).click();
  const dialog = app.getByRole('dialog');
  await dialog.getByLabel('处理结果').click();
  await app.locator('.ant-select-dropdown:visible').getByTitle('拒绝', { exact: true }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('拒绝时必须说明理由（PIPL 第 50 条）')).toBeVisible();
  await dialog.getByLabel(/拒绝理由/).fill('所涉信息属于法律要求保存的交易记录（隐私政策 4.4）');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('已结案').first()).toBeVisible();
});

test('nothing irreversible by one click: a closed case is reopened with a reason, an extension its rule does not allow is refused, a case is voided', async ({ app }) => {
  const list = new CaseListPage(app);
  await list.search(WORKED_EXAMPLE_SUBJECT);
  await list.expectCounts(1, '\\d+');
  const reference = (await list.caseLinks().first().textContent())!;
  await list.caseLinks().first().click();
  const panel = new DeadlinePanel(app);
  const status = app.getByTestId('case-status');
  await expect(app.getByRole('button', { name: '作废', exact: true })).toHaveCount(0); // closed: reopen first
  await panel.withReason('重新打开', '重新打开的原因', '申请人来电指出答复遗漏了部分登录记录');
  await expect(status).toHaveText('在办');
  await expect(panel.legalDue).toHaveText('2026-10-23'); // recomputed from the rule, not the closing
  // policy 4.6 foresees no extension: the button says so instead of saving nothing
  await expect(app.getByRole('button', { name: '延长期限' })).toBeDisabled();
  await expect(app.getByText('不能延长：本案适用的规则没有规定延长期限。')).toBeVisible();
  await panel.withReason('作废', '作废原因', '测试误登记');
  await expect(status).toHaveText('作废');
  await expect(app.getByText(/^已作废（\d{4}-\d{2}-\d{2}，王敏）：测试误登记$/)).toBeVisible();
  await expect(app.getByRole('button', { name: '重新打开' })).toHaveCount(0);
  // the number stays used and is shown as 作废 in the list
  await app.goBack();
  await expect(list.rows().filter({ hasText: reference })).toContainText('作废');
});
