import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openSubsetter } from './subsetter.mjs';
import { planSlices, unicodeRange } from './uiFontSlices.mjs';
import { sfntToWoff2 } from './woff2.mjs';

const require = createRequire(import.meta.url);
const ttf = readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));

describe('the UI font slices', () => {
  it('a slice is a WOFF2 font that draws exactly its characters, and reads back with the same outlines', async () => {
    const subsetter = await openSubsetter(new Uint8Array(ttf));
    try {
      const codePoints = [...'案件台期限看板'].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
      const woff2 = sfntToWoff2(subsetter.subset(codePoints));
      expect(String.fromCharCode(...woff2.subarray(0, 4))).toBe('wOF2');
      const slice = fontkit.create(Buffer.from(woff2));
      const full = fontkit.create(ttf);
      for (const cp of codePoints) {
        expect(slice.hasGlyphForCodePoint(cp)).toBe(true);
        // the same outline as in the TTF the letters embed
        expect(slice.glyphForCodePoint(cp).path.toSVG()).toBe(full.glyphForCodePoint(cp).path.toSVG());
      }
      expect(slice.hasGlyphForCodePoint('王'.codePointAt(0)!)).toBe(false);
    } finally {
      subsetter.close();
    }
  });

  it('every character of the font is in exactly one slice; the interface text and Latin in the first', () => {
    const coverage = [0x41, 0x61, 0x3002, 0x4e00, 0x4e01, 0x738b, 0x9fa5, 0x20000, 0x0101];
    const slices = planSlices(coverage, '王');
    expect(slices.flat().sort((a, b) => a - b)).toEqual([...coverage].sort((a, b) => a - b));
    expect(slices[0]).toEqual([0x41, 0x61, 0x3002, 0x738b]);
  });

  it('writes consecutive code points as ranges', () => {
    expect(unicodeRange([0x41, 0x42, 0x43, 0x4e00, 0x4e02, 0x4e03])).toBe('U+41-43,U+4E00,U+4E02-4E03');
  });
});
