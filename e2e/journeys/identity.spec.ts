import { shanghaiDate, type LocalDate } from '../../shared/domain/time';
import { residentIdCheckCharacter } from '../../shared/identity/checkCharacter';
import { generateSampleData, type SampleCase, type SampleRequester } from '../../shared/sample/sampleCases';
import { expect, test } from '../fixtures';
import { CaseListPage } from '../pages/CaseListPage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { IdentityPanel } from '../pages/IdentityPanel';
import { Shell } from '../pages/Shell';
import type { Page } from '@playwright/test';

/**
 * Identity verification (SPEC §2, issue 5) on the sample data.
 *
 * The sample data is generated up to "today", and the rights-request clock
 * visibly starts at verification only on a case received in the last week or
 * so (before that, the 30-day ceiling from receipt comes first and stays the
 * due date). So these journeys run on Monday 2025-11-10, a day on which the
 * sample holds such an unverified case, and find their cases by generating
 * the same sample here.
 */
const NOW = new Date('2025-11-10T02:00:00.000Z'); // 10:00 in Shanghai
const TODAY: LocalDate = shanghaiDate(NOW.getTime());

interface SampleRow {
  reference: string;
  case: SampleCase;
  requester: SampleRequester;
}

/** The sample as the first run stores it: references issued per year in order of receipt (renderer/db/caseReference.ts). */
function sampleRows(): SampleRow[] {
  const data = generateSampleData({ until: TODAY });
  const sequence = new Map<string, number>();
  return data.cases.map((c) => {
    const year = shanghaiDate(c.receivedAt).slice(0, 4);
    const n = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, n);
    return { reference: `CL-${year}-${String(n).padStart(4, '0')}`, case: c, requester: data.requesters[c.requesterIndex]! };
  });
}

function daysBefore(date: LocalDate, instant: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${shanghaiDate(instant)}T00:00:00Z`)) / 86_400_000);
}

/** A valid 18-digit number (GB 11643 check character appended). */
function validIdNumber(body17: string): string {
  return body17 + residentIdCheckCharacter(body17);
}

async function openSampleCase(app: Page, reference: string) {
  const list = new CaseListPage(app);
  await list.search(reference);
  await list.openCase(reference);
  await expect(app.getByRole('heading', { name: reference, level: 3 })).toBeVisible();
}

/** 答复期限 in the case header. */
function headerDueDate(app: Page) {
  return app.locator('.ant-descriptions-item').filter({ hasText: '答复期限' }).locator('.ant-descriptions-item-content').first();
}

test.beforeEach(async ({ app }) => {
  // the first-run page reads no time: the day is fixed before the sample is generated
  await app.clock.setFixedTime(NOW);
  await new FirstRunPage(app).loadSampleData('王敏');
  await new CaseListPage(app).expectShown();
});

test('verify an individual: checklist, ID number, verified; the clock starts; reveal and purge', async ({ app, shot }) => {
  const target = sampleRows().find(
    (r) => r.case.status === 'open' && r.case.stage === 'verifying' && !r.case.gdpr && r.requester.kind === 'individual' && daysBefore(TODAY, r.case.receivedAt) <= 6,
  );
  expect(target, 'the sample holds a recently received, unverified individual’s case').toBeDefined();
  await openSampleCase(app, target!.reference);
  await expect(app.getByText('身份验证中').first()).toBeVisible();
  await expect(headerDueDate(app)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  const dueBefore = (await headerDueDate(app).textContent())!;

  const panel = new IdentityPanel(app);
  await panel.expectShown();
  await expect(panel.outcomeTag()).toHaveText('待验证');
  await expect(panel.outcomeButton('已验证')).toBeDisabled();

  await panel.recordItem('来信邮箱与账户注册邮箱一致');
  await panel.recordItem('已确认发送至账户的验证码', { note: '验证码 6 位，11 月 10 日电话确认' });
  const scan = { name: '身份证正反面.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]) };
  await panel.recordItem('身份证件（姓名及 18 位身份证号）', { method: '收到复印件 / 扫描件', upload: scan });
  for (const item of ['account-email', 'verification-code', 'identity-document']) await expect(panel.item(item)).toContainText('已通过');
  await expect(panel.item('identity-document')).toContainText('证明文件：身份证正反面.jpg');

  // the ID number is validated as typed, in the user's language
  const number = validIdNumber('33020319880315047');
  const wrongCheck = number.slice(0, 17) + (number.endsWith('1') ? '2' : '1');
  await panel.typeIdNumber(wrongCheck);
  await expect(panel.root.getByText(`校验码应为 ${number.at(-1)}（现为 ${wrongCheck.at(-1)}）`)).toBeVisible();
  await expect(panel.outcomeButton('已验证')).toBeDisabled();
  await panel.typeIdNumber(number);
  await expect(panel.root.getByText(/1988-03-15 出生，男，37 周岁/)).toBeVisible();
  await panel.saveIdNumber();
  // on file it is masked: region prefix and last four only
  await expect(panel.maskedIdNumber()).toHaveText(`3302**********${number.slice(-4)}`);
  await panel.scrollForScreenshot();
  await shot('identity-panel-zh');

  await expect(panel.outcomeButton('已验证')).toBeEnabled();
  await panel.decide('已验证');
  await expect(panel.outcomeTag()).toHaveText('已验证');
  // the rights-request clock starts: 15 working days from today replace the 30-day ceiling
  await expect(headerDueDate(app)).not.toHaveText(dueBefore);
  await expect(headerDueDate(app)).toHaveText('2025-12-01');
  await expect(app.getByText('处理中').first()).toBeVisible();
  await panel.scrollForScreenshot(panel.root.getByRole('heading', { name: '身份证号', level: 3 }));
  await shot('identity-panel-verified-zh');

  // reveal: the full number for this view, and an audit event naming who looked
  await panel.revealIdNumber();
  await expect(panel.maskedIdNumber()).toHaveText(number);
  const timeline = app.locator('.ant-card').filter({ has: app.getByRole('heading', { name: '时间线', level: 2 }) });
  await expect(timeline.getByText('查看完整身份证号')).toBeVisible();
  await expect(timeline).not.toContainText(number);

  // purge the scan once verified: the bytes go, the digest and the record stay
  await panel.purge(scan.name);
  await expect(panel.evidence(scan.name)).toContainText('已清除');
  await expect(timeline.getByText('清除材料')).toBeVisible();
  await expect(app.getByRole('table').getByText('已清除')).toBeVisible();

  await panel.hideIdNumber();
  await new Shell(app).switchLanguage('zh-CN');
  await expect(panel.root.getByRole('button', { name: 'Verified', exact: true })).toBeVisible();
  await panel.scrollForScreenshot();
  await shot('identity-panel-en');
});

test('insufficient: the clock pauses, the letter is proposed, and after 30 days closing is proposed', async ({ app, shot }) => {
  const target = sampleRows().find((r) => r.case.status === 'open' && r.case.stage === 'in-progress' && !r.case.gdpr);
  expect(target, 'the sample holds an open, verified case').toBeDefined();
  await openSampleCase(app, target!.reference);

  const panel = new IdentityPanel(app);
  await panel.expectShown();
  await panel.decide('材料不足', '请补充身份证正反面扫描件');
  await expect(panel.outcomeTag()).toHaveText('材料不足');
  await expect(app.getByText('已暂停').first()).toBeVisible();
  await expect(panel.root.getByText('建议发出补充材料函')).toBeVisible();
  await expect(panel.root.getByText(/补充身份证明或材料函/)).toBeVisible();
  await expect(panel.root.getByText('建议以“申请人未答复”结案')).toBeHidden();
  await panel.scrollForScreenshot(panel.root.getByRole('heading', { name: '验证结论', level: 3 }));
  await shot('identity-insufficient-zh');

  // the proposal opens the letter editor on the request-for-more-information template
  await panel.root.getByRole('button', { name: '起草补充材料函' }).click();
  await expect(app.getByRole('heading', { name: `新建函件：${target!.reference}` })).toBeVisible();
  await expect(app.getByText('补充材料通知').first()).toBeVisible();
  await app.goBack();
  await panel.expectShown();

  // thirty days without an answer (the default period): closing is proposed
  await app.clock.setFixedTime(new Date(NOW.getTime() + 30 * 86_400_000));
  await app.reload();
  await expect(panel.root.getByText('建议以“申请人未答复”结案')).toBeVisible();
  await panel.root.getByRole('button', { name: '以未答复结案' }).click();
  await app.getByRole('tooltip').getByRole('button', { name: /^确\s?认$/ }).click();
  await expect(app.getByText('已结案').first()).toBeVisible();
});

test('a child’s ID number proposes a minor’s case with the guardian’s checklist (policy 7.1)', async ({ app }) => {
  const target = sampleRows().find((r) => r.case.status === 'open' && r.case.stage === 'verifying' && !r.case.gdpr && r.requester.kind === 'individual');
  await openSampleCase(app, target!.reference);
  const panel = new IdentityPanel(app);
  await panel.typeIdNumber(validIdNumber('33010620160501002'));
  await expect(panel.root.getByText(/2016-05-01 出生，女，9 周岁/)).toBeVisible();
  await expect(panel.root.getByRole('alert').filter({ hasText: '未满 14 周岁' })).toBeVisible();
  await panel.root.getByRole('button', { name: '转为儿童个人信息案件，由监护人申请' }).click();
  await expect(panel.item('guardian-identity')).toBeVisible();
  await expect(panel.item('proof-of-guardianship')).toBeVisible();
  await expect(app.getByText('儿童个人信息').first()).toBeVisible();
});
