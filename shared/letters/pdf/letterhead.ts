import type { PDFPage } from 'pdf-lib';
import type { CompanyDetails } from '../company';
import type { LetterContent } from '../content';
import { drawLine, drawText, paragraphLines, widthOf, type DocFont } from './flow';
import type { Labels } from './labels';
import { COLOR, CONTENT_WIDTH, FOOTER_BASELINE, MARGIN, PAGE, TYPE } from './style';

export interface LetterFontsInDoc {
  regular: DocFont;
  bold: DocFont;
}

/** The letterhead's contact lines, in the letter's language (a bilingual letter: Chinese address). */
export function contactLines(company: CompanyDetails, labels: Labels): string[] {
  const lang = labels.languages[0] ?? 'zh-CN';
  const c = labels.colon();
  return [
    company.address[lang],
    `${labels.text('letters.pdf.email')}${c}${company.email}`,
    `${labels.text('letters.pdf.hotline')}${c}${company.hotline}`,
  ];
}

/**
 * First-page letterhead: the company's Chinese name (its legal name) with the
 * English one under it on the left, address, legal@solutioncl.com and the
 * hotline on the right (SPEC §4), and a rule across. Returns the top left
 * for what follows.
 */
export function drawLetterhead(page: PDFPage, fonts: LetterFontsInDoc, company: CompanyDetails, labels: Labels): number {
  const top = PAGE.height - MARGIN.top;
  const nameStyle = { font: fonts.bold, size: TYPE.companyName, color: COLOR.text };
  const secondStyle = { font: fonts.regular, size: TYPE.companyNameSecond, color: COLOR.muted };
  const nameBaseline = top - TYPE.companyName;
  drawText(page, company.name['zh-CN'], MARGIN.left, nameBaseline, nameStyle);
  const secondBaseline = nameBaseline - TYPE.companyNameSecond - 5;
  drawText(page, company.name['en-US'], MARGIN.left, secondBaseline, secondStyle);

  // The contact block fills the room right of the name, right-aligned, wrapped if it must.
  const leftWidth = Math.max(widthOf(company.name['zh-CN'], nameStyle), widthOf(company.name['en-US'], secondStyle));
  const width = CONTENT_WIDTH - leftWidth - 24;
  const contact = { font: fonts.regular, size: TYPE.contact, color: COLOR.muted, lineHeight: TYPE.contact * 1.6, width, align: 'right' as const };
  const x = PAGE.width - MARGIN.right - width;
  let lineTop = top - 1;
  for (const text of contactLines(company, labels)) {
    for (const line of paragraphLines(text, contact)) {
      drawLine(page, { ...line, last: true }, false, lineTop, { ...contact, x });
      lineTop -= contact.lineHeight;
    }
  }

  const ruleY = Math.min(secondBaseline - 8, lineTop - 4);
  page.drawLine({ start: { x: MARGIN.left, y: ruleY }, end: { x: PAGE.width - MARGIN.right, y: ruleY }, thickness: 1.2, color: COLOR.rule });
  page.drawLine({ start: { x: MARGIN.left, y: ruleY - 2.5 }, end: { x: PAGE.width - MARGIN.right, y: ruleY - 2.5 }, thickness: 0.4, color: COLOR.rule });
  return ruleY - 18;
}

/** Header of a continuation page: the reference, so a loose page still says which letter it belongs to. */
export function drawContinuationHeader(page: PDFPage, fonts: LetterFontsInDoc, content: LetterContent, labels: Labels): number {
  const top = PAGE.height - MARGIN.top;
  const style = { font: fonts.regular, size: TYPE.contact, color: COLOR.muted };
  const text = `${content.reference} · ${labels.text('letters.pdf.continued')}`;
  drawText(page, text, PAGE.width - MARGIN.right - widthOf(text, style), top - TYPE.contact, style);
  const ruleY = top - TYPE.contact - 6;
  page.drawLine({ start: { x: MARGIN.left, y: ruleY }, end: { x: PAGE.width - MARGIN.right, y: ruleY }, thickness: 0.4, color: COLOR.faint });
  return ruleY - 16;
}

/** `第 X 页 共 Y 页` / `Page X of Y`, centred at the foot of every page, once the page count is known. */
export function pageNumberText(labels: Labels, page: number, total: number): string {
  return labels.text('letters.pdf.page', { page, total });
}

export function drawPageNumbers(pages: PDFPage[], fonts: LetterFontsInDoc, labels: Labels): void {
  const style = { font: fonts.regular, size: TYPE.footer, color: COLOR.muted };
  pages.forEach((page, i) => {
    const text = pageNumberText(labels, i + 1, pages.length);
    drawText(page, text, (PAGE.width - widthOf(text, style)) / 2, FOOTER_BASELINE, style);
  });
}
