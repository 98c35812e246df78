import { setCharacterSpacing, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { compressedPieces, faceWidth, findMissingGlyph, glyphCount, runsOf, textWidth, type FontChain } from '../layout/fonts';
import { hyphenateEnglish } from '../layout/hyphenation';
import { placeLine } from '../layout/justify';
import { breakLines, type Line } from '../layout/lineBreak';
import { MissingGlyphError } from './errors';
import { CONTENT_WIDTH, MARGIN, PAGE } from './style';

/** A chain of parsed faces and, per face, its subset embedded in this document (none for a face the letter never needs). */
export interface DocFont {
  chain: FontChain;
  pdfs: readonly (PDFFont | undefined)[];
}

export interface TextStyle {
  font: DocFont;
  size: number;
  color: RGB;
}

export interface ParagraphOptions extends TextStyle {
  lineHeight: number;
  /** extra indent of the first line (首行缩进) */
  firstIndent?: number;
  /** indent of every line (list items) */
  indent?: number;
  /** width to set the text in; the content width by default */
  width?: number;
  /** left edge; the left margin by default */
  x?: number;
  align?: 'justify' | 'left' | 'center' | 'right';
  /** English text: hyphenate words that do not fit (layout/hyphenation.ts) */
  hyphenate?: boolean;
}

/**
 * The running page and the vertical cursor (`top`: where the next line box
 * starts). Content flows down; a block that does not fit starts a new page,
 * whose furniture (header) the `startPage` callback draws, returning the top
 * left for content.
 */
export class PageFlow {
  readonly pages: PDFPage[] = [];
  top = 0;
  private current: PDFPage | undefined;

  constructor(
    private readonly doc: PDFDocument,
    private readonly startPage: (page: PDFPage, index: number) => number,
  ) {}

  get page(): PDFPage {
    if (!this.current) this.newPage();
    return this.current as PDFPage;
  }

  newPage(): void {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(page);
    this.current = page;
    this.top = this.startPage(page, this.pages.length - 1);
  }

  /** Room left above the bottom margin. */
  get room(): number {
    return this.top - MARGIN.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (!this.current || this.room < height) this.newPage();
  }

  skip(height: number): void {
    this.top -= height;
  }
}

/**
 * Where the baseline sits in a line box: Chinese characters centre about
 * 0.38 em above the baseline, so this centres them in the box, and Latin
 * text sits on the same baseline.
 */
export function baselineIn(top: number, lineHeight: number, size: number): number {
  return top - lineHeight / 2 - 0.38 * size;
}

/** Draws `text` on one line at (x, baseline), with `Tc` character spacing when asked. */
export function drawText(page: PDFPage, text: string, x: number, baseline: number, style: TextStyle, charSpacing = 0): void {
  if (!text) return;
  // the last gate before pdf-lib, which would draw a missing glyph as an invisible .notdef
  const missing = findMissingGlyph(style.font.chain, text);
  if (missing) throw new MissingGlyphError(missing, text);
  if (charSpacing) page.pushOperators(setCharacterSpacing(charSpacing));
  let at = x;
  // one text operation per face: Latin from the Latin face, Chinese from the CJK face, the rest from the fallbacks
  for (const run of runsOf(style.font.chain, text)) {
    const face = style.font.chain.faces[run.face];
    const font = style.font.pdfs[run.face];
    if (!face || !font) throw new Error(`face ${run.face} of the chain is not embedded`);
    // clreq §3.1.6: where two full-width marks meet, the next piece starts half an em back
    compressedPieces(style.font.chain, run).forEach((piece, i) => {
      if (i > 0) at -= 0.5 * style.size;
      page.drawText(piece, { x: at, y: baseline, font, size: style.size, color: style.color });
      at += faceWidth(face, piece, style.size) + (charSpacing ? charSpacing * glyphCount(face, piece) : 0);
    });
  }
  if (charSpacing) page.pushOperators(setCharacterSpacing(0));
}

export function widthOf(text: string, style: TextStyle): number {
  return textWidth(style.font.chain, text, style.size);
}

/** Breaks `text` into lines for a paragraph set with `options` (for measuring a block before drawing it). */
export function paragraphLines(text: string, options: ParagraphOptions): Line[] {
  const measure = (s: string) => textWidth(options.font.chain, s, options.size);
  return breakLines(text, (options.width ?? CONTENT_WIDTH) - (options.indent ?? 0), measure, options.firstIndent ?? 0, options.hyphenate ? hyphenateEnglish : undefined);
}

/**
 * Flows a paragraph down the pages. A paragraph of several lines never leaves
 * its first line alone at the foot of a page (an orphan): it then starts on
 * the next page.
 */
export function flowParagraph(flow: PageFlow, text: string, options: ParagraphOptions): void {
  const lines = paragraphLines(text, options);
  if (lines.length > 1 && flow.room < options.lineHeight * 2) flow.newPage();
  lines.forEach((line, i) => {
    flow.ensure(options.lineHeight);
    drawLine(flow.page, line, i === 0, flow.top, options);
    flow.skip(options.lineHeight);
  });
}

/** Draws one broken line with its line box's top at `top`. */
export function drawLine(page: PDFPage, line: Line, first: boolean, top: number, options: ParagraphOptions): void {
  const measure = (s: string) => textWidth(options.font.chain, s, options.size);
  const width = options.width ?? CONTENT_WIDTH;
  const indent = (options.indent ?? 0) + (first ? (options.firstIndent ?? 0) : 0);
  const room = width - indent;
  const align = options.align ?? 'justify';
  let x = (options.x ?? MARGIN.left) + indent;
  if (align === 'center') x += (room - line.width) / 2;
  if (align === 'right') x += room - line.width;
  const baseline = baselineIn(top, options.lineHeight, options.size);
  // a stretched gap wider than 1.2 em looks like a hole: such a line is set flush left
  for (const run of placeLine(line, room, align === 'justify', measure, options.size * 1.2)) {
    drawText(page, run.text, x + run.x, baseline, options, run.charSpacing);
  }
}
