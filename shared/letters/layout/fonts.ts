import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { sha256 } from '@noble/hashes/sha2.js';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { parseTrueType, TrueTypeSubset } from './trueTypeSubset';

/**
 * The letter fonts, parsed once and shared by every letter rendered in this
 * process (NOTES.md, PDFs: handing the 10 MB TTF to pdf-lib for each letter
 * re-parses it, and that dominated the time per letter). The caller loads
 * the bytes: the renderer by fetching the bundled asset, Node by reading the
 * file; shared/ never touches a file system.
 *
 * TrueType outlines, not CFF: poppler complains about subsets of the CFF Noto
 * Sans Hans OTFs ("Embedded font file may be invalid"), while subsets of the
 * TrueType Noto Sans SC are clean (NOTES.md, PDFs).
 */
export interface FontFace {
  /** fontkit's parsed font, shared read-only by every document */
  readonly font: Font;
  readonly bytes: Uint8Array;
  /** advance width in font units (per 1 unit of size: × size / unitsPerEm) of strings measured so far */
  readonly widths: Map<string, number>;
}

export interface LetterFonts {
  readonly regular: FontFace;
  /** the same face as `regular` when no bold file was given */
  readonly bold: FontFace;
}

export function loadLetterFonts(input: { regular: Uint8Array; bold?: Uint8Array }): LetterFonts {
  const regular = face(input.regular);
  return { regular, bold: input.bold ? face(input.bold) : regular };
}

function face(bytes: Uint8Array): FontFace {
  const font = fontkit.create(bytes);
  const source = parseTrueType(bytes);
  // fontkit's own TrueType subsetter loses glyphs (see trueTypeSubset.ts); pdf-lib asks the font for its subsetter
  font.createSubset = () => new TrueTypeSubset(source);
  return { font, bytes, widths: new Map() };
}

/**
 * Width of `text` at `size` points, as pdf-lib will draw it: the advance
 * widths of the glyphs fontkit's layout picks, without kerning (pdf-lib
 * writes glyph ids and the font's /W widths only, so kerning is never
 * applied on the page, and measuring with it would misplace justified text).
 * Cached per string: a letter measures the same characters and words over
 * and over, and fontkit's layout is the slow part.
 */
export function textWidth(face: FontFace, text: string, size: number): number {
  let units = face.widths.get(text);
  if (units === undefined) {
    units = 0;
    for (const glyph of face.font.layout(text).glyphs) units += glyph.advanceWidth;
    if (face.widths.size > 50_000) face.widths.clear(); // bounded: free text is unbounded over a long session
    face.widths.set(text, units);
  }
  return (units * size) / face.font.unitsPerEm;
}

/** Ascent of the face at `size` (for placing the first baseline under a top edge). */
export function ascentAt(face: FontFace, size: number): number {
  return (face.font.ascent * size) / face.font.unitsPerEm;
}

/** A character of the letter that the font cannot draw. */
export interface MissingGlyph {
  character: string;
  /** `U+20BB7` */
  codePoint: string;
}

/**
 * The first character of `text` that `face` has no glyph for. pdf-lib would
 * draw it as an invisible .notdef without a word (NOTES.md, PDFs), so every
 * string is checked before anything is drawn (SPEC §4: a name the font lacks
 * is refused, never printed as an empty box). Line breaks and tabs are
 * layout, not glyphs.
 */
export function findMissingGlyph(face: FontFace, text: string): MissingGlyph | undefined {
  for (const character of text) {
    const cp = character.codePointAt(0) ?? 0;
    if (cp === 0x0a || cp === 0x0d || cp === 0x09) continue;
    if (!face.font.hasGlyphForCodePoint(cp)) {
      return { character, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` };
    }
  }
  return undefined;
}

/**
 * Embeds `face` into `doc` as a subset, reusing the parsed font: pdf-lib asks
 * its registered "fontkit" to parse the bytes, and this one hands back the
 * font parsed once instead. Each document gets its own subset, so sharing the
 * parsed font does not leak glyphs from one letter into another.
 */
export async function embedFace(doc: PDFDocument, face: FontFace, seed: string): Promise<PDFFont> {
  doc.registerFontkit({ create: () => face.font });
  return doc.embedFont(face.bytes, { subset: true, customName: `${subsetTag(seed)}+${face.font.postscriptName ?? 'Font'}` });
}

/**
 * ISO 32000-1 §9.6.4: a subset font's name begins with six capital letters
 * and a plus sign, different for different subsets (so that two letters
 * printed as one file never mix their glyphs). Derived from `seed`, so the
 * same letter renders to the same bytes.
 */
function subsetTag(seed: string): string {
  return Array.from(sha256(new TextEncoder().encode(seed)).subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}
