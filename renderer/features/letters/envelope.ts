import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { breakLines, findMissingGlyph, type CompanyDetails, type LetterFonts, type MissingGlyph } from '../../../shared/letters';
import { embedChain, textWidth } from '../../../shared/letters/layout/fonts';
import { MissingGlyphError } from '../../../shared/letters/pdf/errors';
import { drawText, type DocFont } from '../../../shared/letters/pdf/flow';

/**
 * Envelope addresses for postal replies (SPEC §4), printed straight onto C5
 * (229 × 162 mm, an A4 letter folded once) or DL (220 × 110 mm, folded in
 * three) envelopes, with the letters' own font. A mainland address is laid
 * out as a Chinese envelope is written (收件人邮编 in six boxes at the top
 * left, the address, the name large in the middle, the sender at the bottom
 * right, GB/T 1416); any other the international way (sender at the top
 * left, the recipient's block in the lower right, where a window would be).
 */
export const envelopeSizes = ['C5', 'DL'] as const;
export type EnvelopeSize = (typeof envelopeSizes)[number];

const MM = 72 / 25.4;
const SIZE: Record<EnvelopeSize, { width: number; height: number }> = {
  C5: { width: 229 * MM, height: 162 * MM },
  DL: { width: 220 * MM, height: 110 * MM },
};
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.4, 0.45);

export interface EnvelopeRecipient {
  /** printed small in a corner, so the envelope is matched to its letter */
  reference: string;
  name: string;
  organisation?: string;
  address: string;
  postcode?: string;
  /** a mainland address: the Chinese layout */
  mainland: boolean;
}

export type EnvelopeResult = { ok: true; pdf: Uint8Array } | { ok: false; missing: MissingGlyph; text: string };

interface Faces {
  regular: DocFont;
  bold: DocFont;
}

const widthAt = (font: DocFont, value: string, size: number) => textWidth(font.chain, value, size);

/** Draws `text` from its top-left corner, face by face; refuses a character no face has rather than print an empty box (SPEC §4). */
function text(page: PDFPage, value: string, x: number, top: number, size: number, font: DocFont, color = INK): void {
  drawText(page, value, x, top - size, { font, size, color });
}

function wrap(value: string, width: number, size: number, font: DocFont): string[] {
  const missing = findMissingGlyph(font.chain, value);
  if (missing) throw new MissingGlyphError(missing, value);
  return breakLines(value, width, (t) => widthAt(font, t, size)).map((l) => l.atoms.map((a) => a.text).join(''));
}

function chineseEnvelope(page: PDFPage, to: EnvelopeRecipient, from: CompanyDetails, f: Faces, scale: number): void {
  const { width, height } = page.getSize();
  const left = 15 * MM;
  // 收件人邮政编码: six boxes, filled when the postcode is known, left for the pen when not
  const box = 8 * MM;
  const digits = (to.postcode ?? '').replace(/\D/g, '').slice(0, 6);
  for (let i = 0; i < 6; i++) {
    const x = left + i * (box + 1.5 * MM);
    page.drawRectangle({ x, y: height - 12 * MM - box, width: box, height: box, borderColor: rgb(0.8, 0.1, 0.1), borderWidth: 0.8 });
    const d = digits[i];
    if (d) text(page, d, x + box / 2 - widthAt(f.regular, d, 14) / 2, height - 12 * MM - 1.6 * MM, 14, f.regular);
  }
  let top = height - 12 * MM - box - 8 * MM;
  const addressSize = 12 * scale;
  for (const line of [to.address, to.organisation].filter((l): l is string => !!l?.trim()).flatMap((l) => wrap(l, width * 0.62, addressSize, f.regular))) {
    text(page, line, left, top, addressSize, f.regular);
    top -= addressSize * 1.5;
  }
  const nameSize = 20 * scale;
  const name = `${to.name}　收`;
  const nameWidth = widthAt(f.bold, name, nameSize);
  text(page, name, (width - nameWidth) / 2, Math.min(top - 6 * MM, height / 2 + nameSize / 2), nameSize, f.bold);
  // the sender, bottom right: address, then name
  const senderSize = 9.5 * scale;
  const senderLines = [...wrap(from.address['zh-CN'], width * 0.5, senderSize, f.regular), from.name['zh-CN']];
  let y = 12 * MM + senderLines.length * senderSize * 1.5;
  for (const line of senderLines) {
    text(page, line, width - 15 * MM - widthAt(f.regular, line, senderSize), y, senderSize, f.regular, MUTED);
    y -= senderSize * 1.5;
  }
}

function internationalEnvelope(page: PDFPage, to: EnvelopeRecipient, from: CompanyDetails, f: Faces, scale: number): void {
  const { width, height } = page.getSize();
  const senderSize = 8.5 * scale;
  let top = height - 12 * MM;
  for (const line of [from.name['en-US'], ...wrap(from.address['en-US'], width * 0.45, senderSize, f.regular)]) {
    text(page, line, 15 * MM, top, senderSize, f.regular, MUTED);
    top -= senderSize * 1.45;
  }
  const size = 12 * scale;
  const lines = [to.name, to.organisation, ...to.address.split(/\s*[,，\n]\s*/), to.postcode].filter((l): l is string => !!l?.trim());
  const x = width * 0.48;
  let y = height * 0.55;
  lines.forEach((line, i) => {
    for (const part of wrap(line, width - x - 15 * MM, size, i === 0 ? f.bold : f.regular)) {
      text(page, part, x, y, size, i === 0 ? f.bold : f.regular);
      y -= size * 1.45;
    }
  });
}

/** One page per envelope, one file for the batch. */
export async function renderEnvelopes(recipients: readonly EnvelopeRecipient[], size: EnvelopeSize, from: CompanyDetails, fonts: LetterFonts): Promise<EnvelopeResult> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`Envelopes ${size}`);
  doc.setCreator('CaseDesk');
  doc.setProducer('CaseDesk (pdf-lib)');
  // ISO 32000-1 §9.6.4: a subset's name starts with six capital letters and a plus, different per subset
  const seed = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16)).join('');
  const printed = [...recipients.flatMap((r) => [r.reference, r.name, r.organisation ?? '', r.address, r.postcode ?? '']), from.name['zh-CN'], from.name['en-US'], from.address['zh-CN'], from.address['en-US']];
  const regular: DocFont = { chain: fonts.regular, pdfs: await embedChain(doc, fonts.regular, `${seed}|regular`, printed) };
  const bold: DocFont = fonts.bold === fonts.regular ? regular : { chain: fonts.bold, pdfs: await embedChain(doc, fonts.bold, `${seed}|bold`, printed) };
  const faces: Faces = { regular, bold };
  // DL is the smaller envelope: its type a little smaller too
  const scale = size === 'DL' ? 0.9 : 1;
  try {
    for (const to of recipients) {
      const page = doc.addPage([SIZE[size].width, SIZE[size].height]);
      if (to.mainland) chineseEnvelope(page, to, from, faces, scale);
      else internationalEnvelope(page, to, from, faces, scale);
      text(page, to.reference, 15 * MM, 10 * MM, 7, regular, MUTED);
    }
  } catch (e) {
    if (e instanceof MissingGlyphError) return { ok: false, missing: e.missing, text: e.text };
    throw e;
  }
  return { ok: true, pdf: await doc.save() };
}
