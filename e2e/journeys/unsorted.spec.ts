import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, scaled, test } from '../fixtures';
import { CaseDetailPage } from '../pages/CaseDetailPage';
import { CaseListPage } from '../pages/CaseListPage';
import { FirstRunPage } from '../pages/FirstRunPage';
import { IntakePage, pickCase } from '../pages/IntakePage';
import { Shell } from '../pages/Shell';

/**
 * Nothing irreversible by one click (issue 14): a file that is not mail
 * opens no case but waits in 未归类材料 until it is attached to the right case
 * or discarded; a case registered twice is merged into the one that carries on.
 */
const MAIL = path.join(import.meta.dirname, '..', 'fixtures', 'mail');
const FILE_TIME = Date.parse('2026-11-27T01:00:00.000Z');
const mail = (name: string) => ({ name, bytes: readFileSync(path.join(MAIL, name)), lastModified: FILE_TIME });

async function onePagePdf(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(text, { x: 72, y: 760, size: 18, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await pdf.save());
}

async function startEmptyOnIntake(app: Page): Promise<IntakePage> {
  await new FirstRunPage(app).startEmpty('王敏');
  await new CaseListPage(app).expectShown();
  await new Shell(app).goTo('收件');
  const intake = new IntakePage(app);
  await intake.expectShown();
  return intake;
}

test('a PDF, a picture and a fake .eml open no case: they wait in 未归类材料, one is attached to a case, one discarded', async ({ app, shot }) => {
  test.setTimeout(scaled(150_000));
  const intake = await startEmptyOnIntake(app);
  // the request the scan belongs to
  await intake.dropFiles([mail('01-utf8-base64-access.eml')]);
  await expect.poll(() => intake.counts()).toEqual({ created: 1, joined: 0, duplicates: 0, failed: 0 });
  await intake.clearSummary();

  await intake.dropFiles([
    { name: '身份证明.pdf', bytes: await onePagePdf('Identity document (test)'), lastModified: FILE_TIME },
    { name: '身份证照片.png', bytes: readFileSync(path.join(import.meta.dirname, '..', '..', 'assets', 'icon.png')), lastModified: FILE_TIME },
    { name: '张伟的申请.eml', bytes: Buffer.from('这不是邮件，只是复制出来的一段文字：请删除我的信息。'), lastModified: FILE_TIME },
  ]);
  // counted as what they are, never as 3 封邮件, and no case opened
  await expect.poll(() => intake.counts()).toEqual({ created: 0, joined: 0, duplicates: 0, failed: 0 });
  await expect(intake.summary.getByTestId('import-unsorted')).toHaveText('另有 3 个文件不是邮件（PDF 文件 1 个、图片 1 张、无法识别的文件 1 个），已放入未归类材料，未登记为案件');
  await expect(intake.summary.getByText(/^0 封邮件，用时/)).toBeVisible();
  await expect(intake.row('身份证明.pdf')).toContainText('不是邮件，已放入未归类材料');
  await expect(intake.caseLink(intake.row('张伟的申请.eml'))).toHaveCount(0);
  await expect(intake.unsortedTray.getByRole('row')).toHaveCount(4);
  await expect(intake.unsortedRow('身份证照片.png')).toContainText('图片');
  await expect(intake.unsortedRow('张伟的申请.eml')).toContainText('无法识别的文件');

  // the picture is shown inline before deciding
  await intake.unsortedTray.getByRole('button', { name: '查看 身份证照片.png' }).click();
  const picture = app.getByRole('dialog', { name: '身份证照片.png' });
  await expect(picture.getByRole('img', { name: '身份证照片.png' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(picture).toBeHidden();
  await intake.unsortedTray.scrollIntoViewIfNeeded();
  await shot('unsorted-tray');

  await intake.attachUnsorted('身份证明.pdf', 'CL-2026-0001');
  await expect(intake.unsortedRow('身份证明.pdf')).toHaveCount(0);
  await intake.discardUnsorted('张伟的申请.eml', '误拖入的文字稿，不是申请材料');
  await expect(intake.unsortedTray.getByRole('row')).toHaveCount(2);

  // the tray and the import's review are kept in the store: after a reload the picture still waits
  await app.reload();
  await new Shell(app).goTo('收件');
  await expect(intake.summary.getByTestId('import-unsorted')).toContainText('另有 3 个文件不是邮件');
  await expect(intake.unsortedRow('身份证照片.png')).toBeVisible();
  await expect(intake.unsortedTray.getByRole('row')).toHaveCount(2);

  // still one case, and the PDF is among its materials, opened in the PDF viewer
  await new Shell(app).goTo('案件');
  const list = new CaseListPage(app);
  await list.expectCounts(1, 1);
  await list.openCase('CL-2026-0001');
  await new CaseDetailPage(app).expectCase('CL-2026-0001');
  const materials = app.getByRole('table').filter({ hasText: 'SHA-256' }).last();
  await expect(materials.getByRole('row').filter({ hasText: '身份证明.pdf' })).toContainText('其他');
  await expect(app.getByText('未归类材料归入案件').first()).toBeVisible();
  await materials.getByRole('button', { name: '查看 身份证明.pdf' }).click();
  await expect(app.getByRole('dialog', { name: '身份证明.pdf' }).locator('iframe[title="身份证明.pdf"]')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: '身份证明.pdf' })).toBeHidden();

  // and in English
  await new Shell(app).goTo('收件');
  await new Shell(app).switchLanguage('zh-CN');
  await expect(intake.unsortedTray.getByRole('heading', { name: 'Unsorted files' })).toBeVisible();
  await expect(intake.unsortedRow('身份证照片.png')).toContainText('Image');
  await intake.unsortedTray.scrollIntoViewIfNeeded();
  await shot('unsorted-tray-en');
  await new Shell(app).switchLanguage('en-US');
});

test('a case registered twice is merged into the one that carries on: materials move, the duplicate keeps its number as 已合并', async ({ app, shot }) => {
  test.setTimeout(scaled(150_000));
  const intake = await startEmptyOnIntake(app);
  await intake.dropFiles([mail('01-utf8-base64-access.eml'), mail('16-html-only-ip-notice.eml')]);
  await expect.poll(() => intake.counts()).toEqual({ created: 2, joined: 0, duplicates: 0, failed: 0 });
  // both suggested types confirmed at once (issue 14, point 9)
  await intake.summary.getByRole('button', { name: '全部按建议确认类型（2 件）' }).click();
  await expect(intake.row('01-utf8-base64-access.eml')).toContainText('已确认：查阅');
  await expect(intake.row('16-html-only-ip-notice.eml')).toContainText('已确认：');
  await expect(intake.summary.getByRole('button', { name: /^全部按建议确认类型/ })).toHaveCount(0);
  const duplicate = (await intake.caseLink(intake.row('16-html-only-ip-notice.eml')).textContent())!;
  const target = (await intake.caseLink(intake.row('01-utf8-base64-access.eml')).textContent())!;
  await intake.caseLink(intake.row('16-html-only-ip-notice.eml')).click();
  await new CaseDetailPage(app).expectCase(duplicate);

  await app.getByRole('button', { name: '合并到其他案件…' }).click();
  const dialog = app.getByRole('dialog', { name: `将 ${duplicate} 合并到其他案件` });
  // nothing happens without a target and a reason
  await dialog.getByRole('button', { name: '合并' }).click();
  await expect(dialog.getByText('请填写此项')).toHaveCount(2);
  // the case itself is not offered as its own target
  await dialog.getByRole('combobox', { name: '目标案件' }).click();
  await dialog.getByRole('combobox', { name: '目标案件' }).fill(duplicate);
  await expect(app.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveCount(0);
  await pickCase(app, dialog, '目标案件', target);
  await dialog.getByLabel('合并原因').fill('同一申请人就同一事项重复来信');
  await shot('merge-dialog');
  await dialog.getByRole('button', { name: '合并' }).click();
  await expect(dialog).toBeHidden();

  // the duplicate: closed as merged, its number kept, pointing at the target; nothing left to merge or reopen
  await expect(app.getByTestId('case-status')).toHaveText('已合并');
  await expect(app.getByText(new RegExp(`^已合并到 ${target}（\\d{4}-\\d{2}-\\d{2}，王敏）：同一申请人就同一事项重复来信`))).toBeVisible();
  await expect(app.getByRole('button', { name: '合并到其他案件…' })).toHaveCount(0);
  await expect(app.getByRole('button', { name: '重新打开' })).toHaveCount(0);
  await expect(app.getByText('暂无材料')).toBeVisible();
  await expect(app.getByText('合并案件').first()).toBeVisible();

  // the target: the duplicate's mail among its materials, the merge in its header and timeline
  await app.getByRole('link', { name: `打开 ${target}` }).click();
  await new CaseDetailPage(app).expectCase(target);
  await expect(app.getByRole('button', { name: '查看邮件 16-html-only-ip-notice.eml' })).toBeVisible();
  await expect(app.getByRole('link', { name: duplicate, exact: true })).toBeVisible();
  await expect(app.getByText('合并案件').first()).toBeVisible();
  await shot('merge-target');

  // the duplicate's number stays used and visible in the list
  await new Shell(app).goTo('案件');
  const list = new CaseListPage(app);
  await list.expectCounts(2, 2);
  await expect(list.rows().filter({ hasText: duplicate })).toContainText('作废');

  await list.openCase(duplicate);
  await new Shell(app).switchLanguage('zh-CN');
  await expect(app.getByTestId('case-status')).toHaveText('Merged');
  await expect(app.getByText(new RegExp(`^Merged into ${target} \\(`))).toBeVisible();
  await shot('merge-merged-en');
  await new Shell(app).switchLanguage('en-US');
});
