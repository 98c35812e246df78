import type { PDFImage, PDFPage } from 'pdf-lib';
import { signatoryName, type LetterContent } from '../content';
import { baselineIn, drawText, widthOf, type TextStyle } from './flow';
import type { Labels } from './labels';
import type { LetterFontsInDoc } from './letterhead';
import { COLOR, MARGIN, PAGE, SEAL_DIAMETER, SIGNATURE_HEIGHT, STAMP } from './style';

export interface SignOffImages {
  signature?: PDFImage;
  seal?: PDFImage;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const LINE = 17;
const SIGNATURE_MAX_WIDTH = 150;

/** Height of the sign-off band; the band is never split across pages. */
export function signOffHeight(): number {
  return Math.max(leftColumnHeight(), SEAL_DIAMETER + 8);
}

function leftColumnHeight(): number {
  return SIGNATURE_HEIGHT + 2 + 2 * LINE + 6 + STAMP.height;
}

/** The company's name and the letter's date, right-aligned, in the letter's language(s). */
function rightLines(content: LetterContent, labels: Labels, fonts: LetterFontsInDoc): { text: string; style: TextStyle }[] {
  const bold = { font: fonts.bold, size: 11, color: COLOR.text };
  const small = { font: fonts.regular, size: 9, color: COLOR.muted };
  const plain = { font: fonts.regular, size: 10.5, color: COLOR.text };
  const [first = 'zh-CN', second] = labels.languages;
  const lines = [{ text: content.company.name[first], style: bold }];
  if (second) lines.push({ text: content.company.name[second], style: small });
  lines.push({ text: labels.date(content.letterDate), style: plain });
  return lines;
}

/**
 * The sign-off band (落款): on the left the handwritten signature over the
 * typed name of the officer who handled the case, the title and, once
 * signed, the digital-signature stamp; on the right the company's name and the date with the company seal
 * over them, as a seal is stamped on the issuer's name and date (骑年盖月).
 * The seal never reaches the body text above or the officer's column.
 * Returns where the digital-signature stamp goes.
 */
export function drawSignOff(page: PDFPage, top: number, fonts: LetterFontsInDoc, content: LetterContent, labels: Labels, images: SignOffImages): Rect {
  const height = signOffHeight();
  const plain = { font: fonts.regular, size: 10.5, color: COLOR.text };
  const muted = { font: fonts.regular, size: 9.5, color: COLOR.muted };

  // Left column: the handwritten signature above the typed name (as a signed letter reads), the title, the stamp.
  if (images.signature) {
    const scale = Math.min(SIGNATURE_HEIGHT / images.signature.height, SIGNATURE_MAX_WIDTH / images.signature.width);
    const w = images.signature.width * scale;
    const h = images.signature.height * scale;
    page.drawImage(images.signature, { x: MARGIN.left, y: top - SIGNATURE_HEIGHT + (SIGNATURE_HEIGHT - h), width: w, height: h });
  }
  const nameTop = top - SIGNATURE_HEIGHT - 2;
  const officer = `${labels.text('letters.pdf.officer')}${labels.colon()}${signatoryName(content.signatory, labels.layout)}`;
  drawText(page, officer, MARGIN.left, baselineIn(nameTop, LINE, plain.size), plain);
  drawText(page, labels.pick(content.signatory.title), MARGIN.left, baselineIn(nameTop - LINE, LINE, muted.size), muted);
  const stamp: Rect = { x: MARGIN.left, y: nameTop - 2 * LINE - 6 - STAMP.height, width: STAMP.width, height: STAMP.height };

  // Right column: company and date, centred on the band's middle, the seal over them.
  const lines = rightLines(content, labels, fonts);
  const lineHeight = 18;
  const right = PAGE.width - MARGIN.right;
  let lineTop = top - height / 2 + (lines.length * lineHeight) / 2;
  const blockTop = lineTop;
  let widest = 0;
  for (const line of lines) {
    const w = widthOf(line.text, line.style);
    widest = Math.max(widest, w);
    drawText(page, line.text, right - w, baselineIn(lineTop, lineHeight, line.style.size), line.style);
    lineTop -= lineHeight;
  }
  if (images.seal) {
    const scale = SEAL_DIAMETER / Math.max(images.seal.width, images.seal.height);
    const w = images.seal.width * scale;
    const h = images.seal.height * scale;
    // centred on the name, but kept inside the right margin
    const cx = Math.min(right - widest / 2, right - w / 2);
    const cy = (blockTop + lineTop) / 2;
    // ink, not paint: the name and date stay legible through the seal
    page.drawImage(images.seal, { x: cx - w / 2, y: cy - h / 2, width: w, height: h, opacity: 0.88 });
  }
  return stamp;
}
