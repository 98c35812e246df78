import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { sha256 } from '@noble/hashes/sha2.js';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { isCjkCharacter, isSharedPunctuation, sharedMarkIsCjk } from './scripts';
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

/**
 * Issue 13: a chain of faces chosen per character, so that every name prints
 * (Łukasz Wąsik, Ελένη, Дмитрий, 𠮷). Latin, Greek and Cyrillic text, and the
 * quotes and apostrophes of English text, come from the Latin face; Chinese
 * text and its punctuation from the CJK face; what neither has from the
 * fallbacks in order (a CJK Extension B face, a font a manager added).
 */
export interface FontChain {
  readonly faces: readonly FontFace[];
  /** index of the Latin face in `faces` */
  readonly latin: number;
  /** index of the CJK face in `faces` */
  readonly cjk: number;
  /** runs of text per face, cached per string */
  readonly runs: Map<string, TextRun[]>;
  /** width at size 1 of strings measured so far (a letter measures the same words over and over) */
  readonly widths: Map<string, number>;
}

/** A piece of text drawn with one face of a chain. */
export interface TextRun {
  text: string;
  face: number;
}

export interface LetterFonts {
  readonly regular: FontChain;
  /** the same chain as `regular` when no bold faces were given */
  readonly bold: FontChain;
}

function face(bytes: Uint8Array): FontFace {
  const font = fontkit.create(bytes);
  const source = parseTrueType(bytes);
  // fontkit's own TrueType subsetter loses glyphs (see trueTypeSubset.ts); pdf-lib asks the font for its subsetter
  font.createSubset = () => new TrueTypeSubset(source);
  memoizeLayout(font);
  return { font, bytes, widths: new Map() };
}

/**
 * pdf-lib lays out every string it draws (`encodeText`), and a letter draws
 * the same labels, clauses and words as the last one: the shaped glyph runs
 * (read-only to pdf-lib and to us) are kept per string for the session. The
 * GSUB/GPOS lookups of the Latin face were a tenth of a letter's time.
 */
function memoizeLayout(font: Font): void {
  const shape = font.layout.bind(font);
  const runs = new Map<string, ReturnType<Font['layout']>>();
  font.layout = ((text: string, features?: unknown) => {
    if (features !== undefined && features !== null && !(Array.isArray(features) && features.length === 0)) return shape(text, features as never);
    let run = runs.get(text);
    if (!run) {
      run = shape(text);
      if (runs.size > 20_000) runs.clear();
      runs.set(text, run);
    }
    return run;
  }) as Font['layout'];
}

/** Parses a TrueType font once, for use in any number of chains and documents. */
export function loadFace(bytes: Uint8Array): FontFace {
  return face(bytes);
}

/** A chain of `latin`, then `cjk`, then `fallbacks` (the same face may serve as both Latin and CJK). */
export function fontChain(latin: FontFace, cjk: FontFace, fallbacks: readonly FontFace[] = []): FontChain {
  const faces = latin === cjk ? [cjk, ...fallbacks] : [latin, cjk, ...fallbacks];
  return { faces, latin: 0, cjk: latin === cjk ? 0 : 1, runs: new Map(), widths: new Map() };
}

export interface LetterFontBytes {
  /** the CJK face (Noto Serif SC or Noto Sans SC) */
  regular: Uint8Array;
  bold?: Uint8Array;
  /** the Latin, Greek and Cyrillic face (Noto Serif or Noto Sans); the CJK face's own Latin when absent */
  latin?: Uint8Array;
  latinBold?: Uint8Array;
  /** faces tried last, in order (CJK Extension B, fonts a manager added); shared by regular and bold */
  fallbacks?: readonly Uint8Array[];
}

export function loadLetterFonts(input: LetterFontBytes): LetterFonts {
  const cjk = face(input.regular);
  const latin = input.latin ? face(input.latin) : cjk;
  const fallbacks = (input.fallbacks ?? []).map(face);
  const regular = fontChain(latin, cjk, fallbacks);
  if (!input.bold && !input.latinBold) return { regular, bold: regular };
  const cjkBold = input.bold ? face(input.bold) : cjk;
  const latinBold = input.latinBold ? face(input.latinBold) : input.latin ? latin : cjkBold;
  return { regular, bold: fontChain(latinBold, cjkBold, fallbacks) };
}

function faceOrder(chain: FontChain, preferCjk: boolean): number[] {
  const rest = chain.faces.map((_, i) => i).filter((i) => i !== chain.latin && i !== chain.cjk);
  if (chain.latin === chain.cjk) return [chain.cjk, ...rest];
  return preferCjk ? [chain.cjk, ...rest, chain.latin] : [chain.latin, chain.cjk, ...rest];
}

/** The face of `chain` that draws `chars[i]`, or -1 when none has it. */
function faceFor(chain: FontChain, chars: readonly string[], i: number): number {
  const ch = chars[i] ?? '';
  const cp = ch.codePointAt(0) ?? 0;
  const preferCjk = isCjkCharacter(cp) || (isSharedPunctuation(cp) && sharedMarkIsCjk(chars, i));
  for (const f of faceOrder(chain, preferCjk)) if (chain.faces[f]?.font.hasGlyphForCodePoint(cp)) return f;
  return -1;
}

/** `text` cut into runs of one face each (a character no face has gets -1: findMissingGlyph names it). */
export function runsOf(chain: FontChain, text: string): TextRun[] {
  const cached = chain.runs.get(text);
  if (cached) return cached;
  const chars = Array.from(text);
  const runs: TextRun[] = [];
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    // a space or a line break goes with the run it is in: any face has a space
    const f = (cp === 0x20 || cp === 0x0a || cp === 0x09) && runs.length > 0 ? (runs[runs.length - 1]?.face ?? 0) : faceFor(chain, chars, i);
    const last = runs[runs.length - 1];
    if (last && last.face === f) last.text += ch;
    else runs.push({ text: ch, face: f });
  });
  if (chain.runs.size > 50_000) chain.runs.clear();
  chain.runs.set(text, runs);
  return runs;
}

/**
 * Width of `text` at `size` points, as pdf-lib will draw it: the advance
 * widths of the glyphs fontkit's layout picks, without kerning (pdf-lib
 * writes glyph ids and the font's /W widths only, so kerning is never
 * applied on the page, and measuring with it would misplace justified text).
 * Cached per string: a letter measures the same characters and words over
 * and over, and fontkit's layout is the slow part.
 */
export function faceWidth(face: FontFace, text: string, size: number): number {
  let units = face.widths.get(text);
  if (units === undefined) {
    units = 0;
    for (const glyph of face.font.layout(text).glyphs) units += glyph.advanceWidth;
    if (face.widths.size > 50_000) face.widths.clear(); // bounded: free text is unbounded over a long session
    face.widths.set(text, units);
  }
  return (units * size) / face.font.unitsPerEm;
}

/** Full-width marks whose glyph sits left, leaving the right half blank (closing brackets, mainland 。，、；：). */
const BLANK_RIGHT = new Set(Array.from('。，、；：．」』）》〉】〕〗〙］｝”’'));
/** Full-width marks whose glyph sits right, leaving the left half blank (opening brackets). */
const BLANK_LEFT = new Set(Array.from('「『（《〈【〔〖〘［｛“‘'));

/**
 * W3C clreq §3.1.6 (adjacent punctuation): where two full-width marks meet —
 * ）。 or ，“ or （《 — their half-em blanks would leave a hole, so the pair is
 * set half an em closer. The indices i of `chars` after which that happens.
 */
export function compressedGaps(chars: readonly string[]): number[] {
  const gaps: number[] = [];
  for (let i = 0; i < chars.length - 1; i++) {
    const a = chars[i] ?? '';
    const b = chars[i + 1] ?? '';
    if ((BLANK_RIGHT.has(a) && (BLANK_RIGHT.has(b) || BLANK_LEFT.has(b))) || (BLANK_LEFT.has(a) && BLANK_LEFT.has(b))) gaps.push(i);
  }
  return gaps;
}

/** A run cut where clreq compresses adjacent punctuation: pieces drawn one after another, each `pullBack` em closer. */
export function compressedPieces(chain: FontChain, run: TextRun): string[] {
  if (run.face !== chain.cjk) return [run.text]; // only the CJK face's full-width marks have the half-em blanks
  const chars = Array.from(run.text);
  const gaps = compressedGaps(chars);
  if (gaps.length === 0) return [run.text];
  const pieces: string[] = [];
  let from = 0;
  for (const g of gaps) {
    pieces.push(chars.slice(from, g + 1).join(''));
    from = g + 1;
  }
  pieces.push(chars.slice(from).join(''));
  return pieces;
}

/** Width of `text` set with `chain` (each run in its own face, adjacent CJK punctuation compressed). */
export function textWidth(chain: FontChain, text: string, size: number): number {
  let width = chain.widths.get(text);
  if (width === undefined) {
    width = 0;
    for (const run of runsOf(chain, text)) {
      const f = chain.faces[run.face];
      if (!f) continue;
      width += faceWidth(f, run.text, 1);
      if (run.face === chain.cjk) width -= 0.5 * compressedGaps(Array.from(run.text)).length;
    }
    if (chain.widths.size > 50_000) chain.widths.clear();
    chain.widths.set(text, width);
  }
  return width * size;
}

/** Glyphs pdf-lib writes for `text` in `face` (each takes the `Tc` character spacing once). */
export function glyphCount(face: FontFace, text: string): number {
  return face.font.layout(text).glyphs.length;
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
export function findMissingGlyph(chain: FontChain, text: string): MissingGlyph | undefined {
  for (const character of text) {
    const cp = character.codePointAt(0) ?? 0;
    if (cp === 0x0a || cp === 0x0d || cp === 0x09) continue;
    if (!chain.faces.some((f) => f.font.hasGlyphForCodePoint(cp))) {
      return { character, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` };
    }
  }
  return undefined;
}

/** Whether any of `texts` has a character that `chain` lacks (so a fallback face must be loaded first). */
export function chainLacks(chain: FontChain, texts: readonly string[]): boolean {
  return texts.some((t) => findMissingGlyph(chain, t) !== undefined);
}

/**
 * Embeds `face` into `doc` as a subset, reusing the parsed font: pdf-lib asks
 * its registered "fontkit" to parse the bytes, and this one hands back the
 * font parsed once instead. Each document gets its own subset, so sharing the
 * parsed font does not leak glyphs from one letter into another.
 */
export async function embedFace(doc: PDFDocument, face: FontFace, seed: string): Promise<PDFFont> {
  // the fontkit pdf-lib asks for is only ever asked to parse this face's bytes
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

/**
 * A chain embedded in one document: one subset font per face. The Latin and
 * CJK faces always (labels and numbers use them); a fallback only when one of
 * `texts` (everything the letter prints beyond its fixed labels) needs it, so
 * an ordinary letter carries no empty Extension B font.
 */
export async function embedChain(
  doc: PDFDocument,
  chain: FontChain,
  seed: string,
  texts: readonly string[] | 'every-face',
  /** false: only the faces `texts` use (the bold chain sets only the names and subjects it is given) */
  labels = true,
): Promise<(PDFFont | undefined)[]> {
  const needed = new Set(texts === 'every-face' ? chain.faces.map((_, i) => i) : labels ? [chain.latin, chain.cjk] : []);
  if (texts !== 'every-face') for (const t of texts) for (const run of runsOf(chain, t)) if (run.face >= 0) needed.add(run.face);
  const fonts: (PDFFont | undefined)[] = [];
  for (const [i, f] of chain.faces.entries()) fonts.push(needed.has(i) ? await embedFace(doc, f, `${seed}|${i}`) : undefined);
  return fonts;
}
