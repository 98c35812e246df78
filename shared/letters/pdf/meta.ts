import type { LetterContent } from '../content';
import { baselineIn, drawLine, drawText, paragraphLines, widthOf, type PageFlow, type ParagraphOptions } from './flow';
import type { Labels } from './labels';
import type { LetterFontsInDoc } from './letterhead';
import { COLOR, CONTENT_WIDTH, MARGIN, PAGE, TYPE } from './style';

/**
 * Under the letterhead: the recipient block on the left (the name, then the
 * address lines, as on an envelope), our reference and the date on the right.
 */
export function drawMeta(flow: PageFlow, fonts: LetterFontsInDoc, content: LetterContent, labels: Labels): void {
  const c = labels.colon();
  const lineHeight = TYPE.meta * 1.7;
  const right = [
    `${labels.text('letters.pdf.reference')}${c}${content.reference}`,
    `${labels.text('letters.pdf.date')}${c}${labels.date(content.letterDate)}`,
  ];
  const metaStyle = { font: fonts.regular, size: TYPE.meta, color: COLOR.text };
  const rightWidth = Math.max(...right.map((t) => widthOf(t, metaStyle)));
  const top = flow.top;
  right.forEach((text, i) => {
    drawText(flow.page, text, PAGE.width - MARGIN.right - widthOf(text, metaStyle), baselineIn(top - lineHeight * i, lineHeight, TYPE.meta), metaStyle);
  });

  const width = CONTENT_WIDTH - rightWidth - 24;
  const nameOptions: ParagraphOptions = { font: fonts.bold, size: 10.5, color: COLOR.text, lineHeight: 10.5 * 1.7, width, align: 'left' };
  const lineOptions: ParagraphOptions = { ...metaStyle, color: COLOR.muted, lineHeight, width, align: 'left' };
  let y = top;
  // the name heads the address block; the salutation (尊敬的…： / Dear …,) is the letter's one greeting (issue 13)
  const recipient = content.recipient.name;
  for (const [text, options] of [[recipient, nameOptions], ...content.recipient.lines.map((l) => [l, lineOptions] as const)] as const) {
    for (const line of paragraphLines(text, options)) {
      drawLine(flow.page, { ...line, last: true }, false, y, options);
      y -= options.lineHeight;
    }
  }
  flow.skip(Math.max(top - y, lineHeight * right.length) + 16);
}
