import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LetterContent } from '../content';
import { letterKindIds } from '../templates/schema';
import { testFonts } from '../test-support/fonts';
import { pdffonts, pdftotext, squeeze, writeTemp } from '../test-support/poppler';
import { sealPng, signaturePng } from '../test-support/png';
import { sampleLetter } from '../test-support/sampleLetters';
import { renderLetter } from './renderLetter';

const fonts = testFonts(); // parsed once for the whole file
const images = { seal: sealPng(), signature: signaturePng() };
/** LETTERS_PNG=/tmp/letters npm run test:shared … also writes every letter as PNG pages to look at */
const pngDir = process.env.LETTERS_PNG;

async function render(content: LetterContent) {
  const result = await renderLetter(content, { fonts, images, producedAt: Date.UTC(2026, 8, 28, 2, 30) });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result;
}

/** footers (第 1 页 共 2 页 / Page 1 of 2) and continuation headers, squeezed */
const FURNITURE = /(第\d+页共\d+页)?(\/)?(Page\d+of\d+)?CL-\d{4}-\d+·(续页)?\/?(continued)?|第\d+页共\d+页(\/Page\d+of\d+)?|Page\d+of\d+/g;

function allText(content: LetterContent): string[] {
  return [content.reference, content.recipient.name, ...content.sections.flatMap((s) => [s.subject, ...s.paragraphs.map((p) => p.text)])];
}

describe('renderLetter', () => {
  // each: pdftotext gives back the exact text; every font embedded, subset, with a Unicode map; no poppler warning
  it.each(letterKindIds)('renders %s in Chinese, English and bilingual, as poppler reads it back', async (kind) => {
    if (pngDir) mkdirSync(pngDir, { recursive: true });
    for (const layout of ['zh-CN', 'en-US', 'bilingual'] as const) {
      const content = sampleLetter(kind, layout);
      const { pdf, pageCount } = await render(content);
      const path = writeTemp(pdf, `${kind}-${layout}.pdf`);
      const text = pdftotext(path);
      expect(text.stderr, `${kind} ${layout}`).toBe('');
      const extracted = squeeze(text.stdout);
      // a paragraph may run over a page break: compare without the page furniture between its halves
      const body = extracted.replace(FURNITURE, '');
      for (const piece of allText(content)) expect(body, `${kind} ${layout}`).toContain(squeeze(piece));
      expect(extracted).toContain(layout === 'en-US' ? `Page1of${pageCount}` : `第1页共${pageCount}页`);
      expect(extracted).toContain('legal@solutioncl.com');
      expect(extracted).toContain('400-7800-900');

      const fontsOut = pdffonts(path);
      expect(fontsOut.stderr).toBe('');
      const rows = fontsOut.stdout.trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      // name, type (two words), encoding, emb sub uni: every font embedded, subset, mapped to Unicode
      for (const row of rows) expect(row, row).toMatch(/^[A-Z]{6}\+(NotoSerifSC|NotoSerif|NotoSansSC|NotoSans|HanaMinB)(-\w+)?\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      if (pngDir) spawnSync('pdftoppm', ['-r', '60', '-png', path, `${pngDir}/${kind}-${layout}`]);
    }
  }, 20_000);

  it('runs onto further pages with 第 X 页 共 Y 页 on each and the reference on continuation pages', async () => {
    const content = sampleLetter('access-answer', 'zh-CN');
    const long = { ...content, sections: content.sections.map((s) => ({ ...s, paragraphs: [...s.paragraphs, ...Array.from({ length: 12 }, () => s.paragraphs[1] ?? s.paragraphs[0]!)] })) };
    const { pdf, pageCount } = await render(long);
    expect(pageCount).toBeGreaterThanOrEqual(2);
    const path = writeTemp(pdf, 'multi-page.pdf');
    const pages = pdftotext(path).stdout.split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, i) => expect(squeeze(page)).toContain(`第${i + 1}页共${pageCount}页`));
    expect(squeeze(pages[1] ?? '')).toContain('CL-2026-0042·续页');
    if (pngDir) spawnSync('pdftoppm', ['-r', '60', '-png', path, `${pngDir}/multi-page`]);
  });

  it('refuses a character the font lacks, naming it, instead of printing an empty box', async () => {
    const content = sampleLetter('acknowledgement', 'zh-CN');
    // CJK Extension G: no face of the chain has it (the Extension B face stops at E)
    const result = await renderLetter({ ...content, recipient: { ...content.recipient, name: '张\u{31350}' } }, { fonts });
    expect(result).toEqual({ ok: false, error: { code: 'missing-glyph', character: '\u{31350}', codePoint: 'U+31350', context: '张\u{31350}' } });
  });

  it('issue 13: half-width colons after English labels, one greeting, the signer romanised in English', async () => {
    const bilingual = squeeze(pdftotext(writeTemp((await render(sampleLetter('refusal', 'bilingual'))).pdf, 'labels-bilingual.pdf')).stdout);
    expect(bilingual).toContain('案件编号/Ourreference:CL-2026-0042');
    expect(bilingual).not.toMatch(/(reference|Date|Email|Hotline|by)：/); // no full-width colon after an English label
    expect(bilingual).not.toContain('致/To');
    expect(bilingual).toContain('经办人/Handledby:王敏(WangMin)');
    const english = pdftotext(writeTemp((await render(sampleLetter('refusal', 'en-US'))).pdf, 'labels-en.pdf')).stdout;
    expect(english).toContain('Handled by: Wang Min');
    expect(english).not.toContain('王敏');
    expect(english.match(/Dear Anna Schmidt/g)).toHaveLength(1);
    const chinese = squeeze(pdftotext(writeTemp((await render(sampleLetter('refusal', 'zh-CN'))).pdf, 'labels-zh.pdf')).stdout);
    expect(chinese).toContain('案件编号：CL-2026-0042');
    expect(chinese).toContain('经办人：王敏');
    expect(chinese).not.toContain('致：');
  });

  it('refuses a letter with a merge field still unfilled, naming it', async () => {
    const content = sampleLetter('refusal', 'zh-CN');
    const edited = { ...content, sections: [{ ...content.sections[0]!, paragraphs: [{ style: 'body' as const, text: '理由：{{reasons}}' }] }] };
    expect(await renderLetter(edited, { fonts })).toEqual({ ok: false, error: { code: 'unfilled-field', fields: ['reasons'] } });
  });

  it('refuses an image that is not a PNG', async () => {
    const result = await renderLetter(sampleLetter('acknowledgement', 'zh-CN'), { fonts, images: { seal: new Uint8Array([1, 2, 3]) } });
    expect(result).toEqual({ ok: false, error: { code: 'image-invalid', image: 'seal' } });
  });

  it('renders the same letter to the same bytes', async () => {
    const content = sampleLetter('acknowledgement', 'bilingual');
    expect((await render(content)).pdf).toEqual((await render(content)).pdf);
  });
});
