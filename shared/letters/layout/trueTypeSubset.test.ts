import { describe, expect, it } from 'vitest';
import { testFonts } from '../test-support/fonts';
import { parseTrueType, TrueTypeSubset } from './trueTypeSubset';

describe('TrueTypeSubset', () => {
  const face = testFonts().regular.faces[testFonts().regular.cjk] ?? testFonts().regular.faces[0]!;
  const source = parseTrueType(face.bytes);

  it('copies each glyph byte for byte, 4-byte aligned, with long loca offsets (fontkit 1.1 lost odd-length glyphs)', () => {
    const subset = new TrueTypeSubset(source);
    const ids = Array.from('宁波昶联软件有限公司2026', (ch) => face.font.glyphForCodePoint(ch.codePointAt(0) ?? 0).id);
    const newIds = ids.map((id) => subset.includeGlyph(id));
    expect(newIds[0]).toBe(1); // glyph 0 stays .notdef
    const out = parseTrueType(subset.encode());
    expect(out.numGlyphs).toBe(new Set(ids).size + 1);
    const glyf = out.tables.get('glyf') as Uint8Array;
    const srcGlyf = source.tables.get('glyf') as Uint8Array;
    ids.forEach((id, i) => {
      const n = newIds[i] as number;
      expect((out.loca[n] as number) % 4).toBe(0);
      const original = srcGlyf.subarray(source.loca[id], source.loca[id + 1]);
      expect(glyf.subarray(out.loca[n], (out.loca[n] as number) + original.length)).toEqual(original);
    });
  });
});
