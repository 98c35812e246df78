import { PDFDocument, type PDFImage } from 'pdf-lib';
import type { LetterContent, LetterLanguage, LetterParagraph, LetterSection } from '../content';
import { formatLetterTime } from '../dates';
import { embedChain, type LetterFonts } from '../layout/fonts';
import { addSignaturePlaceholder, type SignatureRequest } from '../signing/placeholder';
import { fieldsIn } from '../templates/mergeSyntax';
import { contextOf, MissingGlyphError, type RenderError } from './errors';
import { flowParagraph, PageFlow, paragraphLines, type DocFont, type ParagraphOptions } from './flow';
import { labelsFor, type Labels } from './labels';
import { drawContinuationHeader, drawLetterhead, drawPageNumbers, type LetterFontsInDoc } from './letterhead';
import { drawMeta } from './meta';
import { makePdfA, setDocumentInfo } from './pdfa';
import { drawSignOff, signOffHeight } from './signOff';
import { bodyLineHeight, COLOR, CONTENT_WIDTH, MARGIN, PAGE, TYPE } from './style';

export interface LetterImages {
  /** the officer's handwritten signature, PNG with transparency */
  signature?: Uint8Array;
  /** the company seal (公章), PNG with transparency */
  seal?: Uint8Array;
}

export interface RenderOptions {
  fonts: LetterFonts;
  images?: LetterImages;
  /** prepare the PDF for signing: an empty signature and its visible stamp (signing/signPdf.ts fills it) */
  sign?: SignatureRequest;
  /** epoch ms written as the PDF's creation date; the signing time, or now */
  producedAt?: number;
  /** PDF/A-2b (issue 13): XMP metadata and an sRGB output intent with this ICC profile (assets/icc/sRGB.icc) */
  pdfa?: { iccProfile: Uint8Array };
}

export type RenderResult = { ok: true; pdf: Uint8Array; pageCount: number } | { ok: false; error: RenderError };

/** Every text of the letter that could still hold a merge field. */
function editableTexts(content: LetterContent): string[] {
  return [
    content.reference,
    content.recipient.name,
    ...content.recipient.lines,
    content.signatory.name,
    ...content.sections.flatMap((s) => [s.subject, ...s.paragraphs.map((p) => p.text)]),
  ];
}

/** Everything a letter prints beyond its fixed labels: what decides which faces of the chain it needs. */
export function printedTexts(content: LetterContent, sign?: Pick<SignatureRequest, 'signerName' | 'reason'>): string[] {
  return [...editableTexts(content), ...companyTexts(content), ...(sign ? [sign.signerName, sign.reason] : [])];
}

/** What the bold faces set (letterhead and sign-off name, the recipient's name, the subjects): only their faces are embedded bold. */
function boldTexts(content: LetterContent): string[] {
  return [content.company.name['zh-CN'], content.company.name['en-US'], content.recipient.name, ...content.sections.map((s) => s.subject)];
}

/** The company's details the letter prints (a name a manager typed may need a fallback face too). */
function companyTexts(content: LetterContent): string[] {
  const c = content.company;
  return [c.name['zh-CN'], c.name['en-US'], c.address['zh-CN'], c.address['en-US'], c.email, c.hotline, ...Object.values(content.signatory.title).filter((t): t is string => !!t)];
}

/**
 * Lays out and writes a letter as an A4 PDF (SPEC §4): letterhead, reference
 * and date, recipient, subject, body, sign-off with signature and seal, page
 * numbers; with `sign`, also the empty signature to be filled in by whoever
 * holds the key. Refuses, naming it, a merge field left unfilled or a
 * character the font cannot draw.
 */
export async function renderLetter(content: LetterContent, options: RenderOptions): Promise<RenderResult> {
  const unfilled = [...new Set(editableTexts(content).flatMap(fieldsIn))];
  if (unfilled.length > 0) return { ok: false, error: { code: 'unfilled-field', fields: unfilled } };
  if (content.sections.every((s) => s.paragraphs.every((p) => !p.text.trim()))) return { ok: false, error: { code: 'empty-letter' } };
  try {
    return await render(content, options);
  } catch (e) {
    if (e instanceof MissingGlyphError) {
      const { character, codePoint } = e.missing;
      return { ok: false, error: { code: 'missing-glyph', character, codePoint, context: contextOf(e.text, character) } };
    }
    throw e;
  }
}

async function render(content: LetterContent, options: RenderOptions): Promise<RenderResult> {
  const producedAt = new Date(options.sign?.signingTime ?? options.producedAt ?? Date.now());
  const doc = await PDFDocument.create({ updateMetadata: false });
  const first = content.sections[0];
  const info = {
    title: content.sections.map((s) => s.subject).join(' / ') || content.reference,
    author: content.company.name['zh-CN'],
    subject: content.reference,
    creator: 'CaseDesk',
    producer: 'CaseDesk (pdf-lib)',
    language: first?.language ?? 'zh-CN',
    // PDF dates and XMP carry whole seconds: the same instant in both
    created: new Date(Math.floor(producedAt.getTime() / 1000) * 1000),
  };
  if (options.pdfa) makePdfA(doc, info, options.pdfa.iccProfile);
  else setDocumentInfo(doc, info);

  const seed = `${content.reference}|${producedAt.getTime()}|${content.layout}`;
  const printed = printedTexts(content, options.sign);
  const regular: DocFont = { chain: options.fonts.regular, pdfs: await embedChain(doc, options.fonts.regular, `${seed}|regular`, printed) };
  const bold: DocFont =
    options.fonts.bold === options.fonts.regular
      ? regular
      : { chain: options.fonts.bold, pdfs: await embedChain(doc, options.fonts.bold, `${seed}|bold`, boldTexts(content), false) };
  const fonts: LetterFontsInDoc = { regular, bold };

  const images: { signature?: PDFImage; seal?: PDFImage } = {};
  for (const which of ['signature', 'seal'] as const) {
    const bytes = options.images?.[which];
    if (!bytes) continue;
    try {
      images[which] = await doc.embedPng(bytes);
    } catch {
      return { ok: false, error: { code: 'image-invalid', image: which } };
    }
  }

  const labels = labelsFor(content.layout);
  const flow = new PageFlow(doc, (page, index) =>
    index === 0 ? drawLetterhead(page, fonts, content.company, labels) : drawContinuationHeader(page, fonts, content, labels),
  );
  flow.newPage();
  drawMeta(flow, fonts, content, labels);
  const gap = 14;
  content.sections.forEach((section, i) => {
    if (i > 0) drawSectionBreak(flow, fonts, labels, section.language);
    // the sign-off never stands alone on a page: the letter's last paragraph goes with it
    drawSection(flow, fonts, section, i === content.sections.length - 1 ? gap + signOffHeight() : 0);
  });

  flow.ensure(gap + signOffHeight());
  flow.skip(gap);
  const stampRect = drawSignOff(flow.page, flow.top, fonts, content, labels, images);
  drawPageNumbers(flow.pages, fonts, labels);

  if (options.sign) {
    const request = options.sign;
    const c = labels.colon();
    const stamp = {
      lines: [
        labels.text('letters.pdf.stampTitle'),
        `${labels.text('letters.pdf.stampSigner')}${c}${request.signerName}`,
        `${labels.text('letters.pdf.stampTime')}${c}${formatLetterTime(request.signingTime)}`,
        `${labels.text('letters.pdf.stampReason')}${c}${request.reason}`,
      ],
    };
    addSignaturePlaceholder(doc, flow.page, stampRect, regular, request, stamp);
  }
  // no object streams: every object stays plain and findable, the signature dictionary included
  const pdf = await doc.save({ useObjectStreams: false });
  return { ok: true, pdf, pageCount: flow.pages.length };
}

function drawSection(flow: PageFlow, fonts: LetterFontsInDoc, section: LetterSection, keepWithLast: number): void {
  const lang = section.language;
  const subjectSize = TYPE.subject[lang];
  flowParagraph(flow, section.subject, {
    font: fonts.bold,
    size: subjectSize,
    color: COLOR.text,
    lineHeight: subjectSize * 1.6,
    align: lang === 'zh-CN' ? 'center' : 'left',
  });
  flow.skip(8);
  const paragraphs = section.paragraphs.filter((p) => p.text.trim());
  paragraphs.forEach((paragraph, i) => {
    const options = paragraphOptions(fonts, lang, paragraph);
    if (i === paragraphs.length - 1 && keepWithLast > 0) {
      const height = paragraphLines(paragraph.text, options).length * options.lineHeight;
      const needed = height + keepWithLast;
      // (a paragraph too long for any page just flows on, or it would only leave a blank page behind)
      if (needed > flow.room && needed < PAGE.height - MARGIN.top - MARGIN.bottom - 60) flow.newPage();
    }
    flowParagraph(flow, paragraph.text, options);
    flow.skip(TYPE.paragraphGap[lang]);
  });
}

function paragraphOptions(fonts: LetterFontsInDoc, lang: LetterLanguage, paragraph: LetterParagraph): ParagraphOptions {
  const base = { font: fonts.regular, size: TYPE.body, color: COLOR.text, lineHeight: bodyLineHeight(lang), hyphenate: lang === 'en-US' };
  const em = TYPE.body;
  switch (paragraph.style) {
    case 'salutation':
      return { ...base, align: 'left' };
    case 'closing':
      return { ...base, align: 'left' };
    case 'item':
      return { ...base, indent: lang === 'zh-CN' ? 2 * em : 1.5 * em };
    case 'body':
      // 首行缩进两字: a Chinese paragraph's first line is indented by two characters
      return { ...base, firstIndent: lang === 'zh-CN' ? 2 * em : 0 };
  }
}

/** Between the Chinese and the English text of a bilingual letter: a thin rule and a label. */
function drawSectionBreak(flow: PageFlow, fonts: LetterFontsInDoc, labels: Labels, language: LetterLanguage): void {
  flow.ensure(60);
  flow.skip(10);
  const y = flow.top;
  flow.page.drawLine({ start: { x: MARGIN.left, y }, end: { x: MARGIN.left + CONTENT_WIDTH, y }, thickness: 0.4, color: COLOR.faint });
  flow.skip(4);
  flowParagraph(flow, labels.in(language, 'letters.pdf.englishVersion'), {
    font: fonts.regular,
    size: TYPE.contact,
    color: COLOR.muted,
    lineHeight: 14,
    align: 'center',
  });
  flow.skip(6);
}
