import {
  beginText,
  endText,
  moveText,
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  showText,
  stroke,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { SHANGHAI_OFFSET_MS } from '../../domain/time';
import { faceWidth, findMissingGlyph, runsOf } from '../layout/fonts';
import { MissingGlyphError } from '../pdf/errors';
import type { DocFont } from '../pdf/flow';
import type { Rect } from '../pdf/signOff';
import type { SubFilter } from './cms';

/** What the signature dictionary says about the signing, and the stamp shows. */
export interface SignatureRequest {
  /** the signer as on the certificate (its common name) */
  signerName: string;
  /** 答复函签署 / Response letter */
  reason: string;
  location: string;
  contactInfo: string;
  /** epoch ms; the signature dictionary's /M, which PAdES makes the signing time */
  signingTime: number;
  subFilter?: SubFilter;
  /** bytes reserved for the CMS signature: 8 KB fit a 4096-bit key and a chain of three certificates; signing says when more is needed */
  contentsBytes?: number;
}

/** The lines of the visible stamp, already in the letter's language(s). */
export interface StampText {
  lines: string[];
}

export const DEFAULT_CONTENTS_BYTES = 8192;
/** Marks the reserved /ByteRange; `signPreparedPdf` finds it, writes the real ranges over it, padded with spaces. */
export const BYTE_RANGE_PLACEHOLDER = `/ByteRange [${'0 /CaseDesk.ByteRange.Placeholder'.padEnd(40, '*')}]`;

/** `D:20260928103000+08'00'`: the signing time in Shanghai wall-clock time, with its offset. */
export function pdfDate(ms: number): string {
  const d = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `D:${d.slice(0, 19).replace(/[-:T]/g, '')}+08'00'`;
}

const textString = (text: string) => PDFHexString.fromText(text).toString();

/**
 * Adds an empty signature to the document before it is saved: the signature
 * dictionary with a reserved /ByteRange and a zero-filled /Contents, a
 * signature field whose widget shows the stamp on `page` at `rect`, and the
 * AcroForm flags. The dictionary is written as raw bytes (a PDFInvalidObject)
 * so that pdf-lib never puts it into a compressed object stream, where its
 * byte offsets could not be signed around.
 */
export function addSignaturePlaceholder(doc: PDFDocument, page: PDFPage, rect: Rect, font: DocFont, request: SignatureRequest, stamp: StampText): void {
  const contentsBytes = request.contentsBytes ?? DEFAULT_CONTENTS_BYTES;
  const dict = [
    '<<',
    '/Type /Sig',
    '/Filter /Adobe.PPKLite',
    `/SubFilter /${request.subFilter ?? 'ETSI.CAdES.detached'}`,
    `/M (${pdfDate(request.signingTime)})`,
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(contentsBytes * 2)}>`,
    `/Name ${textString(request.signerName)}`,
    `/Reason ${textString(request.reason)}`,
    `/Location ${textString(request.location)}`,
    `/ContactInfo ${textString(request.contactInfo)}`,
    '/Prop_Build << /App << /Name /CaseDesk >> >>',
    // ISO 32000-1 12.8.2.2: the first signature certifies the letter, no changes permitted (P 1),
    // so a viewer flags any incremental update made after it
    '/Reference [ << /Type /SigRef /TransformMethod /DocMDP /TransformParams << /Type /TransformParams /P 1 /V /1.2 >> >> ]',
    '>>',
  ].join('\n');
  const signatureRef = doc.context.register(PDFInvalidObject.of(Uint8Array.from(dict, (c) => c.charCodeAt(0))));

  const appearance = doc.context.register(stampAppearance(doc, rect, font, stamp));
  const widget = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height],
    V: signatureRef,
    T: PDFHexString.fromText('CaseDesk signature'),
    F: 4, // Print: the stamp is on paper copies too
    P: page.ref,
    AP: { N: appearance },
  });
  const widgetRef = doc.context.register(widget);
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? doc.context.obj([]);
  annots.push(widgetRef);
  page.node.set(PDFName.of('Annots'), annots);

  const acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict) ?? doc.context.obj({ Fields: [] });
  if (!doc.catalog.has(PDFName.of('AcroForm'))) doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(acroForm));
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3)); // SignaturesExist | AppendOnly
  doc.catalog.set(PDFName.of('Perms'), doc.context.obj({ DocMDP: signatureRef })); // the certification signature
  const fields = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray) ?? doc.context.obj([]);
  fields.push(widgetRef);
  acroForm.set(PDFName.of('Fields'), fields);
}

/** The visible signature: a framed note of who signed, when and why, in the embedded font. */
function stampAppearance(doc: PDFDocument, rect: Rect, font: DocFont, stamp: StampText) {
  const size = 7;
  const lineHeight = 9.2;
  const ops = [
    pushGraphicsState(),
    setStrokingRgbColor(0.55, 0.1, 0.1),
    setLineWidth(0.6),
    rectangle(0.3, 0.3, rect.width - 0.6, rect.height - 0.6),
    stroke(),
    beginText(),
    setFillingRgbColor(0.1, 0.1, 0.12),
    moveText(5, rect.height - 5 - size),
  ];
  // the stamp's lines go face by face too (the signer's name may need a fallback face).
  // Td moves the start of the line: after each run it moves by that run's width, and the
  // next line starts back at the left by the sum of those moves.
  const used = new Map<number, string>();
  stamp.lines.forEach((line, i) => {
    const missing = findMissingGlyph(font.chain, line);
    if (missing) throw new MissingGlyphError(missing, line);
    const runs = runsOf(font.chain, line);
    let moved = 0;
    runs.forEach((run, r) => {
      const face = font.chain.faces[run.face];
      const pdf = font.pdfs[run.face];
      if (!face || !pdf) throw new Error(`face ${run.face} of the chain is not embedded`);
      const name = `F${run.face + 1}`;
      used.set(run.face, name);
      ops.push(setFontAndSize(name, size), showText(pdf.encodeText(run.text)));
      if (r < runs.length - 1) {
        const w = faceWidth(face, run.text, size);
        ops.push(moveText(w, 0));
        moved += w;
      }
    });
    if (i < stamp.lines.length - 1) ops.push(moveText(-moved, -lineHeight));
  });
  ops.push(endText(), popGraphicsState());
  const fonts: Record<string, PDFRef> = {};
  for (const [face, name] of used) {
    const pdf = font.pdfs[face];
    if (pdf) fonts[name] = pdf.ref;
  }
  return doc.context.formXObject(ops, {
    BBox: [0, 0, rect.width, rect.height],
    Resources: { Font: fonts },
  });
}
