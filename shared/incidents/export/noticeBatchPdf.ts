import { PDFDocument } from 'pdf-lib';
import type { LetterContent, LetterParagraph, LetterSection } from '../../letters/content';
import { embedChain, type LetterFonts } from '../../letters/layout/fonts';
import { contextOf, MissingGlyphError, type RenderError } from '../../letters/pdf/errors';
import { flowParagraph, PageFlow, paragraphLines, type DocFont, type ParagraphOptions } from '../../letters/pdf/flow';
import { labelsFor } from '../../letters/pdf/labels';
import { drawContinuationHeader, drawLetterhead, drawPageNumbers, type LetterFontsInDoc } from '../../letters/pdf/letterhead';
import { drawMeta } from '../../letters/pdf/meta';
import type { LetterImages } from '../../letters/pdf/renderLetter';
import { drawSignOff, signOffHeight, type SignOffImages } from '../../letters/pdf/signOff';
import { bodyLineHeight, COLOR, MARGIN, PAGE, TYPE } from '../../letters/pdf/style';

export type BatchResult = { ok: true; pdf: Uint8Array; letters: number; pages: number } | { ok: false; error: RenderError; letterIndex: number };

/**
 * Many letters in one PDF, each laid out exactly as shared/letters lays out
 * one (letterhead, reference and recipient, subject, body, sign-off, its own
 * "page X of Y"), but with the font embedded once for the whole file.
 * renderLetter per person and a merge costs about 80 ms and 30 KB a letter
 * (a font subset each): a thousand notices took over a minute and 30 MB.
 * Here they share one subset. Uses the letters pipeline's drawing functions;
 * a batch entry point in shared/letters itself would be the better home.
 */
export async function renderLetterBatch(
  letters: Iterable<LetterContent>,
  fonts: LetterFonts,
  options: { producedAt: number; images?: LetterImages; onProgress?: (done: number) => void | Promise<void>; yieldEvery?: number },
): Promise<BatchResult> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const produced = new Date(options.producedAt);
  doc.setCreator('CaseDesk');
  doc.setProducer('CaseDesk (pdf-lib)');
  doc.setCreationDate(produced);
  doc.setModificationDate(produced);
  const seed = `batch|${options.producedAt}`;
  // the notices come one by one from an iterable: every face of the chain is embedded up front
  const regular: DocFont = { chain: fonts.regular, pdfs: await embedChain(doc, fonts.regular, `${seed}|regular`, 'every-face') };
  const bold: DocFont = fonts.bold === fonts.regular ? regular : { chain: fonts.bold, pdfs: await embedChain(doc, fonts.bold, `${seed}|bold`, 'every-face') };
  const inDoc: LetterFontsInDoc = { regular, bold };
  // the signature and seal, embedded once and drawn on every letter
  const images: SignOffImages = {};
  for (const which of ['signature', 'seal'] as const) {
    const bytes = options.images?.[which];
    if (!bytes) continue;
    try {
      images[which] = await doc.embedPng(bytes);
    } catch {
      return { ok: false, letterIndex: 0, error: { code: 'image-invalid', image: which } };
    }
  }

  let index = 0;
  let pages = 0;
  for (const content of letters) {
    if (index === 0) {
      doc.setTitle(content.sections.map((s) => s.subject).join(' / '));
      doc.setAuthor(content.company.name['zh-CN']);
      doc.setLanguage(content.sections[0]?.language ?? 'zh-CN');
    }
    try {
      pages += drawOneLetter(doc, inDoc, content, images);
    } catch (e) {
      if (e instanceof MissingGlyphError) {
        const { character, codePoint } = e.missing;
        return { ok: false, letterIndex: index, error: { code: 'missing-glyph', character, codePoint, context: contextOf(e.text, character) } };
      }
      throw e;
    }
    index++;
    if (options.onProgress && index % (options.yieldEvery ?? 25) === 0) await options.onProgress(index);
  }
  if (index === 0) return { ok: false, letterIndex: 0, error: { code: 'empty-letter' } };
  const pdf = await doc.save({ useObjectStreams: false });
  return { ok: true, pdf, letters: index, pages };
}

/** One letter from a fresh page, as renderLetter draws it (no signature placeholder: a batch for printing or mailing is not signed as one document). Returns its page count. */
function drawOneLetter(doc: PDFDocument, fonts: LetterFontsInDoc, content: LetterContent, images: SignOffImages): number {
  const labels = labelsFor(content.layout);
  const flow = new PageFlow(doc, (page, i) => (i === 0 ? drawLetterhead(page, fonts, content.company, labels) : drawContinuationHeader(page, fonts, content, labels)));
  flow.newPage();
  drawMeta(flow, fonts, content, labels);
  const gap = 14;
  content.sections.forEach((section, i) => drawSection(flow, fonts, section, i === content.sections.length - 1 ? gap + signOffHeight() : 0));
  flow.ensure(gap + signOffHeight());
  flow.skip(gap);
  drawSignOff(flow.page, flow.top, fonts, content, labels, images);
  drawPageNumbers(flow.pages, fonts, labels);
  return flow.pages.length;
}

function drawSection(flow: PageFlow, fonts: LetterFontsInDoc, section: LetterSection, keepWithLast: number): void {
  const lang = section.language;
  const size = TYPE.subject[lang];
  flowParagraph(flow, section.subject, { font: fonts.bold, size, color: COLOR.text, lineHeight: size * 1.6, align: lang === 'zh-CN' ? 'center' : 'left' });
  flow.skip(8);
  const paragraphs = section.paragraphs.filter((p) => p.text.trim());
  paragraphs.forEach((paragraph, i) => {
    const options = paragraphOptions(fonts, lang, paragraph);
    if (i === paragraphs.length - 1 && keepWithLast > 0) {
      // the sign-off never stands alone on a page: the last paragraph goes with it (as renderLetter does)
      const needed = paragraphLines(paragraph.text, options).length * options.lineHeight + keepWithLast;
      if (needed > flow.room && needed < PAGE.height - MARGIN.top - MARGIN.bottom - 60) flow.newPage();
    }
    flowParagraph(flow, paragraph.text, options);
    flow.skip(TYPE.paragraphGap[lang]);
  });
}

function paragraphOptions(fonts: LetterFontsInDoc, lang: LetterSection['language'], paragraph: LetterParagraph): ParagraphOptions {
  const base = { font: fonts.regular, size: TYPE.body, color: COLOR.text, lineHeight: bodyLineHeight(lang), hyphenate: lang === 'en-US' };
  const em = TYPE.body;
  switch (paragraph.style) {
    case 'salutation':
    case 'closing':
      return { ...base, align: 'left' };
    case 'item':
      return { ...base, indent: lang === 'zh-CN' ? 2 * em : 1.5 * em };
    case 'body':
      return { ...base, firstIndent: lang === 'zh-CN' ? 2 * em : 0 };
  }
}
