import type { MissingGlyph } from '../layout/fonts';

/** Why a letter could not be rendered; each code has its text in the `letters.renderError` locale keys. */
export type RenderError =
  /** SPEC §4: a character the font lacks is refused, never printed as an empty box */
  | { code: 'missing-glyph'; character: string; codePoint: string; context: string }
  /** a merge field still unfilled: it names the fields */
  | { code: 'unfilled-field'; fields: string[] }
  | { code: 'image-invalid'; image: 'signature' | 'seal' }
  | { code: 'empty-letter' };

/** Thrown from the drawing code when a string reaches the page with a character the font cannot draw. */
export class MissingGlyphError extends Error {
  override name = 'MissingGlyphError';
  constructor(
    readonly missing: MissingGlyph,
    readonly text: string,
  ) {
    super(`the font has no glyph for ${missing.codePoint}`);
  }
}

/** The stretch of `text` around the missing character, for the message (so the officer finds it). */
export function contextOf(text: string, character: string): string {
  const chars = Array.from(text);
  const at = chars.indexOf(character);
  return chars.slice(Math.max(0, at - 12), at + 13).join('');
}
