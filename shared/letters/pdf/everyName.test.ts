import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleLetter } from '../test-support/sampleLetters';
import { testFonts } from '../test-support/fonts';
import { pdffonts, pdftotext, run, squeeze, writeTemp } from '../test-support/poppler';
import { renderLetter } from './renderLetter';

/**
 * Issue 13: a name from any EEA country, or with a CJK Extension B
 * character, prints: each character from a face of the chain that has it,
 * embedded as a subset, extracted back exactly, and drawn (not an invisible
 * .notdef) when the page is rendered.
 */
const NAMES = [
  'Łukasz Wąsik', // Polish
  'Jiří Dvořák', // Czech
  'Ődön Győző', // Hungarian
  'Çağrı Işıklı', // Turkish (dotless ı, ğ)
  'Ștefan Țurcanu', // Romanian (comma below)
  'Kārlis Ķēniņš', // Latvian
  'Ελένη Παπαδοπούλου', // Greek
  'Дмитрий Щербаков', // Russian
  '吉田𠮷雄', // 𠮷 U+20BB7 (Ext. B)
  '土𡈽', // 𡈽 U+2123D (Ext. B)
  '龍𪚥', // 𪚥 U+2A6A5 (Ext. B)
];

/** pdftotext -bbox: each word and its box, in points from the top left. */
function wordBoxes(path: string): { word: string; x0: number; y0: number; x1: number; y1: number }[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']).stdout;
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    word: m[5] ?? '',
  }));
}

/** The first page as an 8-bit grey image at 72 dpi (one pixel a point). */
function greyPage(path: string): { width: number; height: number; pixels: Uint8Array } {
  const out = `${path}.page`;
  run('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-l', '1', '-singlefile', path, out]);
  const bytes = new Uint8Array(readFileSync(`${out}.pgm`));
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 40));
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
  if (!m) throw new Error('not a PGM');
  return { width: Number(m[1]), height: Number(m[2]), pixels: bytes.subarray(m[0].length) };
}

describe('a font for every name', () => {
  it('prints Polish, Czech, Hungarian, Turkish, Romanian, Latvian, Greek, Russian and CJK Extension B names', async () => {
    const content = sampleLetter('acknowledgement', 'bilingual');
    const names = { ...content, sections: content.sections.map((s, i) => (i === 0 ? { ...s, paragraphs: NAMES.map((text) => ({ style: 'salutation' as const, text })) } : s)) };
    const result = await renderLetter({ ...names, recipient: { name: 'Łukasz Wąsik', lines: ['ul. Świętokrzyska 12, 00-916 Warszawa'] } }, { fonts: testFonts(), producedAt: Date.UTC(2026, 8, 28) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const path = writeTemp(result.pdf, 'every-name.pdf');

    // the text comes back exactly (every glyph mapped to its character)
    const text = pdftotext(path);
    expect(text.stderr).toBe('');
    for (const name of NAMES) expect(squeeze(text.stdout)).toContain(squeeze(name));

    // each from the face that has it: Latin/Greek/Cyrillic from Noto Serif, Chinese from Noto Serif SC, Ext. B from HanaMinB, all subsets
    const fonts = pdffonts(path);
    expect(fonts.stderr).toBe('');
    const families = fonts.stdout
      .trim()
      .split('\n')
      .slice(2)
      .map((row) => {
        expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
        return (row.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, '').replace(/-.*$/, '');
      });
    expect(new Set(families)).toEqual(new Set(['NotoSerif', 'NotoSerifSC', 'HanaMinB']));

    // and drawn: every word's box on the rendered page has ink in it
    const page = greyPage(path);
    const boxes = wordBoxes(path);
    for (const name of NAMES) {
      for (const part of name.split(' ')) {
        const box = boxes.find((b) => b.word === part);
        expect(box, part).toBeDefined();
        if (!box) continue;
        let dark = 0;
        for (let y = Math.floor(box.y0); y < Math.ceil(box.y1); y++) {
          for (let x = Math.floor(box.x0); x < Math.ceil(box.x1); x++) if ((page.pixels[y * page.width + x] ?? 255) < 128) dark++;
        }
        expect(dark, `${part} is drawn`).toBeGreaterThan(3 * Array.from(part).length);
      }
    }
  }, 30_000);

  it('takes English quotes and apostrophes from the Latin face, Chinese quotes from the CJK face', async () => {
    const content = sampleLetter('acknowledgement', 'bilingual');
    const quoted = {
      ...content,
      sections: [
        { ...content.sections[0]!, paragraphs: [{ style: 'body' as const, text: '请点击“关于我们”查看。' }] },
        { ...content.sections[1]!, paragraphs: [{ style: 'body' as const, text: 'the People’s Court, under “About us”.' }] },
      ],
    };
    const result = await renderLetter(quoted, { fonts: testFonts(), producedAt: Date.UTC(2026, 8, 28) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const path = writeTemp(result.pdf, 'quotes.pdf');
    const boxes = wordBoxes(path);
    // a Latin apostrophe is narrow: "People’s" is about as wide as "Peoples", not a full em wider
    const people = boxes.find((b) => b.word.startsWith('People’s'));
    expect(people).toBeDefined();
    const width = (people?.x1 ?? 0) - (people?.x0 ?? 0);
    expect(width).toBeLessThan(11 * 4.2); // 11 pt body: a CJK-width apostrophe would add a whole em
    expect(squeeze(pdftotext(path).stdout)).toContain('“关于我们”');
  }, 30_000);
});
