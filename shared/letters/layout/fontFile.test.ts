import { describe, expect, it } from 'vitest';
import { fontBytes } from '../test-support/fonts';
import { checkFontFile } from './fontFile';

/** Sets OS/2 fsType (offset 8 in the table) in a copy of `ttf`. */
function withFsType(ttf: Uint8Array, fsType: number): Uint8Array {
  const copy = Uint8Array.from(ttf);
  const view = new DataView(copy.buffer);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const rec = 12 + 16 * i;
    if (String.fromCharCode(...copy.subarray(rec, rec + 4)) === 'OS/2') view.setUint16(view.getUint32(rec + 8) + 8, fsType);
  }
  return copy;
}

describe('a font a manager adds', () => {
  const latin = fontBytes('serif', false).latin as Uint8Array;

  it('takes an embeddable TrueType font and says what it is', () => {
    expect(checkFontFile(latin)).toMatchObject({ ok: true, info: { family: 'Noto Serif', postscriptName: 'NotoSerif-Regular' } });
  });

  it('refuses what cannot be embedded cleanly, saying why', () => {
    expect(checkFontFile(withFsType(latin, 0x0002))).toEqual({ ok: false, problem: 'embedding-restricted' });
    expect(checkFontFile(withFsType(latin, 0x0200))).toEqual({ ok: false, problem: 'embedding-restricted' });
    expect(checkFontFile(withFsType(latin, 0x0008)).ok).toBe(true); // editable embedding is allowed
    expect(checkFontFile(Uint8Array.from([0x4f, 0x54, 0x54, 0x4f, 0, 1, 0, 0, 0, 0, 0, 0]))).toEqual({ ok: false, problem: 'not-truetype' }); // OTTO: CFF outlines
    expect(checkFontFile(Uint8Array.from([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0, 0, 0, 0, 0]))).toEqual({ ok: false, problem: 'collection' });
    expect(checkFontFile(new TextEncoder().encode('not a font at all'))).toEqual({ ok: false, problem: 'unreadable' });
  });
});
