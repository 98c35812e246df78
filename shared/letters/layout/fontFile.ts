import fontkit from '@pdf-lib/fontkit';
import { parseTrueType } from './trueTypeSubset';

/**
 * A font a manager adds in Settings (issue 13: "an administrator can add a
 * font"), checked before it is kept: only a TrueType-outline font whose
 * licence allows embedding, with a Unicode map, can join the letters' chain
 * (CFF outlines subset badly under poppler, NOTES.md, PDFs; a collection
 * .ttc has no single face to embed).
 */
export type FontFileProblem = 'unreadable' | 'collection' | 'not-truetype' | 'no-unicode-map' | 'embedding-restricted' | 'too-large';

export interface FontFileInfo {
  family: string;
  postscriptName: string;
  glyphs: number;
}

export const MAX_FONT_BYTES = 64 * 1024 * 1024;

function u16(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

export function checkFontFile(bytes: Uint8Array): { ok: true; info: FontFileInfo } | { ok: false; problem: FontFileProblem } {
  if (bytes.length > MAX_FONT_BYTES) return { ok: false, problem: 'too-large' };
  if (bytes.length < 12) return { ok: false, problem: 'unreadable' };
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic === 'ttcf') return { ok: false, problem: 'collection' };
  if (magic === 'OTTO') return { ok: false, problem: 'not-truetype' };
  if (u16(bytes, 0) !== 1 || u16(bytes, 2) !== 0) {
    if (magic !== 'true') return { ok: false, problem: 'unreadable' };
  }
  let source;
  try {
    source = parseTrueType(bytes);
  } catch {
    return { ok: false, problem: 'not-truetype' };
  }
  // OS/2 fsType (OpenType spec): bit 1 "restricted licence embedding" forbids embedding; bit 9 "bitmap embedding only"
  const os2 = source.tables.get('OS/2');
  const fsType = os2 && os2.length >= 10 ? u16(os2, 8) : 0;
  if ((fsType & 0x000f) === 0x0002 || (fsType & 0x0200) !== 0) return { ok: false, problem: 'embedding-restricted' };
  let font;
  try {
    font = fontkit.create(bytes);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!font.hasGlyphForCodePoint(0x20) && !font.characterSet?.length) return { ok: false, problem: 'no-unicode-map' };
  return { ok: true, info: { family: font.familyName ?? font.postscriptName ?? '?', postscriptName: font.postscriptName ?? '?', glyphs: font.numGlyphs } };
}
