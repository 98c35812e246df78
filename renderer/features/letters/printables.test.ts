import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_DETAILS } from '../../../shared/letters';
import { testFonts } from '../../../shared/letters/test-support/fonts';
import { preparedLetter } from '../../../shared/letters/test-support/preparedLetter';
import { renderEnvelopes } from './envelope';
import { mergePdfs } from './mergePdfs';
import { pngInfo } from './pngInfo';

const MM = 72 / 25.4;

describe('envelopes', () => {
  it('prints one C5 or DL page per postal reply, Chinese and international layouts', async () => {
    const recipients = [
      { reference: 'CL-2026-0001', name: '欧阳晓东', address: '浙江省宁波市海曙区中山西路 138 号', postcode: '315000', mainland: true },
      { reference: 'CL-2026-0002', name: 'Anna Schmidt', address: 'Hauptstraße 5, Berlin', postcode: '10115', mainland: false },
    ];
    for (const [size, w, h] of [['C5', 229, 162], ['DL', 220, 110]] as const) {
      const result = await renderEnvelopes(recipients, size, DEFAULT_COMPANY_DETAILS, testFonts());
      if (!result.ok) throw new Error(result.missing.codePoint);
      const doc = await PDFDocument.load(result.pdf);
      expect(doc.getPageCount()).toBe(2);
      const page = doc.getPage(0).getSize();
      expect(page.width).toBeCloseTo(w * MM, 1);
      expect(page.height).toBeCloseTo(h * MM, 1);
    }
  });

  it('refuses a name the font cannot print, naming the character', async () => {
    const result = await renderEnvelopes([{ reference: 'CL-2026-0003', name: '王\u{31350}', address: '北京市', mainland: true }], 'DL', DEFAULT_COMPANY_DETAILS, testFonts());
    expect(result).toMatchObject({ ok: false, missing: { codePoint: 'U+31350' } });
  });
});

describe('the print batch', () => {
  it("merges the day's letters into one file, every page kept", async () => {
    const now = Date.UTC(2026, 10, 30, 2, 0);
    const one = await preparedLetter(now);
    const merged = await mergePdfs([one, one, one], 'batch');
    expect((await PDFDocument.load(merged)).getPageCount()).toBe(3 * (await PDFDocument.load(one)).getPageCount());
  });
});

describe('PNG check', () => {
  it('reads size and transparency, and refuses what is not a PNG', () => {
    const header = (colorType: number) => {
      const b = new Uint8Array(45);
      b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      new DataView(b.buffer).setUint32(16, 300);
      new DataView(b.buffer).setUint32(20, 120);
      b[24] = 8;
      b[25] = colorType;
      b.set([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44], 33);
      return b;
    };
    expect(pngInfo(header(6))).toEqual({ width: 300, height: 120, hasAlpha: true });
    expect(pngInfo(header(2))).toEqual({ width: 300, height: 120, hasAlpha: false });
    expect(pngInfo(new TextEncoder().encode('GIF89a……………………………………………………'))).toBeUndefined();
  });
});
