import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_DETAILS } from '../../letters/company';
import { renderLetter } from '../../letters/pdf/renderLetter';
import { testFonts } from '../../letters/test-support/fonts';
import { sealPng, signaturePng } from '../../letters/test-support/png';
import { pdffonts, pdftotext, squeeze, writeTemp } from '../../letters/test-support/poppler';
import { generateDraft } from '../drafts/generate';
import { completeIncident } from '../test-support/incident';
import type { DraftKind } from '../vocabulary';
import { renderLetterBatch } from './noticeBatchPdf';
import { draftLetterContent, draftParagraphs } from './noticeContent';
import { personalNoticeLetters } from './personalNotices';

const NOW = Date.parse('2026-11-30T02:00:00.000Z');
const fonts = testFonts();
const signatory = { name: '王敏', title: '法务专员' };
const record = completeIncident();
const draft = (kind: DraftKind) => generateDraft(kind, record, { company: DEFAULT_COMPANY_DETAILS, nowMs: NOW });

describe('a draft as a letter', () => {
  it('title as subject, headings flush left, the trailing company and date left to the sign-off', () => {
    const paragraphs = draftParagraphs('尊敬的用户：\n正文。\n\n一、事件基本情况\n内容\n\n宁波昶联软件有限公司\n2026年11月30日', DEFAULT_COMPANY_DETAILS, NOW, 'zh-CN');
    expect(paragraphs).toEqual([
      { style: 'salutation', text: '尊敬的用户：' },
      { style: 'body', text: '正文。' },
      { style: 'salutation', text: '一、事件基本情况' },
      { style: 'body', text: '内容' },
    ]);
  });

  it.each(['email', 'announcement', 'regulator-report', 'gdpr-art33'] as const)('%s renders through the letters pipeline and poppler reads it back', async (kind) => {
    const content = draftLetterContent(kind, draft(kind), record, { company: DEFAULT_COMPANY_DETAILS, signatory, nowMs: NOW });
    const result = await renderLetter(content, { fonts, producedAt: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const text = pdftotext(writeTemp(result.pdf, `${kind}.pdf`));
    expect(text.stderr).toBe('');
    const body = squeeze(text.stdout);
    expect(body).toContain(squeeze(content.sections[0]!.subject));
    expect(body).toContain('INC-2026-0001');
    expect(body).toContain(kind === 'gdpr-art33' ? 'Contactpointformoreinformation' : '联系');
  }, 20_000);
});

describe('per-person notices in one PDF', () => {
  it('one letter per person, addressed by name, the font embedded once', async () => {
    const people = Array.from({ length: 40 }, (_, i) => ({ name: `测试用户${i + 1}`, mobile: `138${String(i).padStart(8, '0')}` }));
    const letters = personalNoticeLetters(people, draft('email'), record, { company: DEFAULT_COMPANY_DETAILS, signatory, nowMs: NOW });
    const progress: number[] = [];
    const result = await renderLetterBatch(letters, fonts, { producedAt: NOW, images: { seal: sealPng(), signature: signaturePng() }, onProgress: (n) => void progress.push(n) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.letters).toBe(40);
    expect(progress).toEqual([25]);
    const path = writeTemp(result.pdf, 'batch.pdf');
    const text = pdftotext(path);
    expect(text.stderr).toBe('');
    const pages = text.stdout.split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(result.pages);
    const squeezed = squeeze(text.stdout);
    expect(squeezed).toContain('尊敬的测试用户1：');
    expect(squeezed).toContain('尊敬的测试用户40：');
    expect(squeezed).toContain('13800000039');
    // each letter numbers its own pages
    expect(squeezed).toContain(`第1页共${result.pages / 40}页`);
    const fontRows = pdffonts(path).stdout.trim().split('\n').slice(2);
    // each face of the regular and bold chains at most once for the whole file (Latin, CJK, Extension B)
    expect(fontRows.length).toBeLessThanOrEqual(6);
    expect(new Set(fontRows.map((r) => r.split(/\s+/)[0])).size).toBe(fontRows.length);
    // the seal and signature are embedded once, not per letter
    expect(result.pdf.length / 40).toBeLessThan(15_000);
  }, 30_000);

  it('refuses a name the font cannot draw, naming the letter', async () => {
    const letters = personalNoticeLetters([{ name: '张伟', mobile: '13800138000' }, { name: '\u{1D400}', mobile: '13900139000' }], draft('email'), record, {
      company: DEFAULT_COMPANY_DETAILS,
      signatory,
      nowMs: NOW,
    });
    const result = await renderLetterBatch(letters, fonts, { producedAt: NOW });
    expect(result).toMatchObject({ ok: false, letterIndex: 1, error: { code: 'missing-glyph' } });
  });
});
